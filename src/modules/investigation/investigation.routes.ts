import { createRoute, type z } from '@hono/zod-openapi';
import { errorBodySchema } from '../../http/error-handler.js';
import { commonErrors, idParam, jsonBody, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import {
  approvalDecisionSchema,
  correctionOrderInputSchema,
  correctionOrderSchema,
  extensionSchema,
  implementationSchema,
  investigationSchema,
  liftSchema,
  measureInputSchema,
  measureSchema,
  preservationHandlingSchema,
  preservationInputSchema,
  preservationSchema,
  transcriptInputSchema,
  transcriptSchema,
} from './investigation.schemas.js';
import {
  createTranscript,
  decideMeasure,
  decidePreservation,
  extendMeasure,
  getInvestigation,
  handlePreservation,
  implementMeasure,
  issueCorrectionOrder,
  liftMeasure,
  requestMeasure,
  requestPreservation,
} from './investigation.service.js';

const tags = ['调查取证'];
const errors = {
  ...commonErrors,
  422: jsonContent(errorBodySchema, '违反法定规则（RULE_VIOLATED），details 中的 path 为规则代码'),
};

function created<T extends z.ZodType>(schema: T, description: string) {
  return { 201: jsonContent(schema, description), ...errors };
}
function done<T extends z.ZodType>(schema: T, description: string) {
  return { 200: jsonContent(schema, description), ...errors };
}

export const investigationRoutes = newRouter();

investigationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/cases/{id}/investigation',
    tags,
    summary: '案件的笔录、先行登记保存、行政强制措施和责令改正通知',
    request: { params: idParam },
    responses: done(investigationSchema, '调查取证情况'),
  }),
  async (c) => c.json(await getInvestigation(serviceContext(c), c.req.valid('param').id), 200),
);

investigationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/cases/{id}/transcripts',
    tags,
    summary:
      '制作询问笔录、现场笔录或勘验笔录（两名以上本案执法人员，出示执法证件；制作后不可更改，更正须另作笔录）',
    request: { params: idParam, ...jsonBody(transcriptInputSchema) },
    responses: created(transcriptSchema, '已制作，并登记为证据'),
  }),
  async (c) =>
    c.json(
      await createTranscript(serviceContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
);

investigationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/cases/{id}/preservations',
    tags,
    summary: '申请先行登记保存证据（行政处罚法第五十六条），列明物品',
    request: { params: idParam, ...jsonBody(preservationInputSchema) },
    responses: created(preservationSchema, '已提交负责人审批'),
  }),
  async (c) =>
    c.json(
      await requestPreservation(serviceContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
);

investigationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/preservations/{id}/decide',
    tags,
    summary: '负责人批准或不批准先行登记保存（审批人不得为本案执法人员）',
    request: { params: idParam, ...jsonBody(approvalDecisionSchema) },
    responses: done(preservationSchema, '已决定'),
  }),
  async (c) =>
    c.json(
      await decidePreservation(serviceContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
);

investigationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/preservations/{id}/handle',
    tags,
    summary: '对先行登记保存的证据作出处理决定（七个工作日内；逾期的照实记录并标明）',
    request: { params: idParam, ...jsonBody(preservationHandlingSchema) },
    responses: done(preservationSchema, '已记录处理决定'),
  }),
  async (c) =>
    c.json(
      await handlePreservation(serviceContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
);

investigationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/cases/{id}/measures',
    tags,
    summary:
      '申请查封、扣押（实施前须经负责人批准）；情况紧急当场实施的，登记即向负责人报告（二十四小时内）',
    request: { params: idParam, ...jsonBody(measureInputSchema) },
    responses: created(measureSchema, '已提交负责人审批'),
  }),
  async (c) =>
    c.json(
      await requestMeasure(serviceContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
);

investigationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/measures/{id}/decide',
    tags,
    summary: '负责人批准或不批准行政强制措施（含当场实施后补办批准）',
    request: { params: idParam, ...jsonBody(approvalDecisionSchema) },
    responses: done(measureSchema, '已决定'),
  }),
  async (c) =>
    c.json(
      await decideMeasure(serviceContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
);

investigationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/measures/{id}/implement',
    tags,
    summary: '记录经批准的行政强制措施的实施时间（期限自实施之日起算）',
    request: { params: idParam, ...jsonBody(implementationSchema) },
    responses: done(measureSchema, '已实施'),
  }),
  async (c) =>
    c.json(
      await implementMeasure(
        serviceContext(c),
        c.req.valid('param').id,
        c.req.valid('json').implementedAt,
      ),
      200,
    ),
);

investigationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/measures/{id}/extend',
    tags,
    summary: '负责人批准延长查封、扣押期限（只能延长一次，不超过三十日）',
    request: { params: idParam, ...jsonBody(extensionSchema) },
    responses: done(measureSchema, '已延长'),
  }),
  async (c) =>
    c.json(
      await extendMeasure(serviceContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
);

investigationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/measures/{id}/lift',
    tags,
    summary: '解除查封、扣押（行政强制法第二十八条），记录解除日期',
    request: { params: idParam, ...jsonBody(liftSchema) },
    responses: done(measureSchema, '已解除'),
  }),
  async (c) =>
    c.json(await liftMeasure(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
);

investigationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/cases/{id}/correction-orders',
    tags,
    summary: '责令改正或者限期改正违法行为（行政处罚法第二十八条）',
    request: { params: idParam, ...jsonBody(correctionOrderInputSchema) },
    responses: created(correctionOrderSchema, '已发出责令改正违法行为通知书'),
  }),
  async (c) =>
    c.json(
      await issueCorrectionOrder(serviceContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
);
