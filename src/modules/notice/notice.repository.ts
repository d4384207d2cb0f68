import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../storage/database.js';
import type {
  HearingRecordTable,
  HearingTable,
  PartyResponseTable,
  PriorNoticeTable,
  StatementReviewTable,
} from '../../storage/tables/review-and-decision.js';

export type NoticeRow = Selectable<PriorNoticeTable>;
export type ResponseRow = Selectable<PartyResponseTable>;

export async function listNotices(db: Db, caseId: string): Promise<NoticeRow[]> {
  return db
    .selectFrom('priorNotice')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('sequence', 'desc')
    .execute();
}

/** The notice in force: a later notice replaces the earlier one's proposal and periods. */
export async function latestNotice(db: Db, caseId: string): Promise<NoticeRow | undefined> {
  return (await listNotices(db, caseId))[0];
}

export async function insertNotice(db: Db, values: Insertable<PriorNoticeTable>) {
  return db.insertInto('priorNotice').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function listResponses(db: Db, caseId: string) {
  return db
    .selectFrom('partyResponse')
    .leftJoin('statementReview', 'statementReview.responseId', 'partyResponse.id')
    .selectAll('partyResponse')
    .select(['statementReview.adoption', 'statementReview.reasoning'])
    .where('partyResponse.caseId', '=', caseId)
    .orderBy('partyResponse.createdAt')
    .execute();
}
export type ResponseWithReview = Awaited<ReturnType<typeof listResponses>>[number];

export async function insertResponse(db: Db, values: Insertable<PartyResponseTable>) {
  return db.insertInto('partyResponse').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertStatementReview(
  db: Db,
  values: Insertable<StatementReviewTable>,
): Promise<void> {
  await db.insertInto('statementReview').values(values).execute();
}

export async function listHearings(db: Db, caseId: string) {
  return db
    .selectFrom('hearing')
    .innerJoin('officer', 'officer.id', 'hearing.chairOfficerId')
    .leftJoin('hearingRecord', 'hearingRecord.hearingId', 'hearing.id')
    .selectAll('hearing')
    .select([
      'officer.name as chairName',
      'hearingRecord.attendance',
      'hearingRecord.outcome',
      'hearingRecord.investigatorsStatement',
      'hearingRecord.partyStatement',
      'hearingRecord.crossExamination',
      'hearingRecord.partySigned',
      'hearingRecord.refusalNote',
      'hearingRecord.report',
      'hearingRecord.createdAt as recordedAt',
    ])
    .where('hearing.caseId', '=', caseId)
    .orderBy('hearing.createdAt', 'desc')
    .execute();
}
export type HearingWithRecord = Awaited<ReturnType<typeof listHearings>>[number];

export async function insertHearing(db: Db, values: Insertable<HearingTable>) {
  return db.insertInto('hearing').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertHearingRecord(
  db: Db,
  values: Insertable<HearingRecordTable>,
): Promise<void> {
  await db.insertInto('hearingRecord').values(values).execute();
}

/** 经过听证程序: a hearing was actually held (not waived, not postponed). */
export async function hearingHeld(db: Db, caseId: string): Promise<boolean> {
  const held = await db
    .selectFrom('hearingRecord')
    .select('hearingId')
    .where('caseId', '=', caseId)
    .where('outcome', '=', 'held')
    .executeTakeFirst();
  return held !== undefined;
}
