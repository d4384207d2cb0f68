import { createRoute, z } from '@hono/zod-openapi';
import { commonErrors, idParam, jsonBody, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import { errorBodySchema } from '../../http/error-handler.js';
import {
  caseListQuerySchema,
  caseListSchema,
  caseSchema,
  filingProposalSchema,
  leadInputSchema,
  leadSchema,
  reasonSchema,
  recusalDecisionSchema,
  recusalInputSchema,
  timelineEntrySchema,
} from './case.schemas.js';
import { getCaseTimeline } from './case-timeline.service.js';
import {
  approveFiling,
  closeLead,
  createLead,
  decideRecusal,
  dismissCase,
  getCase,
  getCases,
  getLead,
  getLeads,
  proposeFiling,
  requestRecusal,
  returnFiling,
} from './case.service.js';

const tags = ['行政处罚案件'];
const errors = {
  ...commonErrors,
  422: jsonContent(errorBodySchema, '违反法定规则（RULE_VIOLATED），details 中的 path 为规则代码'),
};
const caseResponse = (description: string) => ({
  200: jsonContent(caseSchema, description),
  ...errors,
});

export const caseRoutes = newRouter();

caseRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/leads',
    tags,
    summary: '登记线索（案件来源见立案登记表）',
    request: jsonBody(leadInputSchema),
    responses: { 201: jsonContent(leadSchema, '已登记'), ...errors },
  }),
  async (c) => c.json(await createLead(serviceContext(c), c.req.valid('json')), 201),
);

caseRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/leads',
    tags,
    summary: '管辖范围内的线索',
    request: {
      query: z.object({ status: z.enum(['open', 'filed', 'dismissed', 'transferred']).optional() }),
    },
    responses: {
      200: jsonContent(z.object({ items: z.array(leadSchema) }), '线索列表'),
      ...errors,
    },
  }),
  async (c) =>
    c.json({ items: await getLeads(serviceContext(c), c.req.valid('query').status) }, 200),
);

caseRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/leads/{id}',
    tags,
    summary: '一条线索（举报人信息仅登记人、负责人与监督人员可见）',
    request: { params: idParam },
    responses: { 200: jsonContent(leadSchema, '线索'), ...errors },
  }),
  async (c) => c.json(await getLead(serviceContext(c), c.req.valid('param').id), 200),
);

for (const outcome of ['dismissed', 'transferred'] as const) {
  caseRoutes.openapi(
    createRoute({
      method: 'post',
      path: outcome === 'dismissed' ? '/leads/{id}/dismiss' : '/leads/{id}/transfer',
      tags,
      summary: outcome === 'dismissed' ? '不予立案（写明理由）' : '移送其他机关（写明理由）',
      request: { params: idParam, ...jsonBody(reasonSchema) },
      responses: { 200: jsonContent(leadSchema, '已处理'), ...errors },
    }),
    async (c) =>
      c.json(
        await closeLead(
          serviceContext(c),
          c.req.valid('param').id,
          outcome,
          c.req.valid('json').reason,
        ),
        200,
      ),
  );
}

caseRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/leads/{id}/filing',
    tags,
    summary: '申请立案：指定执法人员（不少于两人，持有效执法证），检查时效与管辖',
    request: { params: idParam, ...jsonBody(filingProposalSchema) },
    responses: { 201: jsonContent(caseSchema, '已提交立案审批'), ...errors },
  }),
  async (c) =>
    c.json(
      await proposeFiling(serviceContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
);

caseRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/cases',
    tags,
    summary:
      '管辖范围内的案件：按阶段（或办理中/已结案/已归档）、执法人员、期限状态、案由、机构、立案日期筛选，分页',
    request: { query: caseListQuerySchema },
    responses: { 200: jsonContent(caseListSchema, '案件列表'), ...errors },
  }),
  async (c) => c.json(await getCases(serviceContext(c), c.req.valid('query')), 200),
);

caseRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/cases/{id}',
    tags,
    summary: '一个案件',
    request: { params: idParam },
    responses: caseResponse('案件'),
  }),
  async (c) => c.json(await getCase(serviceContext(c), c.req.valid('param').id), 200),
);

caseRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/cases/{id}/timeline',
    tags,
    summary: '案件的全过程记录：对案件及其线索、回避等对象的每一次办理，按时间先后',
    request: { params: idParam },
    responses: {
      200: jsonContent(z.object({ items: z.array(timelineEntrySchema) }), '办案经过'),
      ...errors,
    },
  }),
  async (c) =>
    c.json({ items: await getCaseTimeline(serviceContext(c), c.req.valid('param').id) }, 200),
);

caseRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/cases/{id}/approve-filing',
    tags,
    summary: '负责人批准立案并编号（审批人不得为本案执法人员）',
    request: { params: idParam },
    responses: caseResponse('已立案'),
  }),
  async (c) => c.json(await approveFiling(serviceContext(c), c.req.valid('param').id), 200),
);

for (const [path, summary, run] of [
  ['/cases/{id}/return-filing', '退回立案申请（写明理由）', returnFiling],
  ['/cases/{id}/dismiss', '不予立案或撤销立案（写明理由）', dismissCase],
] as const) {
  caseRoutes.openapi(
    createRoute({
      method: 'post',
      path,
      tags,
      summary,
      request: { params: idParam, ...jsonBody(reasonSchema) },
      responses: caseResponse('已处理'),
    }),
    async (c) =>
      c.json(
        await run(serviceContext(c), c.req.valid('param').id, c.req.valid('json').reason),
        200,
      ),
  );
}

caseRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/cases/{id}/recusals',
    tags,
    summary: '申请回避（行政处罚法第四十三条）',
    request: { params: idParam, ...jsonBody(recusalInputSchema) },
    responses: caseResponse('已申请'),
  }),
  async (c) =>
    c.json(
      await requestRecusal(serviceContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
);

caseRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/recusals/{id}/decide',
    tags,
    summary: '负责人决定回避申请；决定作出前不停止调查',
    request: { params: idParam, ...jsonBody(recusalDecisionSchema) },
    responses: caseResponse('已决定'),
  }),
  async (c) =>
    c.json(
      await decideRecusal(serviceContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
);
