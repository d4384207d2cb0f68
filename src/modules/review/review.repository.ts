import type { Insertable, Selectable } from 'kysely';
import type { ProposedPenalty } from '../../domain/case/penalty.js';
import type { Db } from '../../storage/database.js';
import type {
  CollectiveDiscussionTable,
  InvestigationReportTable,
  LegalReviewOpinionTable,
  LegalReviewTable,
} from '../../storage/tables/review-and-decision.js';

export type ReportRow = Selectable<InvestigationReportTable>;
export type LegalReviewRow = Selectable<LegalReviewTable>;
export type DiscussionRow = Selectable<CollectiveDiscussionTable>;

/** The columns every stored proposal shares (report, notice, review round). */
export function proposalOf(row: {
  partyKind: ProposedPenalty['partyKind'];
  proposedKinds: ProposedPenalty['kinds'];
  fineFen: number;
  illegalGainsFen: number;
  illegalPropertyValueFen: number;
}): ProposedPenalty {
  return {
    partyKind: row.partyKind,
    kinds: row.proposedKinds,
    fineFen: row.fineFen,
    illegalGainsFen: row.illegalGainsFen,
    illegalPropertyValueFen: row.illegalPropertyValueFen,
  };
}

export function proposalColumns(proposal: ProposedPenalty) {
  return {
    partyKind: proposal.partyKind,
    proposedKinds: JSON.stringify(proposal.kinds),
    fineFen: proposal.fineFen,
    illegalGainsFen: proposal.illegalGainsFen,
    illegalPropertyValueFen: proposal.illegalPropertyValueFen,
  };
}

export async function listReports(db: Db, caseId: string): Promise<ReportRow[]> {
  return db
    .selectFrom('investigationReport')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('createdAt', 'desc')
    .execute();
}

/** The report the case stands on: reopening and closing again writes a newer one. */
export async function latestReport(db: Db, caseId: string): Promise<ReportRow | undefined> {
  return (await listReports(db, caseId))[0];
}

export async function insertReport(db: Db, values: Insertable<InvestigationReportTable>) {
  return db
    .insertInto('investigationReport')
    .values(values)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listLegalReviews(db: Db, caseId: string) {
  return db
    .selectFrom('legalReview')
    .leftJoin('legalReviewOpinion', 'legalReviewOpinion.reviewId', 'legalReview.id')
    .selectAll('legalReview')
    .select([
      'legalReviewOpinion.opinion',
      'legalReviewOpinion.comments',
      'legalReviewOpinion.reviewerOfficerId',
      'legalReviewOpinion.reviewerUserId',
      'legalReviewOpinion.reviewerName',
      'legalReviewOpinion.firstTime',
      'legalReviewOpinion.legalProfessionCertificate',
      'legalReviewOpinion.reviewedOn',
    ])
    .where('legalReview.caseId', '=', caseId)
    .orderBy('legalReview.round', 'desc')
    .execute();
}
export type LegalReviewWithOpinion = Awaited<ReturnType<typeof listLegalReviews>>[number];

export async function insertLegalReview(db: Db, values: Insertable<LegalReviewTable>) {
  return db.insertInto('legalReview').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertLegalReviewOpinion(
  db: Db,
  values: Insertable<LegalReviewOpinionTable>,
): Promise<void> {
  await db.insertInto('legalReviewOpinion').values(values).execute();
}

/** The reviewer's earlier opinions: none means this is their first review. */
export async function reviewerHistory(db: Db, userId: string) {
  const rows = await db
    .selectFrom('legalReviewOpinion')
    .select('legalProfessionCertificate')
    .where('reviewerUserId', '=', userId)
    .execute();
  return {
    reviewedBefore: rows.length > 0,
    certificate: rows.find((row) => row.legalProfessionCertificate)?.legalProfessionCertificate,
  };
}

export async function listDiscussions(db: Db, caseId: string): Promise<DiscussionRow[]> {
  return db
    .selectFrom('collectiveDiscussion')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('createdAt', 'desc')
    .execute();
}

export async function insertDiscussion(db: Db, values: Insertable<CollectiveDiscussionTable>) {
  return db
    .insertInto('collectiveDiscussion')
    .values(values)
    .returningAll()
    .executeTakeFirstOrThrow();
}
