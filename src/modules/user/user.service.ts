import type { Actor } from '../../domain/actor.js';
import { AppError } from '../../domain/app-error.js';
import { assertAllowed } from '../../domain/permission.js';
import type { Role } from '../../domain/role.js';
import type { Db } from '../../storage/database.js';
import { conflictOnDuplicate } from '../../storage/pg-errors.js';
import { findAgency } from '../agency/agency.repository.js';
import { generateTemporaryPassword, hashPassword } from '../auth/password-hash.js';
import { deleteSessionsOfUser } from '../auth/session.repository.js';
import type { ServiceContext } from '../context.js';
import { found } from '../not-found.js';
import { findOfficer } from '../officer/officer.repository.js';
import { appendRecord } from '../record/record.repository.js';
import { findUserById, listUsers, type UserWithAgency } from './user.repository.js';
import type { UserInput, UserPatch, UserView } from './user.schemas.js';

export function toUserView(user: UserWithAgency, now = new Date()): UserView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    agencyId: user.agencyId,
    agencyName: user.agencyName,
    officerId: user.officerId,
    roles: user.roles as Role[],
    locked: user.lockedByAdmin || (user.lockedUntil !== null && user.lockedUntil > now),
    mustChangePassword: user.mustChangePassword,
  };
}

export async function getUsers({ db, actor }: ServiceContext): Promise<UserView[]> {
  assertAllowed(actor.roles, 'user.read');
  return (await listUsers(db, actor.agencyPath)).map((user) => toUserView(user));
}

/** Creates an account; unless told otherwise, its password must be changed at first login. */
export async function insertUser(
  trx: Db,
  actor: Actor,
  input: UserInput,
  password: string,
  options: { mustChangePassword: boolean } = { mustChangePassword: true },
) {
  const agency = found(await findAgency(trx, actor.agencyPath, input.agencyId), '所属机构');
  if (input.officerId) {
    const officer = found(await findOfficer(trx, actor.agencyPath, input.officerId), '执法人员');
    if (!officer.agencyPath.startsWith(agency.path)) {
      throw new AppError('VALIDATION_FAILED', '关联的执法人员不在该账号所在机构及其下级机构中');
    }
  }
  const { id } = await trx
    .insertInto('appUser')
    .values({
      username: input.username,
      displayName: input.displayName,
      agencyId: agency.id,
      officerId: input.officerId ?? null,
      roles: [...new Set(input.roles)],
      passwordHash: await hashPassword(password),
      mustChangePassword: options.mustChangePassword,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
    .catch(conflictOnDuplicate('用户名已存在，或该执法人员已有账号'));
  await appendRecord(trx, actor, {
    agencyId: agency.id,
    objectType: 'user',
    objectId: id,
    action: 'create',
    change: { ...input },
  });
  return id;
}

export async function createUser(ctx: ServiceContext, input: UserInput) {
  assertAllowed(ctx.actor.roles, 'user.manage');
  const temporaryPassword = generateTemporaryPassword();
  const id = await ctx.db
    .transaction()
    .execute((trx) => insertUser(trx, ctx.actor, input, temporaryPassword));
  const user = found(await findUserById(ctx.db, ctx.actor.agencyPath, id), '用户');
  return { user: toUserView(user), temporaryPassword };
}

type AccountAction = 'update' | 'lock' | 'unlock' | 'resetPassword';

async function changeAccount(
  ctx: ServiceContext,
  id: string,
  action: AccountAction,
  change: Record<string, unknown>,
  values: Partial<{
    displayName: string;
    roles: string[];
    lockedByAdmin: boolean;
    lockedUntil: Date | null;
    failedLoginCount: number;
    passwordHash: string;
    mustChangePassword: boolean;
  }>,
): Promise<UserView> {
  assertAllowed(ctx.actor.roles, 'user.manage');
  await ctx.db.transaction().execute(async (trx) => {
    const user = found(await findUserById(trx, ctx.actor.agencyPath, id), '用户');
    if (user.id === ctx.actor.userId && action === 'lock') {
      throw new AppError('VALIDATION_FAILED', '不能锁定自己的账号');
    }
    await trx
      .updateTable('appUser')
      .set({ ...values, updatedAt: new Date() })
      .where('id', '=', user.id)
      .execute();
    if (action !== 'update') await deleteSessionsOfUser(trx, user.id);
    await appendRecord(trx, ctx.actor, {
      agencyId: user.agencyId,
      objectType: 'user',
      objectId: user.id,
      action,
      change,
    });
  });
  return toUserView(found(await findUserById(ctx.db, ctx.actor.agencyPath, id), '用户'));
}

export function updateUser(ctx: ServiceContext, id: string, patch: UserPatch) {
  const roles = patch.roles && [...new Set(patch.roles)];
  return changeAccount(ctx, id, 'update', { ...patch }, { displayName: patch.displayName, roles });
}

export function lockUser(ctx: ServiceContext, id: string) {
  return changeAccount(ctx, id, 'lock', {}, { lockedByAdmin: true });
}

export function unlockUser(ctx: ServiceContext, id: string) {
  return changeAccount(
    ctx,
    id,
    'unlock',
    {},
    { lockedByAdmin: false, lockedUntil: null, failedLoginCount: 0 },
  );
}

export async function resetPassword(ctx: ServiceContext, id: string) {
  const temporaryPassword = generateTemporaryPassword();
  await changeAccount(
    ctx,
    id,
    'resetPassword',
    {},
    { passwordHash: await hashPassword(temporaryPassword), mustChangePassword: true },
  );
  return { temporaryPassword };
}
