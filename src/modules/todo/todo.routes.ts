import { createRoute, z } from '@hono/zod-openapi';
import { commonErrors, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import { listTodos, todoKinds } from './todo.service.js';

const todoSchema = z
  .object({
    kind: z.enum(todoKinds),
    title: z.string(),
    dueDate: z.string().nullable(),
    link: z.string(),
  })
  .openapi('TodoItem');

export const todoRoutes = newRouter();

todoRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/todos',
    tags: ['首页'],
    summary: '当前用户的待办事项',
    responses: {
      200: jsonContent(z.object({ items: z.array(todoSchema) }), '待办'),
      ...commonErrors,
    },
  }),
  async (c) => c.json({ items: await listTodos(serviceContext(c)) }, 200),
);
