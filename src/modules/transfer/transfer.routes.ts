import { createRoute, z } from '@hono/zod-openapi';
import { errorBodySchema } from '../../http/error-handler.js';
import { commonErrors, idParam, jsonBody, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import type { ServiceContext } from '../context.js';
import {
  takeBackSchema,
  transferDecisionSchema,
  transferEventInputSchema,
  transferHandoverSchema,
  transferProposalSchema,
  transferSchema,
  type TransferView,
} from './transfer.schemas.js';
import {
  decideTransfer,
  getTransfers,
  handOverTransfer,
  proposeTransfer,
  recordTransferEvent,
  takeBackTransfer,
} from './transfer.service.js';

const tags = ['移送'];
const transfers = (description: string) => ({
  200: jsonContent(z.object({ items: z.array(transferSchema) }), description),
  ...commonErrors,
  422: jsonContent(errorBodySchema, '违反法定规则（RULE_VIOLATED），details 中的 path 为规则代码'),
});

export const transferRoutes = newRouter();

transferRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/cases/{id}/transfers',
    tags,
    summary: '案件的移送（涉嫌犯罪移送公安机关、管辖移送）及答复',
    request: { params: idParam },
    responses: transfers('移送列表'),
  }),
  async (c) =>
    c.json({ items: await getTransfers(serviceContext(c), c.req.valid('param').id) }, 200),
);

/** A POST that runs one step on a case's transfers and answers with all of them. */
function transferStep<Body>(step: {
  path: string;
  summary: string;
  body: z.ZodType<Body>;
  done: string;
  run: (ctx: ServiceContext, id: string, body: Body) => Promise<TransferView[]>;
}): void {
  transferRoutes.openapi(
    createRoute({
      method: 'post',
      path: step.path,
      tags,
      summary: step.summary,
      request: { params: idParam, ...jsonBody(step.body as z.ZodType) },
      responses: transfers(step.done),
    }),
    async (c) => {
      // Hono's inference cannot follow a generic body schema; `run` fixes the body's type.
      const body = c.req.valid('json' as never) as Body;
      return c.json(
        { items: await step.run(serviceContext(c), c.req.valid('param').id, body) },
        200,
      );
    },
  );
}

transferStep({
  path: '/cases/{id}/transfers',
  summary: '执法人员提出移送（附调查报告、涉案物品清单、证据；移送规定第五条、第六条）',
  body: transferProposalSchema,
  done: '已提出',
  run: proposeTransfer,
});

transferStep({
  path: '/transfers/{id}/decide',
  summary: '负责人三日内作出批准或者不批准移送的决定（不批准须写明理由）',
  body: transferDecisionSchema,
  done: '已决定',
  run: decideTransfer,
});

transferStep({
  path: '/transfers/{id}/handover',
  summary: '登记移送（批准后二十四小时内；接收人在回执上签字）',
  body: transferHandoverSchema,
  done: '已移送',
  run: handOverTransfer,
});

transferStep({
  path: '/transfers/{id}/events',
  summary: '登记受移送机关的答复或者后续事项（立案、不予立案、复议、抄送检察院……）',
  body: transferEventInputSchema,
  done: '已登记',
  run: recordTransferEvent,
});

transferStep({
  path: '/transfers/{id}/take-back',
  summary: '收回被退回或者不予立案的案件，继续调查处理（行政处罚法第二十七条）',
  body: takeBackSchema,
  done: '已收回',
  run: (ctx, id, body) => takeBackTransfer(ctx, id, body.reason),
});
