import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../domain/app-error.js';
import { resolveSession, type ResolvedSession } from '../modules/auth/auth.service.js';
import type { ServiceContext } from '../modules/context.js';
import type { AppEnv } from './app-env.js';

export const SESSION_COOKIE = 'zhifa_session';
export const CSRF_HEADER = 'X-CSRF-Token';

/** Paths a user who must change their password may still use. */
const allowedBeforePasswordChange = new Set([
  '/api/auth/me',
  '/api/auth/logout',
  '/api/auth/change-password',
]);

export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE) ?? null;
  const session = token ? await resolveSession(c.get('deps'), token) : null;
  c.set('sessionToken', session ? token : null);
  c.set('session', session);
  await next();
};

/** Unsafe methods from a signed-in browser must echo the session's CSRF token. */
export const requireCsrfToken: MiddlewareHandler<AppEnv> = async (c, next) => {
  const session = c.get('session');
  if (session && !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
    const sent = Buffer.from(c.req.header(CSRF_HEADER) ?? '');
    const expected = Buffer.from(session.csrfToken);
    if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
      throw new AppError('CSRF_REJECTED', '请求校验失败，请刷新页面后重试');
    }
  }
  await next();
};

export const requirePasswordChangedFirst: MiddlewareHandler<AppEnv> = async (c, next) => {
  const session = c.get('session');
  if (session?.user.mustChangePassword && !allowedBeforePasswordChange.has(c.req.path)) {
    throw new AppError('PASSWORD_CHANGE_REQUIRED', '首次登录或密码被重置后，请先修改密码');
  }
  await next();
};

export function requireSession(c: Context<AppEnv>): ResolvedSession {
  const session = c.get('session');
  if (!session) throw new AppError('NOT_AUTHENTICATED', '请先登录');
  return session;
}

export function serviceContext(c: Context<AppEnv>): ServiceContext {
  const { db, config } = c.get('deps');
  return { db, config, actor: requireSession(c).actor };
}

export function setSessionCookie(c: Context<AppEnv>, token: string): void {
  const { config } = c.get('deps');
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: config.secureCookies,
    path: '/',
    maxAge: Math.round(config.sessionHours * 3600),
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
