import { createRoute, z } from '@hono/zod-openapi';
import { Hono } from 'hono';
import { chinaDate } from '../../domain/china-date.js';
import type { AppEnv } from '../../http/app-env.js';
import { validationError } from '../../http/error-handler.js';
import { commonErrors, jsonContent, newRouter } from '../../http/openapi.js';
import { isoDate } from '../review/review.schemas.js';
import { publicBenchmarksSchema } from './benchmark.schemas.js';
import { publicBenchmarks } from './benchmark.service.js';
import { publicBenchmarkPage } from './public-benchmark-page.js';

const onDateQuery = z.object({
  on: isoDate.optional().openapi({ description: '查看哪一天施行的基准，默认今天' }),
});

function onDateOf(query: Record<string, string>): string {
  const parsed = onDateQuery.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data.on ?? chinaDate();
}

/** 公开的裁量基准 (行政处罚法第三十四条), readable without signing in. */
export const publicBenchmarkRoutes = newRouter();

publicBenchmarkRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/public/benchmarks',
    tags: ['公开的裁量基准'],
    summary: '已发布且施行中的裁量基准（无需登录；只含向社会公布的内容）',
    request: { query: onDateQuery },
    responses: {
      200: jsonContent(publicBenchmarksSchema, '公开的裁量基准'),
      400: commonErrors[400],
    },
  }),
  async (c) => {
    const onDate = c.req.valid('query').on ?? chinaDate();
    return c.json(await publicBenchmarks(c.get('deps').db, onDate), 200);
  },
);

/** The same as a plain HTML page, for citizens, printing and search engines. */
export const publicPageRoutes = new Hono<AppEnv>();

publicPageRoutes.get('/public/benchmarks', async (c) => {
  const published = await publicBenchmarks(c.get('deps').db, onDateOf(c.req.query()));
  return c.html(publicBenchmarkPage(published));
});
