import { createRoute, z } from '@hono/zod-openapi';
import { commonErrors, idParam, jsonBody, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import {
  agencyInputSchema,
  agencyPatchSchema,
  agencySchema,
  unitInputSchema,
  unitSchema,
} from './agency.schemas.js';
import {
  createAgency,
  createUnit,
  getAgency,
  getAgencyTree,
  updateAgency,
} from './agency.service.js';

const tags = ['组织机构'];

export const agencyRoutes = newRouter();

agencyRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/agencies',
    tags,
    summary: '管辖范围内的全部机构（平铺，按 parentId 组成树）',
    responses: {
      200: jsonContent(z.object({ items: z.array(agencySchema) }), '机构列表'),
      ...commonErrors,
    },
  }),
  async (c) => c.json({ items: await getAgencyTree(serviceContext(c)) }, 200),
);

agencyRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/agencies/{id}',
    tags,
    summary: '一个机构及其内设机构',
    request: { params: idParam },
    responses: { 200: jsonContent(agencySchema, '机构'), ...commonErrors },
  }),
  async (c) => c.json(await getAgency(serviceContext(c), c.req.valid('param').id), 200),
);

agencyRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/agencies',
    tags,
    summary: '新建下级机构',
    request: jsonBody(agencyInputSchema),
    responses: { 201: jsonContent(agencySchema, '已创建'), ...commonErrors },
  }),
  async (c) => c.json(await createAgency(serviceContext(c), c.req.valid('json')), 201),
);

agencyRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/agencies/{id}',
    tags,
    summary: '修改机构信息',
    request: { params: idParam, ...jsonBody(agencyPatchSchema) },
    responses: { 200: jsonContent(agencySchema, '已修改'), ...commonErrors },
  }),
  async (c) =>
    c.json(
      await updateAgency(serviceContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
);

agencyRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/agencies/{id}/units',
    tags,
    summary: '新建内设机构（科室、中队）',
    request: { params: idParam, ...jsonBody(unitInputSchema) },
    responses: { 201: jsonContent(unitSchema, '已创建'), ...commonErrors },
  }),
  async (c) => {
    const unit = await createUnit(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ id: unit.id, agencyId: unit.agencyId, name: unit.name, kind: unit.kind }, 201);
  },
);
