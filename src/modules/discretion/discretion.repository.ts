import { sql } from 'kysely';
import type { Db } from '../../storage/database.js';
import type { DiscretionAssessmentTable } from '../../storage/tables/discretion.js';
import type { Insertable } from 'kysely';

export async function insertAssessment(trx: Db, values: Insertable<DiscretionAssessmentTable>) {
  return trx
    .insertInto('discretionAssessment')
    .values(values)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listAssessments(db: Db, caseId: string) {
  return db
    .selectFrom('discretionAssessment')
    .innerJoin('appUser', 'appUser.id', 'discretionAssessment.createdBy')
    .selectAll('discretionAssessment')
    .select('appUser.displayName as createdByName')
    .where('caseId', '=', caseId)
    .orderBy('discretionAssessment.createdAt', 'desc')
    .orderBy('discretionAssessment.id')
    .execute();
}

export type AssessmentRow = Awaited<ReturnType<typeof listAssessments>>[number];

export async function latestAssessment(db: Db, caseId: string) {
  return db
    .selectFrom('discretionAssessment')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

export async function findAssessment(db: Db, id: string) {
  return db.selectFrom('discretionAssessment').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface PartyIdentity {
  idNumber?: string | undefined;
  creditCode?: string | undefined;
  plate?: string | null | undefined;
}

/**
 * The party's earlier cases of the same violation within `scopePath`: matched by ID number,
 * credit code or plate, with a decision made (an open case has not established anything yet)
 * other than 违法事实不能成立, for an act before this one.
 */
export async function priorCasesOfParty(
  db: Db,
  query: {
    scopePath: string;
    excludeCaseId: string;
    party: PartyIdentity;
    violationCode: string;
    actBefore: string;
  },
) {
  const { party } = query;
  const keys = [
    party.idNumber && sql<boolean>`penalty_case.party ->> 'idNumber' = ${party.idNumber}`,
    party.creditCode && sql<boolean>`penalty_case.party ->> 'creditCode' = ${party.creditCode}`,
    party.plate && sql<boolean>`penalty_case.plate = ${party.plate}`,
  ].filter((key) => typeof key === 'object');
  if (keys.length === 0) return [];
  return db
    .selectFrom('penaltyCase')
    .innerJoin('agency', 'agency.id', 'penaltyCase.agencyId')
    .innerJoin('decision', 'decision.caseId', 'penaltyCase.id')
    .innerJoin('discretionAssessment', 'discretionAssessment.id', 'decision.assessmentId')
    .where('agency.path', 'like', `${query.scopePath}%`)
    .where('penaltyCase.id', '<>', query.excludeCaseId)
    .where('penaltyCase.actEndDate', '<', query.actBefore)
    .where('discretionAssessment.violationCode', '=', query.violationCode)
    .where((eb) =>
      eb.or([
        eb('decision.noPenaltyGround', 'is', null),
        eb('decision.noPenaltyGround', '<>', 'factsNotEstablished'),
      ]),
    )
    .where(sql<boolean>`(${sql.join(keys, sql` or `)})`)
    .select(['penaltyCase.id as caseId', 'penaltyCase.caseNumber'])
    .orderBy('penaltyCase.actEndDate')
    .execute();
}

/** Decided fines with the assessment each rests on, in scope: the peers of 类案同罚. */
function decidedFines(db: Db, scopePath: string) {
  return db
    .selectFrom('decision')
    .innerJoin('discretionAssessment', 'discretionAssessment.id', 'decision.assessmentId')
    .innerJoin('penaltyCase', 'penaltyCase.id', 'decision.caseId')
    .innerJoin('agency', 'agency.id', 'penaltyCase.agencyId')
    .where('agency.path', 'like', `${scopePath}%`)
    .where('decision.kind', '=', 'penalty')
    .where('decision.fineFen', '>', 0);
}

export async function peerFines(
  db: Db,
  query: {
    scopePath: string;
    violationCode: string;
    tierName: string | null;
    excludeCaseId: string;
  },
): Promise<number[]> {
  const rows = await decidedFines(db, query.scopePath)
    .where('discretionAssessment.violationCode', '=', query.violationCode)
    .where((eb) =>
      query.tierName === null
        ? eb('discretionAssessment.tierName', 'is', null)
        : eb('discretionAssessment.tierName', '=', query.tierName),
    )
    .where('decision.caseId', '<>', query.excludeCaseId)
    .select('decision.fineFen')
    .execute();
  return rows.map((row) => Number(row.fineFen));
}

/** Every decided fine in scope with its violation, tier and benchmark range (督办 list). */
export async function decidedFinesInScope(db: Db, scopePath: string) {
  const rows = await decidedFines(db, scopePath)
    .select([
      'decision.caseId',
      'penaltyCase.caseNumber',
      'agency.name as agencyName',
      'decision.decidedOn',
      'decision.fineFen',
      'decision.deviationReason',
      'discretionAssessment.violationCode',
      'discretionAssessment.tierName',
      'discretionAssessment.rangeMinFen',
      'discretionAssessment.rangeMaxFen',
      'discretionAssessment.result',
    ])
    .orderBy('decision.decidedOn', 'desc')
    .execute();
  return rows.map((row) => ({ ...row, fineFen: Number(row.fineFen) }));
}

export async function agencyPath(db: Db, agencyId: string): Promise<string> {
  const row = await db
    .selectFrom('agency')
    .select('path')
    .where('id', '=', agencyId)
    .executeTakeFirstOrThrow();
  return row.path;
}

export async function caseEvidenceIds(db: Db, caseId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('evidence').select('id').where('caseId', '=', caseId).execute();
  return new Set(rows.map((row) => row.id));
}

export async function setCasePlate(trx: Db, caseId: string, plate: string): Promise<void> {
  await trx.updateTable('penaltyCase').set({ plate }).where('id', '=', caseId).execute();
}
