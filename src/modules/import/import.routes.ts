import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../../domain/app-error.js';
import type { AppEnv } from '../../http/app-env.js';
import { errorBodySchema } from '../../http/error-handler.js';
import { commonErrors, jsonContent, newRouter } from '../../http/openapi.js';
import { requireSession, serviceContext } from '../../http/session.js';
import { importKinds, importSheet, importTemplate, importTitles } from './import.service.js';
import type { SheetFile } from './sheet.js';

const tags = ['数据导入'];
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Plain OpenAPI rather than zod, so that the router adds no form validator of its own:
 * the handler reads the form and explains a missing file in Chinese.
 */
export const uploadBody = {
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object' as const,
        required: ['file'],
        properties: {
          file: {
            type: 'string' as const,
            format: 'binary',
            description: '.xlsx 或 UTF-8 编码的 .csv，不超过 5 MB、5000 行，表头见导入模板',
          },
        },
      },
    },
  },
  required: true,
};

const importedSchema = z
  .object({ imported: z.number().int().openapi({ description: '导入的行数' }) })
  .openapi('ImportResult');

const kindParam = z.object({
  kind: z
    .enum(importKinds, '模板类型应为 agencies 或 officers')
    .openapi({ param: { name: 'kind', in: 'path' } }),
});

export const importRoutes = newRouter();

for (const kind of importKinds) {
  importRoutes.openapi(
    createRoute({
      method: 'post',
      path: `/imports/${kind}`,
      tags,
      summary: `从 Excel/CSV 批量导入${importTitles[kind]}（全部成功或全部不导入）`,
      request: { body: uploadBody },
      responses: {
        200: jsonContent(importedSchema, '已全部导入'),
        ...commonErrors,
        422: jsonContent(errorBodySchema, '文件或数据有误，未导入任何一行（IMPORT_REJECTED）'),
      },
    }),
    async (c) => {
      const imported = await importSheet(serviceContext(c), kind, await uploadedFile(c));
      return c.json({ imported }, 200);
    },
  );
}

importRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/imports/templates/{kind}',
    tags,
    summary: '下载导入模板（.xlsx，含表头和一行示例）',
    request: { params: kindParam },
    responses: {
      200: {
        content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
        description: '导入模板',
      },
      400: commonErrors[400],
      401: commonErrors[401],
    },
  }),
  async (c) => {
    requireSession(c);
    const template = await importTemplate(c.req.valid('param').kind);
    return c.body(new Uint8Array(template.content), 200, {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': attachment(template.fileName),
    });
  },
);

export async function uploadedFile(c: Context<AppEnv>): Promise<SheetFile> {
  const { file } = await c.req.parseBody();
  if (!(file instanceof File)) {
    throw new AppError('VALIDATION_FAILED', '请选择要上传的文件（表单字段 file）');
  }
  return { fileName: file.name, content: Buffer.from(await file.arrayBuffer()) };
}

/** RFC 6266 with an RFC 5987 UTF-8 name for the Chinese file name, and an ASCII fallback. */
export function attachment(fileName: string): string {
  return `attachment; filename="template.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
