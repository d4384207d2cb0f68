import { createRoute, z } from '@hono/zod-openapi';
import { commonErrors, jsonBody, jsonContent, newRouter } from '../../http/openapi.js';
import { errorBodySchema } from '../../http/error-handler.js';
import { serviceContext } from '../../http/session.js';
import {
  newRuleVersionSchema,
  newViolationTypeSchema,
  violationCodeParam,
  violationDetailSchema,
  violationListQuery,
  violationSummarySchema,
} from './violation.schemas.js';
import {
  addRuleVersion,
  createViolationType,
  getViolation,
  listViolations,
} from './violation.service.js';

const tags = ['违法行为目录'];
const unresolvedCitation = {
  422: jsonContent(errorBodySchema, '引用的条款在法律法规库中找不到（RULE_VIOLATED）'),
};

export const violationRoutes = newRouter();

violationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/violations',
    tags,
    summary: '违法行为目录：编码、名称、执法门类、目前施行的违反条款和处罚依据',
    request: { query: violationListQuery },
    responses: {
      200: jsonContent(z.object({ items: z.array(violationSummarySchema) }), '违法行为'),
      ...commonErrors,
    },
  }),
  async (c) =>
    c.json({ items: await listViolations(serviceContext(c), c.req.valid('query')) }, 200),
);

violationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/violations',
    tags,
    summary: '登记违法行为及其第一个规定版本（引用须能在法律法规库中找到）',
    request: jsonBody(newViolationTypeSchema),
    responses: {
      201: jsonContent(violationDetailSchema, '已登记'),
      ...commonErrors,
      ...unresolvedCitation,
    },
  }),
  async (c) => c.json(await createViolationType(serviceContext(c), c.req.valid('json')), 201),
);

violationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/violations/{code}',
    tags,
    summary: '违法行为详情：规定的各版本及条文、法定幅度、裁量基准版本、适用的清单事项',
    request: { params: violationCodeParam },
    responses: { 200: jsonContent(violationDetailSchema, '违法行为'), ...commonErrors },
  }),
  async (c) => c.json(await getViolation(serviceContext(c), c.req.valid('param').code), 200),
);

violationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/violations/{code}/rules',
    tags,
    summary: '登记规定的新版本（自施行日期起适用；旧版本保留，到新版本施行前一日为止）',
    request: { params: violationCodeParam, ...jsonBody(newRuleVersionSchema) },
    responses: {
      201: jsonContent(violationDetailSchema, '已登记'),
      ...commonErrors,
      ...unresolvedCitation,
    },
  }),
  async (c) => {
    const { code } = c.req.valid('param');
    return c.json(await addRuleVersion(serviceContext(c), code, c.req.valid('json')), 201);
  },
);
