import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import { AppError } from '../domain/app-error.js';
import type { AppEnv } from './app-env.js';

function clientAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}

/** Per-address throttle on password guessing, on top of the per-account lock. */
export function loginThrottle() {
  return rateLimiter<AppEnv>({
    windowMs: 15 * 60_000,
    limit: 20,
    keyGenerator: clientAddress,
    handler: () => {
      throw new AppError('TOO_MANY_REQUESTS', '登录尝试过于频繁，请 15 分钟后再试');
    },
  });
}
