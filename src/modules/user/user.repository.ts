import type { Db } from '../../storage/database.js';

export function usersInScope(db: Db, scopePath: string) {
  return db
    .selectFrom('appUser')
    .innerJoin('agency', 'agency.id', 'appUser.agencyId')
    .leftJoin('certificate', (join) =>
      join
        .onRef('certificate.officerId', '=', 'appUser.officerId')
        .on('certificate.status', '=', 'valid'),
    )
    .where('agency.path', 'like', `${scopePath}%`)
    .selectAll('appUser')
    .select(['agency.name as agencyName', 'agency.path as agencyPath'])
    .select((eb) => eb.fn.max('certificate.number').as('certificateNumber'))
    .groupBy(['appUser.id', 'agency.name', 'agency.path']);
}

export type UserWithAgency = NonNullable<Awaited<ReturnType<typeof findUserById>>>;

export async function findUserById(db: Db, scopePath: string, id: string) {
  return usersInScope(db, scopePath).where('appUser.id', '=', id).executeTakeFirst();
}

export async function findUserByUsername(db: Db, username: string) {
  return usersInScope(db, '/').where('appUser.username', '=', username).executeTakeFirst();
}

export async function listUsers(db: Db, scopePath: string) {
  return usersInScope(db, scopePath).orderBy('agency.path').orderBy('appUser.username').execute();
}

export async function countUsers(db: Db): Promise<number> {
  const { count } = await db
    .selectFrom('appUser')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}
