import { createRoute, z } from '@hono/zod-openapi';
import { errorBodySchema } from '../../http/error-handler.js';
import { commonErrors, idParam, jsonBody, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import { documentFileResponse, sendDocumentFile } from '../document/document-file.js';
import {
  formNumberRangeInputSchema,
  formNumberRangeSchema,
  summaryDecisionInputSchema,
  summaryDecisionSchema,
  summaryFilingInputSchema,
  summaryListQuerySchema,
  summaryStatisticsSchema,
  voidFormNumberSchema,
} from './summary.schemas.js';
import {
  createSummaryDecision,
  fileSummaryDecision,
  getFormNumberRanges,
  getSummaryDecision,
  getSummaryDecisions,
  getSummaryStatistics,
  issueFormNumberRange,
  renderSummaryDecision,
  voidFormNumber,
} from './summary.service.js';

const tags = ['简易程序'];
const errors = {
  ...commonErrors,
  422: jsonContent(errorBodySchema, '违反法定规则（RULE_VIOLATED），details 中的 path 为规则代码'),
};

export const summaryRoutes = newRouter();

summaryRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/form-number-ranges',
    tags,
    summary: '向执法人员发放预编号当场行政处罚决定书号段（号段不得重叠）',
    request: jsonBody(formNumberRangeInputSchema),
    responses: { 201: jsonContent(formNumberRangeSchema, '已发放'), ...errors },
  }),
  async (c) => c.json(await issueFormNumberRange(serviceContext(c), c.req.valid('json')), 201),
);

summaryRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/form-number-ranges',
    tags,
    summary: '管辖范围内的号段及使用情况（mine=true 为本人的号段）',
    request: {
      query: z.object({
        officerId: z.uuid().optional(),
        mine: z
          .enum(['true', 'false'])
          .transform((value) => value === 'true')
          .optional(),
      }),
    },
    responses: {
      200: jsonContent(z.object({ items: z.array(formNumberRangeSchema) }), '号段列表'),
      ...errors,
    },
  }),
  async (c) =>
    c.json({ items: await getFormNumberRanges(serviceContext(c), c.req.valid('query')) }, 200),
);

summaryRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/form-number-ranges/{id}/void',
    tags,
    summary: '作废本人号段中的一个编号（写明原因；作废的编号不再使用）',
    request: { params: idParam, ...jsonBody(voidFormNumberSchema) },
    responses: { 200: jsonContent(formNumberRangeSchema, '已作废'), ...errors },
  }),
  async (c) =>
    c.json(
      await voidFormNumber(serviceContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
);

summaryRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/summary-decisions',
    tags,
    summary: '当场作出行政处罚决定（行政处罚法第五十一条、第五十二条）',
    request: jsonBody(summaryDecisionInputSchema),
    responses: { 201: jsonContent(summaryDecisionSchema, '已作出'), ...errors },
  }),
  async (c) => c.json(await createSummaryDecision(serviceContext(c), c.req.valid('json')), 201),
);

summaryRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/summary-decisions',
    tags,
    summary: '当场处罚决定（可按备案状态筛选：overdue 为逾期未备案）',
    request: { query: summaryListQuerySchema },
    responses: {
      200: jsonContent(z.object({ items: z.array(summaryDecisionSchema) }), '决定列表'),
      ...errors,
    },
  }),
  async (c) =>
    c.json({ items: await getSummaryDecisions(serviceContext(c), c.req.valid('query')) }, 200),
);

summaryRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/summary-decisions/statistics',
    tags,
    summary: '按执法机构统计当场处罚（默认本年度）',
    request: {
      query: z.object({
        from: z.iso.date('日期应为 YYYY-MM-DD 格式').optional(),
        to: z.iso.date('日期应为 YYYY-MM-DD 格式').optional(),
      }),
    },
    responses: { 200: jsonContent(summaryStatisticsSchema, '统计'), ...errors },
  }),
  async (c) => c.json(await getSummaryStatistics(serviceContext(c), c.req.valid('query')), 200),
);

summaryRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/summary-decisions/{id}',
    tags,
    summary: '一份当场处罚决定',
    request: { params: idParam },
    responses: { 200: jsonContent(summaryDecisionSchema, '决定'), ...errors },
  }),
  async (c) => c.json(await getSummaryDecision(serviceContext(c), c.req.valid('param').id), 200),
);

summaryRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/summary-decisions/{id}/filing',
    tags,
    summary: '决定书副本报所属执法部门备案（五日内；逾期须写明原因）',
    request: { params: idParam, ...jsonBody(summaryFilingInputSchema) },
    responses: { 200: jsonContent(summaryDecisionSchema, '已备案'), ...errors },
  }),
  async (c) =>
    c.json(
      await fileSummaryDecision(
        serviceContext(c),
        c.req.valid('param').id,
        c.req.valid('json').lateReason ?? null,
      ),
      200,
    ),
);

summaryRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/summary-decisions/{id}/document',
    tags,
    summary: '当场行政处罚决定书（式样之十四，印有预编号）',
    request: {
      params: idParam,
      query: z.object({ format: z.enum(['pdf', 'docx']).default('pdf') }),
    },
    responses: {
      200: documentFileResponse,
      ...errors,
    },
  }),
  async (c) => {
    const { format } = c.req.valid('query');
    const document = await renderSummaryDecision(
      serviceContext(c),
      c.req.valid('param').id,
      format,
    );
    return sendDocumentFile(c, document, format);
  },
);
