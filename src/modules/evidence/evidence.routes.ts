import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createRoute, z } from '@hono/zod-openapi';
import { evidenceTypes } from '../../domain/case/evidence.js';
import { errorBodySchema, validationError } from '../../http/error-handler.js';
import { commonErrors, idParam, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import { evidenceFieldsSchema, evidenceSchema } from './evidence.schemas.js';
import {
  addEvidence,
  listEvidence,
  openEvidenceFile,
  type UploadedFile,
} from './evidence.service.js';

const tags = ['行政处罚案件'];

/** Plain OpenAPI for the form, so that the handler validates it and answers in Chinese. */
const uploadBody = {
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object' as const,
        required: ['type', 'title', 'collectedAt'],
        properties: {
          type: { type: 'string' as const, enum: [...evidenceTypes] },
          title: { type: 'string' as const },
          description: { type: 'string' as const },
          collectedAt: { type: 'string' as const, format: 'date-time' },
          file: {
            type: 'string' as const,
            format: 'binary',
            description: '照片、录音、录像或文档',
          },
        },
      },
    },
  },
  required: true,
};

export const evidenceRoutes = newRouter();

evidenceRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/cases/{id}/evidence',
    tags,
    summary: '登记证据并上传文件（按 sha256 存储，上传后不可更改）',
    request: { params: idParam, body: uploadBody },
    responses: {
      201: jsonContent(evidenceSchema, '已登记'),
      ...commonErrors,
      422: jsonContent(errorBodySchema, '违反法定规则（RULE_VIOLATED）'),
    },
  }),
  async (c) => {
    const form = await c.req.parseBody();
    const fields = evidenceFieldsSchema.safeParse(form);
    if (!fields.success) throw validationError(fields.error);
    const deps = c.get('deps');
    const evidence = await addEvidence(
      serviceContext(c),
      deps.blobStore,
      c.req.valid('param').id,
      fields.data,
      uploadedFile(form.file),
    );
    return c.json(evidence, 201);
  },
);

function uploadedFile(value: unknown): UploadedFile | null {
  if (!(value instanceof File) || value.size === 0) return null;
  return {
    name: value.name,
    mediaType: value.type || 'application/octet-stream',
    content: Readable.fromWeb(value.stream() as WebReadableStream<Uint8Array>),
  };
}

evidenceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/cases/{id}/evidence',
    tags,
    summary: '案件的全部证据',
    request: { params: idParam },
    responses: {
      200: jsonContent(z.object({ items: z.array(evidenceSchema) }), '证据列表'),
      ...commonErrors,
    },
  }),
  async (c) =>
    c.json({ items: await listEvidence(serviceContext(c), c.req.valid('param').id) }, 200),
);

evidenceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/evidence/{id}/file',
    tags,
    summary: '下载证据文件（边读边校验哈希，被改动的文件会中断）',
    request: { params: idParam },
    responses: {
      200: {
        description: '证据文件',
        content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
      },
      ...commonErrors,
    },
  }),
  async (c) => {
    const file = await openEvidenceFile(
      serviceContext(c),
      c.get('deps').blobStore,
      c.req.valid('param').id,
    );
    return c.body(Readable.toWeb(file.stream) as ReadableStream, 200, {
      'Content-Type': file.mediaType,
      'Content-Length': String(file.size),
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    });
  },
);
