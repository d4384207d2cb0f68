import { sql } from 'kysely';
import type { Db } from '../../storage/database.js';

export function rangesInScope(db: Db, scopePath: string) {
  return db
    .selectFrom('formNumberRange')
    .innerJoin('agency', 'agency.id', 'formNumberRange.agencyId')
    .innerJoin('officer', 'officer.id', 'formNumberRange.officerId')
    .where('agency.path', 'like', `${scopePath}%`)
    .selectAll('formNumberRange')
    .select(['agency.name as agencyName', 'officer.name as officerName']);
}

export type RangeRow = NonNullable<Awaited<ReturnType<typeof findRange>>>;

export async function findRange(db: Db, scopePath: string, id: string) {
  return rangesInScope(db, scopePath).where('formNumberRange.id', '=', id).executeTakeFirst();
}

/** The agency's ranges of one series, after locking the agency row against concurrent issue. */
export async function lockedRangesOfSeries(db: Db, agencyId: string, series: string) {
  await db.selectFrom('agency').select('id').where('id', '=', agencyId).forUpdate().execute();
  return db
    .selectFrom('formNumberRange')
    .selectAll()
    .where('agencyId', '=', agencyId)
    .where('series', '=', series)
    .execute();
}

export async function listRangeUses(db: Db, rangeIds: readonly string[]) {
  if (rangeIds.length === 0) return [];
  return db
    .selectFrom('formNumberUse')
    .leftJoin('summaryDecision', (join) =>
      join
        .onRef('summaryDecision.rangeId', '=', 'formNumberUse.rangeId')
        .onRef('summaryDecision.formNumber', '=', 'formNumberUse.number'),
    )
    .selectAll('formNumberUse')
    .select('summaryDecision.id as decisionId')
    .where('formNumberUse.rangeId', 'in', rangeIds)
    .orderBy('formNumberUse.number')
    .execute();
}

export function decisionsInScope(db: Db, scopePath: string) {
  return db
    .selectFrom('summaryDecision')
    .innerJoin('agency', 'agency.id', 'summaryDecision.agencyId')
    .leftJoin('summaryFiling', 'summaryFiling.decisionId', 'summaryDecision.id')
    .where('agency.path', 'like', `${scopePath}%`)
    .selectAll('summaryDecision')
    .select([
      'agency.name as agencyName',
      'agency.address as agencyAddress',
      'summaryFiling.filedOn',
      'summaryFiling.late as filedLate',
      'summaryFiling.lateReason',
    ]);
}

export type SummaryDecisionRow = NonNullable<Awaited<ReturnType<typeof findSummaryDecision>>>;

export async function findSummaryDecision(db: Db, scopePath: string, id: string) {
  return decisionsInScope(db, scopePath).where('summaryDecision.id', '=', id).executeTakeFirst();
}

export async function listDecisionOfficers(db: Db, decisionIds: readonly string[]) {
  if (decisionIds.length === 0) return [];
  return db
    .selectFrom('summaryDecisionOfficer')
    .innerJoin('officer', 'officer.id', 'summaryDecisionOfficer.officerId')
    .select(['summaryDecisionOfficer.decisionId', 'officer.id', 'officer.name'])
    .where('summaryDecisionOfficer.decisionId', 'in', decisionIds)
    .orderBy('officer.name')
    .execute();
}

/** The ids of the decisions an officer took part in, as a subquery. */
export function decisionsOfOfficer(db: Db, officerId: string) {
  return db
    .selectFrom('summaryDecisionOfficer')
    .select('decisionId')
    .where('officerId', '=', officerId);
}

/**
 * Counts per agency of the decisions made from `from` to `to` (inclusive, China dates); an
 * unfiled decision made before `unfiledOverdueBefore` is past its filing deadline.
 */
export async function countDecisionsByAgency(
  db: Db,
  scopePath: string,
  period: { from: string; to: string; unfiledOverdueBefore: string },
) {
  const decidedOn = sql<string>`(summary_decision.decided_at at time zone 'Asia/Shanghai')::date`;
  return db
    .selectFrom('summaryDecision')
    .innerJoin('agency', 'agency.id', 'summaryDecision.agencyId')
    .leftJoin('summaryFiling', 'summaryFiling.decisionId', 'summaryDecision.id')
    .where('agency.path', 'like', `${scopePath}%`)
    .where(decidedOn, '>=', period.from)
    .where(decidedOn, '<=', period.to)
    .groupBy(['agency.id', 'agency.name'])
    .orderBy('agency.name')
    .select((eb) => [
      'agency.id as agencyId',
      'agency.name as agencyName',
      eb.fn.countAll<number>().as('decisions'),
      sql<number>`count(*) filter (where summary_decision.penalty_kinds ? 'warning')`.as(
        'warnings',
      ),
      sql<number>`count(*) filter (where summary_decision.fine_fen > 0)`.as('fines'),
      sql<number>`coalesce(sum(summary_decision.fine_fen), 0)::bigint`.as('fineTotalFen'),
      sql<number>`count(*) filter (where summary_decision.receipt_number is not null)`.as(
        'collectedOnSpot',
      ),
      sql<number>`count(*) filter (where summary_filing.late)`.as('filedLate'),
      sql<number>`count(*) filter (where summary_filing.decision_id is null
        and ${decidedOn} < ${period.unfiledOverdueBefore})`.as('overdueUnfiled'),
    ])
    .execute();
}
