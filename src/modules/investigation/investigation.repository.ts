import type { Insertable, Updateable } from 'kysely';
import type { CertificateFacts, EnforcementCategory } from '../../domain/certificate.js';
import type { OfficerFacts } from '../../domain/case/investigation.js';
import type { Db } from '../../storage/database.js';
import type {
  CompulsoryMeasureTable,
  CorrectionOrderTable,
  EvidencePreservationTable,
  TranscriptTable,
} from '../../storage/tables/investigation.js';
import type { EvidenceTable } from '../../storage/tables.js';
import { listCertificatesOf } from '../officer/officer.repository.js';

/** The tables whose rows are reached by their own id (/preservations/{id}, /measures/{id}). */
type CaseItemTable = 'evidencePreservation' | 'compulsoryMeasure';

/** The case an item belongs to, when that case is within the actor's scope. */
export async function caseIdOfItem(
  db: Db,
  table: CaseItemTable,
  scopePath: string,
  id: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom(table)
    .innerJoin('penaltyCase', 'penaltyCase.id', `${table}.caseId`)
    .innerJoin('agency', 'agency.id', 'penaltyCase.agencyId')
    .select('penaltyCase.id as caseId')
    .where(`${table}.id`, '=', id)
    .where('agency.path', 'like', `${scopePath}%`)
    .executeTakeFirst();
  return row?.caseId;
}

export async function listTranscripts(db: Db, caseId: string) {
  return db
    .selectFrom('transcript')
    .innerJoin('evidence', 'evidence.id', 'transcript.evidenceId')
    .innerJoin('officer', 'officer.id', 'transcript.recorderOfficerId')
    .selectAll('transcript')
    .select(['evidence.type as evidenceType', 'officer.name as recorderName'])
    .where('transcript.caseId', '=', caseId)
    .orderBy('transcript.createdAt')
    .orderBy('transcript.id')
    .execute();
}
export type TranscriptWithNames = Awaited<ReturnType<typeof listTranscripts>>[number];

export async function listTranscriptAttachments(db: Db, caseId: string) {
  return db
    .selectFrom('transcriptAttachment')
    .innerJoin('transcript', 'transcript.id', 'transcriptAttachment.transcriptId')
    .innerJoin('evidence', 'evidence.id', 'transcriptAttachment.evidenceId')
    .select(['transcriptAttachment.transcriptId', 'evidence.id as evidenceId', 'evidence.title'])
    .where('transcript.caseId', '=', caseId)
    .orderBy('evidence.collectedAt')
    .execute();
}

export async function findTranscript(db: Db, caseId: string, id: string) {
  return db
    .selectFrom('transcript')
    .selectAll()
    .where('caseId', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The ids among `ids` that are evidence of this case. */
export async function evidenceIdsOfCase(db: Db, caseId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('evidence')
    .select('id')
    .where('caseId', '=', caseId)
    .where('id', 'in', ids)
    .execute();
  return rows.map((row) => row.id);
}

/** A 笔录 is evidence too: its evidence row lists it, its content stays in the transcript. */
export async function insertTranscript(
  trx: Db,
  evidence: Insertable<EvidenceTable>,
  transcript: Omit<Insertable<TranscriptTable>, 'evidenceId'>,
  attachmentIds: readonly string[],
) {
  const { id: evidenceId } = await trx
    .insertInto('evidence')
    .values(evidence)
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id } = await trx
    .insertInto('transcript')
    .values({ ...transcript, evidenceId })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (attachmentIds.length > 0) {
    await trx
      .insertInto('transcriptAttachment')
      .values(attachmentIds.map((attachment) => ({ transcriptId: id, evidenceId: attachment })))
      .execute();
  }
  return { id, evidenceId };
}

/** The officers with their certificates, for the certificate check and the numbers printed. */
export async function officerFacts(db: Db, officerIds: readonly string[]): Promise<OfficerFacts[]> {
  if (officerIds.length === 0) return [];
  const officers = await db
    .selectFrom('officer')
    .select(['id', 'name'])
    .where('id', 'in', officerIds)
    .execute();
  const certificates = await listCertificatesOf(db, officerIds);
  const byId = new Map(officers.map((officer) => [officer.id, officer]));
  return officerIds.flatMap((id) => {
    const officer = byId.get(id);
    if (!officer) return [];
    const held = certificates.filter((certificate) => certificate.officerId === id);
    return [
      {
        ...officer,
        certificates: held.map((row): CertificateFacts => ({
          ...row,
          categories: row.categories as EnforcementCategory[],
          status: row.status as CertificateFacts['status'],
        })),
      },
    ];
  });
}

export async function listPreservations(db: Db, caseId: string) {
  return db
    .selectFrom('evidencePreservation')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

/** Locked for the decision, so that two heads cannot decide the same request at once. */
export async function lockPreservation(trx: Db, id: string) {
  return trx
    .selectFrom('evidencePreservation')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function insertPreservation(trx: Db, values: Insertable<EvidencePreservationTable>) {
  return trx
    .insertInto('evidencePreservation')
    .values(values)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updatePreservation(
  trx: Db,
  id: string,
  values: Updateable<EvidencePreservationTable>,
) {
  return trx
    .updateTable('evidencePreservation')
    .set(values)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listMeasures(db: Db, caseId: string) {
  return db
    .selectFrom('compulsoryMeasure')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

export async function lockMeasure(trx: Db, id: string) {
  return trx
    .selectFrom('compulsoryMeasure')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function insertMeasure(trx: Db, values: Insertable<CompulsoryMeasureTable>) {
  return trx
    .insertInto('compulsoryMeasure')
    .values(values)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateMeasure(
  trx: Db,
  id: string,
  values: Updateable<CompulsoryMeasureTable>,
) {
  return trx
    .updateTable('compulsoryMeasure')
    .set(values)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listCorrectionOrders(db: Db, caseId: string) {
  return db
    .selectFrom('correctionOrder')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

/** Open preservations and measures of the given cases, for the 督办 board. */
export async function listOpenPreservations(db: Db, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('evidencePreservation')
    .selectAll()
    .where('caseId', 'in', caseIds)
    .where('status', '=', 'approved')
    .where('handling', 'is', null)
    .execute();
}

export async function listOpenMeasures(db: Db, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('compulsoryMeasure')
    .selectAll()
    .where('caseId', 'in', caseIds)
    .where('implementedAt', 'is not', null)
    .where('liftedOn', 'is', null)
    .execute();
}

export async function insertCorrectionOrder(trx: Db, values: Insertable<CorrectionOrderTable>) {
  return trx.insertInto('correctionOrder').values(values).returningAll().executeTakeFirstOrThrow();
}
