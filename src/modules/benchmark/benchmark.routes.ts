import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { errorBodySchema } from '../../http/error-handler.js';
import { commonErrors, idParam, jsonBody, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import type { AppEnv } from '../../http/app-env.js';
import { attachment, uploadBody, uploadedFile, XLSX_TYPE } from '../import/import.routes.js';
import type { SheetFile } from '../import/sheet.js';
import {
  benchmarkListQuery,
  benchmarkViewSchema,
  importedBenchmarksSchema,
  newBenchmarkSchema,
} from './benchmark.schemas.js';
import {
  benchmarkTemplate,
  createBenchmark,
  exportBenchmarks,
  getBenchmark,
  importBenchmarks,
  listBenchmarks,
  publishBenchmark,
} from './benchmark.service.js';

const tags = ['裁量基准'];

export const benchmarkRoutes = newRouter();

benchmarkRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/benchmarks',
    tags,
    summary: '裁量基准的各版本（按违法行为、版本号排列）',
    request: { query: benchmarkListQuery },
    responses: {
      200: jsonContent(z.object({ items: z.array(benchmarkViewSchema) }), '裁量基准'),
      ...commonErrors,
    },
  }),
  async (c) =>
    c.json({ items: await listBenchmarks(serviceContext(c), c.req.valid('query')) }, 200),
);

const xlsxFile = (description: string) => ({
  content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
  description,
});

function xlsxResponse(c: Context<AppEnv>, file: SheetFile) {
  return c.body(new Uint8Array(file.content), 200, {
    'Content-Type': XLSX_TYPE,
    'Content-Disposition': attachment(file.fileName),
  });
}

benchmarkRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/benchmarks/export.xlsx',
    tags,
    summary: '导出为 Excel（序号、违法行为、违反条款、处罚依据、违法程度、情形、处罚标准……）',
    request: { query: benchmarkListQuery },
    responses: { 200: xlsxFile('裁量基准表，每个阶次一行'), ...commonErrors },
  }),
  async (c) => xlsxResponse(c, await exportBenchmarks(serviceContext(c), c.req.valid('query'))),
);

benchmarkRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/benchmarks/template.xlsx',
    tags,
    summary: '下载裁量基准导入模板（表头和一行示例）',
    responses: { 200: xlsxFile('导入模板'), ...commonErrors },
  }),
  async (c) => xlsxResponse(c, await benchmarkTemplate(serviceContext(c))),
);

benchmarkRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/benchmarks/import',
    tags,
    summary: '从 Excel 导入裁量基准，每个基准登记为新的草稿版本（全部成功或全部不导入）',
    request: { body: uploadBody },
    responses: {
      201: jsonContent(importedBenchmarksSchema, '已导入为草稿'),
      ...commonErrors,
      422: jsonContent(
        errorBodySchema,
        '文件或数据有误，未导入任何一行（IMPORT_REJECTED，逐行说明）',
      ),
    },
  }),
  async (c) => {
    const items = await importBenchmarks(serviceContext(c), await uploadedFile(c));
    return c.json({ items }, 201);
  },
);

benchmarkRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/benchmarks',
    tags,
    summary: '登记裁量基准的新版本（草稿；各阶次须在施行之日的法定幅度内）',
    request: jsonBody(newBenchmarkSchema),
    responses: {
      201: jsonContent(benchmarkViewSchema, '已登记为草稿'),
      ...commonErrors,
      422: jsonContent(errorBodySchema, '阶次超出法定幅度或重复（RULE_VIOLATED），逐阶次说明'),
    },
  }),
  async (c) => c.json(await createBenchmark(serviceContext(c), c.req.valid('json')), 201),
);

benchmarkRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/benchmarks/{id}',
    tags,
    summary: '裁量基准的一个版本',
    request: { params: idParam },
    responses: { 200: jsonContent(benchmarkViewSchema, '裁量基准'), ...commonErrors },
  }),
  async (c) => c.json(await getBenchmark(serviceContext(c), c.req.valid('param').id), 200),
);

benchmarkRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/benchmarks/{id}/publish',
    tags,
    summary: '发布：此后办案适用并向社会公开（行政处罚法第三十四条）；发布后不能修改',
    request: { params: idParam },
    responses: { 200: jsonContent(benchmarkViewSchema, '已发布'), ...commonErrors },
  }),
  async (c) => c.json(await publishBenchmark(serviceContext(c), c.req.valid('param').id), 200),
);
