import { createRoute, z } from '@hono/zod-openapi';
import { commonErrors, idParam, jsonBody, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import {
  temporaryPasswordSchema,
  userInputSchema,
  userPatchSchema,
  userSchema,
} from './user.schemas.js';
import {
  createUser,
  getUsers,
  lockUser,
  resetPassword,
  unlockUser,
  updateUser,
} from './user.service.js';

const tags = ['用户与角色'];

export const userRoutes = newRouter();

userRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/users',
    tags,
    summary: '管辖范围内的用户',
    responses: {
      200: jsonContent(z.object({ items: z.array(userSchema) }), '用户列表'),
      ...commonErrors,
    },
  }),
  async (c) => c.json({ items: await getUsers(serviceContext(c)) }, 200),
);

userRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/users',
    tags,
    summary: '新建用户（返回一次性密码，首次登录须修改）',
    request: jsonBody(userInputSchema),
    responses: {
      201: jsonContent(
        z.object({ user: userSchema, temporaryPassword: z.string() }),
        '已创建；一次性密码只显示这一次',
      ),
      ...commonErrors,
    },
  }),
  async (c) => c.json(await createUser(serviceContext(c), c.req.valid('json')), 201),
);

userRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/users/{id}',
    tags,
    summary: '修改姓名或角色',
    request: { params: idParam, ...jsonBody(userPatchSchema) },
    responses: { 200: jsonContent(userSchema, '已修改'), ...commonErrors },
  }),
  async (c) =>
    c.json(await updateUser(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
);

const accountActions = [
  { path: '/users/{id}/lock', summary: '锁定账号（立即退出其全部会话）', run: lockUser },
  { path: '/users/{id}/unlock', summary: '解锁账号', run: unlockUser },
] as const;

for (const action of accountActions) {
  userRoutes.openapi(
    createRoute({
      method: 'post',
      path: action.path,
      tags,
      summary: action.summary,
      request: { params: idParam },
      responses: { 200: jsonContent(userSchema, '已完成'), ...commonErrors },
    }),
    async (c) => c.json(await action.run(serviceContext(c), c.req.valid('param').id), 200),
  );
}

userRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/users/{id}/reset-password',
    tags,
    summary: '重置密码（返回一次性密码，登录后须修改）',
    request: { params: idParam },
    responses: { 200: jsonContent(temporaryPasswordSchema, '一次性密码'), ...commonErrors },
  }),
  async (c) => c.json(await resetPassword(serviceContext(c), c.req.valid('param').id), 200),
);
