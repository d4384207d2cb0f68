import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from '@hono/zod-openapi';
import { AppError, assertNever, errorCodes, type ErrorCode } from '../domain/app-error.js';
import type { AppEnv } from './app-env.js';

/** The one place where an error code becomes an HTTP status. */
export function httpStatusOf(code: ErrorCode): ContentfulStatusCode {
  switch (code) {
    case 'VALIDATION_FAILED':
    case 'WEAK_PASSWORD':
      return 400;
    case 'NOT_AUTHENTICATED':
    case 'INVALID_CREDENTIALS':
      return 401;
    case 'PASSWORD_CHANGE_REQUIRED':
    case 'CSRF_REJECTED':
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
    case 'DATA_FOLDER_LOCKED':
    case 'RECORD_APPEND_ONLY':
      return 409;
    case 'IMPORT_REJECTED':
    case 'RULE_VIOLATED':
      return 422;
    case 'ACCOUNT_LOCKED':
      return 423;
    case 'TOO_MANY_REQUESTS':
      return 429;
    case 'INTERNAL':
      return 500;
    default:
      return assertNever(code);
  }
}

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string().openapi({ description: '给人看的中文说明' }),
      details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      requestId: z.string(),
    }),
  })
  .openapi('Error');

export function errorResponse(c: Context<AppEnv>, error: AppError) {
  return c.json(
    {
      error: {
        code: error.code,
        message: error.userMessage,
        ...(error.details ? { details: [...error.details] } : {}),
        requestId: c.get('requestId'),
      },
    },
    httpStatusOf(error.code),
  );
}

/** SQLSTATEs raised by the triggers that keep records, evidence and other filed acts append-only. */
const appendOnlyRefusals: Record<string, string> = {
  ZF001: '全过程记录只能追加，不能修改或删除',
  ZF002: '证据、笔录、缴款等记录登记后不能修改或删除',
};

/** Errors raised below the services that still have a meaning for the user. */
function translate(error: Error): AppError | null {
  if (error instanceof AppError) return error;
  const appendOnly = appendOnlyRefusals[(error as { code?: string }).code ?? ''];
  if (appendOnly) return new AppError('RECORD_APPEND_ONLY', appendOnly);
  if (error instanceof HTTPException && error.status === 403) {
    return new AppError('CSRF_REJECTED', '跨站请求被拒绝，请从本系统页面操作');
  }
  if (error instanceof HTTPException && error.status === 413) {
    return new AppError('VALIDATION_FAILED', '上传内容过大（一般上限 10 MB，证据文件上限 500 MB）');
  }
  return null;
}

export function handleError(error: Error, c: Context<AppEnv>) {
  const known = translate(error);
  if (known) return errorResponse(c, known);
  const requestId = c.get('requestId');
  c.get('deps').logger.error({ err: error, requestId, path: c.req.path }, 'unexpected error');
  return errorResponse(
    c,
    new AppError('INTERNAL', `服务器内部错误，请联系系统管理员并提供请求编号 ${requestId}`),
  );
}

/** Turns a zod failure at the edge into VALIDATION_FAILED with a message per field. */
export function validationError(error: z.ZodError): AppError {
  const details = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const summary = details
    .slice(0, 3)
    .map((detail) => (detail.path ? `${detail.path}：${detail.message}` : detail.message))
    .join('；');
  return new AppError('VALIDATION_FAILED', `输入有误：${summary}`, details);
}
