import { sql } from 'kysely';
import type { Db } from '../../storage/database.js';
import type { AgencyRow, UnitRow } from '../../storage/tables.js';

/** Subquery: a `like` pattern matching the agency's path and every path below it. */
export function subtreeOf(db: Db, agencyId: string) {
  return db
    .selectFrom('agency as chosen')
    .select(sql<string>`chosen.path || '%'`.as('prefix'))
    .where('chosen.id', '=', agencyId);
}

/** Subquery: the ids of every agency at or below the given path. */
export function agencyIdsUnder(db: Db, agencyPath: string) {
  return db.selectFrom('agency').select('agency.id').where('agency.path', 'like', `${agencyPath}%`);
}

export async function listAgencies(db: Db, scopePath: string): Promise<AgencyRow[]> {
  return db
    .selectFrom('agency')
    .selectAll()
    .where('path', 'like', `${scopePath}%`)
    .orderBy('path')
    .execute();
}

export async function findAgency(
  db: Db,
  scopePath: string,
  id: string,
): Promise<AgencyRow | undefined> {
  return db
    .selectFrom('agency')
    .selectAll()
    .where('id', '=', id)
    .where('path', 'like', `${scopePath}%`)
    .executeTakeFirst();
}

export async function findAgencyByName(
  db: Db,
  scopePath: string,
  name: string,
): Promise<AgencyRow | undefined> {
  return db
    .selectFrom('agency')
    .selectAll()
    .where('name', '=', name)
    .where('path', 'like', `${scopePath}%`)
    .executeTakeFirst();
}

export async function listUnitsOf(db: Db, agencyIds: readonly string[]): Promise<UnitRow[]> {
  if (agencyIds.length === 0) return [];
  return db
    .selectFrom('unit')
    .selectAll()
    .where('agencyId', 'in', agencyIds)
    .orderBy('name')
    .execute();
}

export async function findUnit(db: Db, scopePath: string, id: string) {
  return db
    .selectFrom('unit')
    .innerJoin('agency', 'agency.id', 'unit.agencyId')
    .selectAll('unit')
    .where('unit.id', '=', id)
    .where('agency.path', 'like', `${scopePath}%`)
    .executeTakeFirst();
}

export async function countAgencies(db: Db): Promise<number> {
  const { count } = await db
    .selectFrom('agency')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}
