import { sql } from 'kysely';
import type { Db } from '../../storage/database.js';
import { containsPattern } from '../../storage/like-pattern.js';
import { subtreeOf } from '../agency/agency.repository.js';

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

export interface CaseFilter {
  stages?: readonly string[] | undefined;
  /** A case officer of the case. */
  officerId?: string | undefined;
  /** Words of the 案由, the case number or the party's name. */
  q?: string | undefined;
  /** This agency and the agencies below it. */
  agencyId?: string | undefined;
  filedFrom?: string | undefined;
  filedTo?: string | undefined;
  ids?: readonly string[] | undefined;
  leadId?: string | undefined;
}

export function filterCases(db: Db, scopePath: string, filter: CaseFilter) {
  let query = casesInScope(db, scopePath);
  if (filter.stages) query = query.where('penaltyCase.stage', 'in', filter.stages);
  if (filter.officerId) {
    query = query.where('penaltyCase.id', 'in', casesHandledBy(db, filter.officerId));
  }
  if (filter.agencyId) {
    query = query.where('agency.path', 'like', subtreeOf(db, filter.agencyId));
  }
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    query = query.where((eb) =>
      eb.or([
        eb('penaltyCase.cause', 'like', pattern),
        eb('penaltyCase.caseNumber', 'like', pattern),
        eb(sql<string>`penalty_case.party ->> 'name'`, 'like', pattern),
      ]),
    );
  }
  if (filter.filedFrom) query = query.where('penaltyCase.filingDate', '>=', filter.filedFrom);
  if (filter.filedTo) query = query.where('penaltyCase.filingDate', '<=', filter.filedTo);
  if (filter.ids) query = query.where('penaltyCase.id', 'in', filter.ids);
  if (filter.leadId) query = query.where('penaltyCase.leadId', '=', filter.leadId);
  return query;
}

/** The ids of the cases an officer handles (is a case officer of), as a subquery. */
export function casesHandledBy(db: Db, officerId: string) {
  return db
    .selectFrom('caseOfficer')
    .select('caseOfficer.caseId')
    .where('officerId', '=', officerId);
}

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

/** 回避 requests in scope still waiting for the head's decision, oldest first. */
export async function pendingRecusalsInScope(db: Db, scopePath: string) {
  return db
    .selectFrom('recusal')
    .innerJoin('penaltyCase', 'penaltyCase.id', 'recusal.caseId')
    .innerJoin('agency', 'agency.id', 'penaltyCase.agencyId')
    .innerJoin('officer', 'officer.id', 'recusal.officerId')
    .where('agency.path', 'like', `${scopePath}%`)
    .where('recusal.status', '=', 'pending')
    .select([
      'recusal.caseId',
      'recusal.createdAt',
      'officer.name as officerName',
      'penaltyCase.caseNumber',
      'penaltyCase.cause',
    ])
    .orderBy('recusal.createdAt')
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
