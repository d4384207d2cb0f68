import { createRoute, z } from '@hono/zod-openapi';
import { errorBodySchema } from '../../http/error-handler.js';
import { commonErrors, idParam, jsonBody, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import {
  takeBackSchema,
  transferDecisionSchema,
  transferEventInputSchema,
  transferHandoverSchema,
  transferProposalSchema,
  transferSchema,
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

transferRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/cases/{id}/transfers',
    tags,
    summary: '执法人员提出移送（附调查报告、涉案物品清单、证据；移送规定第五条、第六条）',
    request: { params: idParam, ...jsonBody(transferProposalSchema) },
    responses: transfers('已提出'),
  }),
  async (c) =>
    c.json(
      {
        items: await proposeTransfer(
          serviceContext(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
      },
      200,
    ),
);

transferRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/transfers/{id}/decide',
    tags,
    summary: '负责人三日内作出批准或者不批准移送的决定（不批准须写明理由）',
    request: { params: idParam, ...jsonBody(transferDecisionSchema) },
    responses: transfers('已决定'),
  }),
  async (c) =>
    c.json(
      {
        items: await decideTransfer(
          serviceContext(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
      },
      200,
    ),
);

transferRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/transfers/{id}/handover',
    tags,
    summary: '登记移送（批准后二十四小时内；接收人在回执上签字）',
    request: { params: idParam, ...jsonBody(transferHandoverSchema) },
    responses: transfers('已移送'),
  }),
  async (c) =>
    c.json(
      {
        items: await handOverTransfer(
          serviceContext(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
      },
      200,
    ),
);

transferRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/transfers/{id}/events',
    tags,
    summary: '登记受移送机关的答复或者后续事项（立案、不予立案、复议、抄送检察院……）',
    request: { params: idParam, ...jsonBody(transferEventInputSchema) },
    responses: transfers('已登记'),
  }),
  async (c) =>
    c.json(
      {
        items: await recordTransferEvent(
          serviceContext(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
      },
      200,
    ),
);

transferRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/transfers/{id}/take-back',
    tags,
    summary: '收回被退回或者不予立案的案件，继续调查处理（行政处罚法第二十七条）',
    request: { params: idParam, ...jsonBody(takeBackSchema) },
    responses: transfers('已收回'),
  }),
  async (c) =>
    c.json(
      {
        items: await takeBackTransfer(
          serviceContext(c),
          c.req.valid('param').id,
          c.req.valid('json').reason,
        ),
      },
      200,
    ),
);
