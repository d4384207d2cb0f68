import { createRoute, z } from '@hono/zod-openapi';
import { commonErrors, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import {
  citedTextSchema,
  citeQuerySchema,
  lawIdParam,
  lawSchema,
  lawSearchHitSchema,
  lawTextSchema,
  onDateQuery,
  searchQuerySchema,
} from './law.schemas.js';
import { citeLaws, lawText, listLaws, searchLawLibrary } from './law.service.js';

const tags = ['法律法规库'];

export const lawRoutes = newRouter();

lawRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/laws',
    tags,
    summary: '法律法规库中的法律法规及其版本',
    responses: {
      200: jsonContent(z.object({ items: z.array(lawSchema) }), '法律法规'),
      ...commonErrors,
    },
  }),
  async (c) => c.json({ items: await listLaws(serviceContext(c)) }, 200),
);

lawRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/laws/search',
    tags,
    summary: '按词语查找条文（当日有效的版本），如 超限、营运',
    request: { query: searchQuerySchema },
    responses: {
      200: jsonContent(z.object({ items: z.array(lawSearchHitSchema) }), '命中的条文'),
      ...commonErrors,
    },
  }),
  async (c) =>
    c.json({ items: await searchLawLibrary(serviceContext(c), c.req.valid('query')) }, 200),
);

lawRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/laws/cite',
    tags,
    summary: '引用的条文：如 道路运输条例第六十三条第一项，在适用日期有效的版本中的原文',
    request: { query: citeQuerySchema },
    responses: {
      200: jsonContent(z.object({ items: z.array(citedTextSchema) }), '条文'),
      ...commonErrors,
    },
  }),
  async (c) => {
    const { ref, on } = c.req.valid('query');
    return c.json({ items: await citeLaws(serviceContext(c), ref, on) }, 200);
  },
);

lawRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/laws/{lawId}/articles',
    tags,
    summary: '按章节浏览一部法律法规在适用日期有效的版本',
    request: { params: lawIdParam, query: onDateQuery },
    responses: { 200: jsonContent(lawTextSchema, '章节与条文'), ...commonErrors },
  }),
  async (c) =>
    c.json(
      await lawText(serviceContext(c), c.req.valid('param').lawId, c.req.valid('query').on),
      200,
    ),
);
