import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from './app-env.js';
import { errorBodySchema, validationError } from './error-handler.js';

export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });
}

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } };
}

const errorContent = (description: string) => jsonContent(errorBodySchema, description);

/** The failures every signed-in endpoint can answer with. */
export const commonErrors = {
  400: errorContent('输入有误（VALIDATION_FAILED）'),
  401: errorContent('未登录（NOT_AUTHENTICATED）'),
  403: errorContent('无权操作、需先修改密码或 CSRF 校验失败'),
  404: errorContent('对象不存在或不在管辖范围内（NOT_FOUND）'),
  409: errorContent('与已有数据冲突（CONFLICT）'),
} as const;

export const idParam = z.object({
  id: z.uuid('编号格式不正确').openapi({ param: { name: 'id', in: 'path' } }),
});

export const noContent = { 204: { description: '成功，无返回内容' } } as const;
