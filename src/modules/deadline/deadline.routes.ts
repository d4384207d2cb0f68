import { createRoute } from '@hono/zod-openapi';
import { commonErrors, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import { boardQuerySchema, boardSchema } from './deadline.schemas.js';
import { getDeadlineBoard } from './deadline.service.js';

export const deadlineRoutes = newRouter();

deadlineRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/supervision/deadlines',
    tags: ['督办'],
    summary:
      '督办：管辖范围内临期和逾期的案件期限，按期限种类分组，最紧急的在前（执法人员只看到本人承办的案件）',
    request: { query: boardQuerySchema },
    responses: { 200: jsonContent(boardSchema, '督办'), ...commonErrors },
  }),
  async (c) => c.json(await getDeadlineBoard(serviceContext(c), c.req.valid('query')), 200),
);
