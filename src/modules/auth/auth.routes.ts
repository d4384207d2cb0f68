import { createRoute, z } from '@hono/zod-openapi';
import { roles } from '../../domain/role.js';
import { commonErrors, jsonBody, jsonContent, newRouter, noContent } from '../../http/openapi.js';
import { clearSessionCookie, requireSession, setSessionCookie } from '../../http/session.js';
import type { UserWithAgency } from '../user/user.repository.js';
import { changePassword, login, logout } from './auth.service.js';

const meSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    agencyId: z.uuid(),
    agencyName: z.string(),
    roles: z.array(z.enum(roles)),
    mustChangePassword: z.boolean(),
    officerId: z.uuid().nullable(),
  })
  .openapi('Me');

const signedInSchema = z.object({ user: meSchema, csrfToken: z.string() }).openapi('SignedIn');

function toMe(user: UserWithAgency): z.infer<typeof meSchema> {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    agencyId: user.agencyId,
    agencyName: user.agencyName,
    roles: user.roles as z.infer<typeof meSchema>['roles'],
    mustChangePassword: user.mustChangePassword,
    officerId: user.officerId,
  };
}

export const authRoutes = newRouter();

authRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/auth/login',
    tags: ['登录与账号'],
    summary: '用户名密码登录，设置会话 Cookie',
    request: jsonBody(
      z.object({
        username: z.string().trim().min(1, '请输入用户名'),
        password: z.string().min(1, '请输入密码'),
      }),
    ),
    responses: {
      200: jsonContent(signedInSchema, '登录成功'),
      400: commonErrors[400],
      401: jsonContent(commonErrors[401].content['application/json'].schema, '用户名或密码错误'),
      423: jsonContent(commonErrors[401].content['application/json'].schema, '账号已锁定'),
      429: jsonContent(commonErrors[401].content['application/json'].schema, '尝试过于频繁'),
    },
  }),
  async (c) => {
    const signedIn = await login(c.get('deps'), c.req.valid('json'));
    setSessionCookie(c, signedIn.token);
    return c.json({ user: toMe(signedIn.user), csrfToken: signedIn.csrfToken }, 200);
  },
);

authRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/auth/me',
    tags: ['登录与账号'],
    summary: '当前登录用户与 CSRF 令牌',
    responses: { 200: jsonContent(signedInSchema, '当前用户'), 401: commonErrors[401] },
  }),
  (c) => {
    const session = requireSession(c);
    return c.json({ user: toMe(session.user), csrfToken: session.csrfToken }, 200);
  },
);

authRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/auth/logout',
    tags: ['登录与账号'],
    summary: '退出登录',
    responses: { ...noContent, 403: commonErrors[403] },
  }),
  async (c) => {
    const token = c.get('sessionToken');
    if (token) await logout(c.get('deps').db, token);
    clearSessionCookie(c);
    return c.body(null, 204);
  },
);

authRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/auth/change-password',
    tags: ['登录与账号'],
    summary: '修改密码（首次登录必须修改）',
    request: jsonBody(
      z.object({
        currentPassword: z.string().min(1, '请输入当前密码'),
        newPassword: z.string().min(1, '请输入新密码'),
      }),
    ),
    responses: {
      ...noContent,
      400: commonErrors[400],
      401: commonErrors[401],
      403: commonErrors[403],
    },
  }),
  async (c) => {
    const session = requireSession(c);
    await changePassword(
      c.get('deps').db,
      session.user,
      c.req.valid('json'),
      c.get('sessionToken') ?? '',
    );
    return c.body(null, 204);
  },
);
