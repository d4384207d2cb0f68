import { createRoute, z } from '@hono/zod-openapi';
import { errorBodySchema } from '../../http/error-handler.js';
import { commonErrors, idParam, jsonBody, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import {
  annotationInputSchema,
  caseFileSchema,
  closureDecisionSchema,
  closureInputSchema,
  closureSchema,
  sealCheckSchema,
} from './archive.schemas.js';
import {
  annotateCase,
  archiveCase,
  decideClosure,
  getCaseFile,
  getClosures,
  submitClosure,
  verifyArchive,
} from './archive.service.js';

const tags = ['结案与归档'];
const errors = {
  ...commonErrors,
  422: jsonContent(errorBodySchema, '违反法定规则（RULE_VIOLATED），details 中的 path 为规则代码'),
};
const closures = (description: string) => ({
  200: jsonContent(z.object({ items: z.array(closureSchema) }), description),
  ...errors,
});

export const archiveRoutes = newRouter();

archiveRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/cases/{id}/closures',
    tags,
    summary: '案件的结案报告（含被退回的）',
    request: { params: idParam },
    responses: closures('结案报告'),
  }),
  async (c) =>
    c.json({ items: await getClosures(serviceContext(c), c.req.valid('param').id) }, 200),
);

archiveRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/cases/{id}/closures',
    tags,
    summary: '提交结案报告（决定已执行完毕或者无须执行）',
    request: { params: idParam, ...jsonBody(closureInputSchema) },
    responses: closures('已提交'),
  }),
  async (c) =>
    c.json(
      {
        items: await submitClosure(serviceContext(c), c.req.valid('param').id, c.req.valid('json')),
      },
      200,
    ),
);

archiveRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/cases/{id}/closures/decide',
    tags,
    summary: '负责人审批结案报告：批准结案或者退回',
    request: { params: idParam, ...jsonBody(closureDecisionSchema) },
    responses: closures('已审批'),
  }),
  async (c) =>
    c.json(
      {
        items: await decideClosure(serviceContext(c), c.req.valid('param').id, c.req.valid('json')),
      },
      200,
    ),
);

archiveRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/cases/{id}/file',
    tags,
    summary: '案卷：卷内目录、缺少的材料、封存信息与备注（pages=true 时计算页号）',
    request: {
      params: idParam,
      query: z.object({
        pages: z
          .enum(['true', 'false'])
          .transform((value) => value === 'true')
          .default(false),
      }),
    },
    responses: { 200: jsonContent(caseFileSchema, '案卷'), ...errors },
  }),
  async (c) =>
    c.json(
      await getCaseFile(serviceContext(c), c.req.valid('param').id, {
        pages: c.req.valid('query').pages,
      }),
      200,
    ),
);

archiveRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/cases/{id}/archive',
    tags,
    summary: '归档：案卷齐全的，封存卷内目录与全部材料的指纹；此后只能添加备注',
    request: { params: idParam },
    responses: { 200: jsonContent(caseFileSchema, '已归档'), ...errors },
  }),
  async (c) => c.json(await archiveCase(serviceContext(c), c.req.valid('param').id), 200),
);

archiveRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/cases/{id}/archive/verify',
    tags,
    summary: '校验归档案卷：重新计算封存指纹，指出内容有变化的材料',
    request: { params: idParam },
    responses: { 200: jsonContent(sealCheckSchema, '校验结果'), ...errors },
  }),
  async (c) => c.json(await verifyArchive(serviceContext(c), c.req.valid('param').id), 200),
);

archiveRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/cases/{id}/annotations',
    tags,
    summary: '添加备注（归档后仍可添加，不能修改或删除）',
    request: { params: idParam, ...jsonBody(annotationInputSchema) },
    responses: { 200: jsonContent(caseFileSchema, '已添加'), ...errors },
  }),
  async (c) =>
    c.json(
      await annotateCase(serviceContext(c), c.req.valid('param').id, c.req.valid('json').text),
      200,
    ),
);
