import { createRoute, z } from '@hono/zod-openapi';
import { commonErrors, idParam, jsonBody, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import {
  certificateInputSchema,
  certificatePatchSchema,
  certificateSchema,
  eligibilityQuerySchema,
  eligibilitySchema,
  officerInputSchema,
  officerListQuerySchema,
  officerPatchSchema,
  officerSchema,
  officerSummarySchema,
} from './officer.schemas.js';
import {
  addCertificate,
  checkEligibility,
  createOfficer,
  getOfficer,
  searchOfficers,
  updateCertificate,
  updateOfficer,
} from './officer.service.js';

const tags = ['执法人员与执法证'];

export const officerRoutes = newRouter();

officerRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/officers',
    tags,
    summary: '查询管辖范围内的执法人员',
    request: { query: officerListQuerySchema },
    responses: {
      200: jsonContent(
        z.object({ items: z.array(officerSummarySchema), total: z.number().int() }),
        '执法人员列表',
      ),
      ...commonErrors,
    },
  }),
  async (c) => c.json(await searchOfficers(serviceContext(c), c.req.valid('query')), 200),
);

officerRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/officers/{id}',
    tags,
    summary: '执法人员及其执法证',
    request: { params: idParam },
    responses: { 200: jsonContent(officerSchema, '执法人员'), ...commonErrors },
  }),
  async (c) => c.json(await getOfficer(serviceContext(c), c.req.valid('param').id), 200),
);

officerRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/officers',
    tags,
    summary: '登记执法人员',
    request: jsonBody(officerInputSchema),
    responses: { 201: jsonContent(officerSchema, '已登记'), ...commonErrors },
  }),
  async (c) => c.json(await createOfficer(serviceContext(c), c.req.valid('json')), 201),
);

officerRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/officers/{id}',
    tags,
    summary: '修改执法人员信息',
    request: { params: idParam, ...jsonBody(officerPatchSchema) },
    responses: { 200: jsonContent(officerSchema, '已修改'), ...commonErrors },
  }),
  async (c) =>
    c.json(
      await updateOfficer(serviceContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
);

officerRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/officers/{id}/certificates',
    tags,
    summary: '登记执法证',
    request: { params: idParam, ...jsonBody(certificateInputSchema) },
    responses: { 201: jsonContent(certificateSchema, '已登记'), ...commonErrors },
  }),
  async (c) =>
    c.json(
      await addCertificate(serviceContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
);

officerRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/certificates/{id}',
    tags,
    summary: '执法证年审、暂扣、注销或延期',
    request: { params: idParam, ...jsonBody(certificatePatchSchema) },
    responses: { 200: jsonContent(certificateSchema, '已修改'), ...commonErrors },
  }),
  async (c) =>
    c.json(
      await updateCertificate(serviceContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
);

officerRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/officers/{id}/eligibility',
    tags,
    summary: '该人员能否在某日、某地、某门类执法（行政处罚法第四十二条）',
    request: { params: idParam, query: eligibilityQuerySchema },
    responses: { 200: jsonContent(eligibilitySchema, '判断结果与理由'), ...commonErrors },
  }),
  async (c) =>
    c.json(
      await checkEligibility(serviceContext(c), c.req.valid('param').id, c.req.valid('query')),
      200,
    ),
);
