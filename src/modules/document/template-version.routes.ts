import { createRoute, z } from '@hono/zod-openapi';
import { commonErrors, jsonBody, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import {
  agencyQuery,
  previewInputSchema,
  publishInputSchema,
  revertInputSchema,
  templateCodeParam,
  templatesInForceSchema,
  templateVersionDetailSchema,
  templateVersionParam,
  templateVersionSchema,
} from './template-version.schemas.js';
import {
  getTemplateVersion,
  listTemplatesInForce,
  listTemplateVersions,
  previewTemplate,
  previewTemplateVersion,
  publishTemplateVersion,
  revertTemplateVersion,
  templateVersionJson,
} from './template-version.service.js';

const tags = ['文书模板'];

const pdfContent = {
  description: '用示例案件数据生成的 PDF',
  content: { 'application/pdf': { schema: { type: 'string' as const, format: 'binary' } } },
};

function pdfHeaders(fileName: string) {
  return {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  };
}

export const templateVersionRoutes = newRouter();

templateVersionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/document-templates',
    tags,
    summary: '各文书目前生效的模板版本及其来源（本机构、上级机构、全平台或内置）',
    request: { query: agencyQuery },
    responses: { 200: jsonContent(templatesInForceSchema, '生效模板'), ...commonErrors },
  }),
  async (c) =>
    c.json(await listTemplatesInForce(serviceContext(c), c.req.valid('query').agencyId), 200),
);

templateVersionRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/document-templates/preview',
    tags,
    summary: '预览尚未发布的模板（用示例数据生成 PDF，不保存）',
    request: jsonBody(previewInputSchema),
    responses: { 200: pdfContent, ...commonErrors },
  }),
  async (c) => {
    const content = await previewTemplate(serviceContext(c), c.req.valid('json').template);
    return c.body(new Uint8Array(content), 200, pdfHeaders('模板预览.pdf'));
  },
);

templateVersionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/document-templates/{code}/versions',
    tags,
    summary: '适用于某机构的全部版本（新的在前，内置版本在最后）',
    request: { params: templateCodeParam, query: agencyQuery },
    responses: {
      200: jsonContent(z.object({ items: z.array(templateVersionSchema) }), '版本历史'),
      ...commonErrors,
    },
  }),
  async (c) => {
    const { code } = c.req.valid('param');
    const items = await listTemplateVersions(
      serviceContext(c),
      code,
      c.req.valid('query').agencyId,
    );
    return c.json({ items }, 200);
  },
);

templateVersionRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/document-templates/{code}/versions',
    tags,
    summary: '上传并发布新版本（校验通过后生效；旧版本保留不变）',
    request: { params: templateCodeParam, ...jsonBody(publishInputSchema) },
    responses: { 201: jsonContent(templateVersionDetailSchema, '已发布'), ...commonErrors },
  }),
  async (c) => {
    const { code } = c.req.valid('param');
    return c.json(await publishTemplateVersion(serviceContext(c), code, c.req.valid('json')), 201);
  },
);

templateVersionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/document-templates/{code}/versions/{version}',
    tags,
    summary: '查看一个版本（含模板 JSON）',
    request: { params: templateVersionParam },
    responses: { 200: jsonContent(templateVersionDetailSchema, '版本'), ...commonErrors },
  }),
  async (c) => {
    const { code, version } = c.req.valid('param');
    return c.json(await getTemplateVersion(serviceContext(c), code, version), 200);
  },
);

templateVersionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/document-templates/{code}/versions/{version}/json',
    tags,
    summary: '下载一个版本的模板 JSON',
    request: { params: templateVersionParam },
    responses: {
      200: {
        description: '模板 JSON 文件（UTF-8，缩进排版，便于编辑后重新上传）',
        content: {
          'application/octet-stream': { schema: { type: 'string' as const, format: 'binary' } },
        },
      },
      ...commonErrors,
    },
  }),
  async (c) => {
    const { code, version } = c.req.valid('param');
    const file = await templateVersionJson(serviceContext(c), code, version);
    return c.body(file.content, 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    });
  },
);

templateVersionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/document-templates/{code}/versions/{version}/preview',
    tags,
    summary: '用示例数据预览一个版本（PDF）',
    request: { params: templateVersionParam },
    responses: { 200: pdfContent, ...commonErrors },
  }),
  async (c) => {
    const { code, version } = c.req.valid('param');
    const content = await previewTemplateVersion(serviceContext(c), code, version);
    return c.body(new Uint8Array(content), 200, pdfHeaders(`${code}-v${version}-预览.pdf`));
  },
);

templateVersionRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/document-templates/{code}/versions/{version}/revert',
    tags,
    summary: '恢复旧版本：把该版本的内容发布为新版本',
    request: { params: templateVersionParam, ...jsonBody(revertInputSchema) },
    responses: { 201: jsonContent(templateVersionDetailSchema, '已发布'), ...commonErrors },
  }),
  async (c) => {
    const { code, version } = c.req.valid('param');
    const reverted = await revertTemplateVersion(
      serviceContext(c),
      code,
      version,
      c.req.valid('json'),
    );
    return c.json(reverted, 201);
  },
);
