import { createRoute, z } from '@hono/zod-openapi';
import { commonErrors, idParam, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import {
  generateCaseDocument,
  listCaseDocuments,
  listCaseGeneratedDocuments,
} from './case-document.service.js';
import { documentFileResponse, sendDocumentFile } from './document-file.js';

const tags = ['执法文书'];

const generatedDocumentSchema = z
  .object({
    code: z.string(),
    itemId: z.string().nullable(),
    templateVersion: z.number().int().openapi({
      description: '生成时所用模板版本（文件关键字 zhifa:template=<code>@v<version>）',
    }),
    format: z.enum(['pdf', 'docx']),
    sha256: z.string().openapi({ description: '文件指纹：所生成文件字节的 sha256' }),
    size: z.number().int(),
    generatedBy: z.string(),
    generatedAt: z.string(),
  })
  .openapi('GeneratedDocument');

const caseDocumentSchema = z
  .object({
    code: z.string().openapi({ example: 'filingRegister' }),
    title: z.string().openapi({ example: '立案登记表' }),
    itemId: z
      .string()
      .nullable()
      .openapi({ description: '同一文书有多份时（如多份笔录）区分各份' }),
    label: z.string(),
    lastGenerated: generatedDocumentSchema
      .nullable()
      .openapi({ description: '最近一次生成的登记；从未生成为 null' }),
  })
  .openapi('CaseDocument');

export const caseDocumentRoutes = newRouter();

caseDocumentRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/cases/{id}/documents',
    tags,
    summary: '案件目前可以生成的执法文书',
    request: { params: idParam },
    responses: {
      200: jsonContent(z.array(caseDocumentSchema), '文书清单'),
      ...commonErrors,
    },
  }),
  async (c) => c.json(await listCaseDocuments(serviceContext(c), c.req.valid('param').id), 200),
);

caseDocumentRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/cases/{id}/generated-documents',
    tags,
    summary: '文书生成登记：每一份生成的文书、所用模板版本与文件指纹（新的在前）',
    request: { params: idParam },
    responses: {
      200: jsonContent(z.object({ items: z.array(generatedDocumentSchema) }), '生成登记'),
      ...commonErrors,
    },
  }),
  async (c) =>
    c.json(
      { items: await listCaseGeneratedDocuments(serviceContext(c), c.req.valid('param').id) },
      200,
    ),
);

caseDocumentRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/cases/{id}/documents/{code}',
    tags,
    summary: '生成执法文书（PDF 内嵌字体；DOCX 供编辑）',
    request: {
      params: idParam.extend({
        code: z
          .string()
          .regex(/^[a-zA-Z]+$/, '文书代码格式不正确')
          .openapi({ param: { name: 'code', in: 'path' } }),
      }),
      query: z.object({
        format: z.enum(['pdf', 'docx']).default('pdf'),
        item: z.uuid('编号格式不正确').optional(),
      }),
    },
    responses: {
      200: documentFileResponse,
      ...commonErrors,
    },
  }),
  async (c) => {
    const { id, code } = c.req.valid('param');
    const { format, item } = c.req.valid('query');
    const document = await generateCaseDocument(serviceContext(c), id, code, item ?? null, format);
    return sendDocumentFile(c, document, format);
  },
);
