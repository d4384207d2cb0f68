import { sql } from 'kysely';
import type { Db } from '../../storage/database.js';

export function leadsInScope(db: Db, scopePath: string) {
  return db
    .selectFrom('lead')
    .innerJoin('agency', 'agency.id', 'lead.agencyId')
    .where('agency.path', 'like', `${scopePath}%`)
    .selectAll('lead')
    .select('agency.name as agencyName');
}

export async function findLead(db: Db, scopePath: string, id: string) {
  return leadsInScope(db, scopePath).where('lead.id', '=', id).executeTakeFirst();
}

export function casesInScope(db: Db, scopePath: string) {
  return db
    .selectFrom('penaltyCase')
    .innerJoin('agency', 'agency.id', 'penaltyCase.agencyId')
    .where('agency.path', 'like', `${scopePath}%`)
    .selectAll('penaltyCase')
    .select(['agency.name as agencyName', 'agency.shortName as agencyShortName']);
}

export type CaseWithAgency = NonNullable<Awaited<ReturnType<typeof findCase>>>;

export async function findCase(db: Db, scopePath: string, id: string) {
  return casesInScope(db, scopePath).where('penaltyCase.id', '=', id).executeTakeFirst();
}

export async function listCaseOfficers(db: Db, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('caseOfficer')
    .innerJoin('officer', 'officer.id', 'caseOfficer.officerId')
    .select(['caseOfficer.caseId', 'officer.id', 'officer.name'])
    .where('caseOfficer.caseId', 'in', caseIds)
    .orderBy('officer.name')
    .execute();
}

export async function listRecusals(db: Db, caseId: string) {
  return db
    .selectFrom('recusal')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('createdAt')
    .execute();
}

/**
 * Takes the next serial of an agency's year. The row lock of the upsert serialises
 * concurrent approvals, and a rolled-back approval gives its number back with it, so numbers
 * are unique and none is skipped or reused.
 */
export async function takeCaseSerial(db: Db, agencyId: string, year: number): Promise<number> {
  const { rows } = await sql<{ lastSerial: number }>`
    insert into case_number_counter (agency_id, year, last_serial) values (${agencyId}, ${year}, 1)
    on conflict (agency_id, year)
      do update set last_serial = case_number_counter.last_serial + 1
    returning last_serial`.execute(db);
  const serial = rows[0]?.lastSerial;
  if (serial === undefined) throw new Error('case number counter returned no row');
  return serial;
}
