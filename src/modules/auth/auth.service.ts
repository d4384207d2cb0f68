import { randomBytes } from 'node:crypto';
import type { Actor } from '../../domain/actor.js';
import { AppError } from '../../domain/app-error.js';
import { passwordProblems } from '../../domain/password-policy.js';
import type { Role } from '../../domain/role.js';
import type { Config } from '../../config.js';
import type { Db } from '../../storage/database.js';
import { appendRecord } from '../record/record.repository.js';
import { findUserById, findUserByUsername, type UserWithAgency } from '../user/user.repository.js';
import { hashPassword, verifyPassword } from './password-hash.js';
import {
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOfUser,
  extendSession,
  findLiveSession,
  insertSession,
} from './session.repository.js';

export interface SignedIn {
  token: string;
  csrfToken: string;
  user: UserWithAgency;
}

export interface SessionDeps {
  db: Db;
  config: Config;
}

/** Compared against when the username is unknown, so timing does not reveal which names exist. */
const unknownUserHash = hashPassword('no such user, no such password');

export function actorOf(user: UserWithAgency): Actor {
  return {
    userId: user.id,
    displayName: user.displayName,
    agencyId: user.agencyId,
    agencyPath: user.agencyPath,
    roles: user.roles as Role[],
    officerId: user.officerId,
    certificateNumber: user.certificateNumber,
  };
}

export async function login(
  { db, config }: SessionDeps,
  credentials: { username: string; password: string },
  now = new Date(),
): Promise<SignedIn> {
  const user = await findUserByUsername(db, credentials.username);
  if (!user) {
    await verifyPassword(credentials.password, await unknownUserHash);
    throw new AppError('INVALID_CREDENTIALS', '用户名或密码错误');
  }
  assertNotLocked(user, now);
  if (!(await verifyPassword(credentials.password, user.passwordHash))) {
    await recordFailure(db, config, user, now);
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('appUser')
      .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now })
      .where('id', '=', user.id)
      .execute();
    await deleteExpiredSessions(trx, user.id, now);
    await insertSession(trx, { token, userId: user.id, csrfToken, expiresAt: expiry(config, now) });
    await appendRecord(trx, actorOf(user), {
      agencyId: user.agencyId,
      objectType: 'user',
      objectId: user.id,
      action: 'login',
      change: {},
    });
  });
  return { token, csrfToken, user };
}

function assertNotLocked(user: UserWithAgency, now: Date): void {
  if (user.lockedByAdmin) {
    throw new AppError('ACCOUNT_LOCKED', '账号已被管理员锁定，请联系系统管理员解锁');
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000);
    throw new AppError(
      'ACCOUNT_LOCKED',
      `连续登录失败次数过多，账号已临时锁定，请 ${minutes} 分钟后再试`,
    );
  }
}

async function recordFailure(
  db: Db,
  config: Config,
  user: UserWithAgency,
  now: Date,
): Promise<never> {
  const failures = user.failedLoginCount + 1;
  const locks = failures >= config.loginMaxFailures;
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('appUser')
      .set({
        failedLoginCount: locks ? 0 : failures,
        lockedUntil: locks ? new Date(now.getTime() + config.loginLockMinutes * 60_000) : null,
      })
      .where('id', '=', user.id)
      .execute();
    await appendRecord(trx, actorOf(user), {
      agencyId: user.agencyId,
      objectType: 'user',
      objectId: user.id,
      action: locks ? 'lockAfterFailures' : 'loginFailed',
      change: { failures },
    });
  });
  if (locks) {
    throw new AppError(
      'ACCOUNT_LOCKED',
      `连续 ${failures} 次密码错误，账号已锁定 ${config.loginLockMinutes} 分钟`,
    );
  }
  const left = config.loginMaxFailures - failures;
  throw new AppError('INVALID_CREDENTIALS', `用户名或密码错误，再错 ${left} 次账号将被临时锁定`);
}

export interface ResolvedSession {
  user: UserWithAgency;
  actor: Actor;
  csrfToken: string;
}

/** The user behind a session cookie, if the session is alive; slides its expiry forward. */
export async function resolveSession(
  { db, config }: SessionDeps,
  token: string,
  now = new Date(),
): Promise<ResolvedSession | null> {
  const session = await findLiveSession(db, token, now);
  if (!session) return null;
  const user = await findUserById(db, '/', session.userId);
  if (!user || user.lockedByAdmin) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    await extendSession(db, token, now, expiry(config, now));
  }
  return { user, actor: actorOf(user), csrfToken: session.csrfToken };
}

export async function logout(db: Db, token: string): Promise<void> {
  await deleteSession(db, token);
}

export async function changePassword(
  db: Db,
  user: UserWithAgency,
  input: { currentPassword: string; newPassword: string },
  keepSessionToken: string,
): Promise<void> {
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError('INVALID_CREDENTIALS', '当前密码不正确');
  }
  const problems = passwordProblems(input.newPassword, user.username);
  if (input.newPassword === input.currentPassword) problems.push('新密码不能与当前密码相同');
  if (problems.length > 0) {
    throw new AppError(
      'WEAK_PASSWORD',
      problems.join('；'),
      problems.map((message) => ({ path: 'newPassword', message })),
    );
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('appUser')
      .set({ passwordHash, mustChangePassword: false, updatedAt: new Date() })
      .where('id', '=', user.id)
      .execute();
    await deleteSessionsOfUser(trx, user.id, { except: keepSessionToken });
    await appendRecord(trx, actorOf(user), {
      agencyId: user.agencyId,
      objectType: 'user',
      objectId: user.id,
      action: 'changePassword',
      change: {},
    });
  });
}

function expiry(config: Config, now: Date): Date {
  return new Date(now.getTime() + config.sessionHours * 3_600_000);
}
