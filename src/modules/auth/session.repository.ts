import { createHash } from 'node:crypto';
import type { Db } from '../../storage/database.js';

/** Only a hash of the session token is stored: a leaked table grants no sessions. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function insertSession(
  db: Db,
  session: { token: string; userId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('userSession')
    .values({
      tokenHash: hashToken(session.token),
      userId: session.userId,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
    })
    .execute();
}

export async function findLiveSession(db: Db, token: string, now: Date) {
  return db
    .selectFrom('userSession')
    .selectAll()
    .where('tokenHash', '=', hashToken(token))
    .where('expiresAt', '>', now)
    .executeTakeFirst();
}

export async function extendSession(db: Db, token: string, now: Date, expiresAt: Date) {
  await db
    .updateTable('userSession')
    .set({ lastSeenAt: now, expiresAt })
    .where('tokenHash', '=', hashToken(token))
    .execute();
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('userSession').where('tokenHash', '=', hashToken(token)).execute();
}

export async function deleteSessionsOfUser(
  db: Db,
  userId: string,
  options: { except?: string } = {},
): Promise<void> {
  let query = db.deleteFrom('userSession').where('userId', '=', userId);
  if (options.except) query = query.where('tokenHash', '!=', hashToken(options.except));
  await query.execute();
}

export async function deleteExpiredSessions(db: Db, userId: string, now: Date): Promise<void> {
  await db
    .deleteFrom('userSession')
    .where('userId', '=', userId)
    .where('expiresAt', '<=', now)
    .execute();
}
