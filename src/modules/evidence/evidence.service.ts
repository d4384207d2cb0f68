import type { Readable } from 'node:stream';
import { AppError } from '../../domain/app-error.js';
import { evidenceTypeLabels, type EvidenceType } from '../../domain/case/evidence.js';
import { assertAllowed } from '../../domain/permission.js';
import type { BlobStore, StoredBlob } from '../../storage/blob-store.js';
import type { EvidenceRow } from '../../storage/tables.js';
import { assertCaseOfficer } from '../case/case-flow.js';
import { findCase } from '../case/case.repository.js';
import type { ServiceContext } from '../context.js';
import { found } from '../not-found.js';
import { appendRecord } from '../record/record.repository.js';
import { refuseOnViolations } from '../rule-violations.js';
import type { EvidenceFields, EvidenceView } from './evidence.schemas.js';

export interface UploadedFile {
  name: string;
  mediaType: string;
  content: Readable | Buffer;
}

/**
 * 调查取证: a case officer records an item of evidence during the investigation. Its file is
 * stored by content hash first (storing is idempotent, so an aborted registration leaves
 * nothing that matters); the row and its record entry are then written together.
 */
export async function addEvidence(
  ctx: ServiceContext,
  blobStore: BlobStore,
  caseId: string,
  fields: EvidenceFields,
  file: UploadedFile | null,
): Promise<EvidenceView> {
  assertAllowed(ctx.actor.roles, 'case.handle');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, caseId), '案件');
  refuseOnViolations([
    penaltyCase.stage === 'investigating'
      ? null
      : {
          code: 'EVIDENCE_OUTSIDE_INVESTIGATION',
          article: '行政处罚法第五十四条',
          message: '只能在立案后的调查取证阶段登记证据（行政处罚法第五十四条）。',
        },
  ]);
  await assertCaseOfficer(ctx.db, ctx, penaltyCase.id, '登记证据');
  const stored = file ? await blobStore.put(file.content, { mediaType: file.mediaType }) : null;
  const row = await ctx.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('evidence')
      .values({
        caseId: penaltyCase.id,
        type: fields.type,
        title: fields.title,
        description: fields.description ?? null,
        collectedAt: new Date(fields.collectedAt),
        ...fileColumns(stored, file),
        createdBy: ctx.actor.userId ?? '',
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendRecord(trx, ctx.actor, {
      agencyId: penaltyCase.agencyId,
      objectType: 'case',
      objectId: penaltyCase.id,
      action: 'addEvidence',
      change: { evidenceId: inserted.id, ...fields, fileSha256: stored?.sha256 ?? null },
    });
    return inserted;
  });
  return toEvidenceView(row);
}

function fileColumns(stored: StoredBlob | null, file: UploadedFile | null) {
  return {
    fileSha256: stored?.sha256 ?? null,
    fileName: file?.name ?? null,
    mediaType: stored?.mediaType ?? null,
    size: stored?.size ?? null,
  };
}

export async function listEvidence(ctx: ServiceContext, caseId: string): Promise<EvidenceView[]> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, caseId), '案件');
  const rows = await ctx.db
    .selectFrom('evidence')
    .selectAll()
    .where('caseId', '=', penaltyCase.id)
    .orderBy('createdAt')
    .execute();
  return rows.map(toEvidenceView);
}

/** The evidence file, verified against its hash while it streams. */
export async function openEvidenceFile(ctx: ServiceContext, blobStore: BlobStore, id: string) {
  assertAllowed(ctx.actor.roles, 'case.read');
  const evidence = found(
    await ctx.db.selectFrom('evidence').selectAll().where('id', '=', id).executeTakeFirst(),
    '证据',
  );
  found(await findCase(ctx.db, ctx.actor.agencyPath, evidence.caseId), '证据');
  if (!evidence.fileSha256) throw new AppError('NOT_FOUND', '该证据没有上传文件');
  return {
    stream: await blobStore.open(evidence.fileSha256),
    name: evidence.fileName ?? evidence.fileSha256,
    mediaType: evidence.mediaType ?? 'application/octet-stream',
    size: evidence.size ?? 0,
  };
}

function toEvidenceView(row: EvidenceRow): EvidenceView {
  const type = row.type as EvidenceType;
  return {
    id: row.id,
    caseId: row.caseId,
    type,
    typeLabel: evidenceTypeLabels[type],
    title: row.title,
    description: row.description,
    collectedAt: row.collectedAt.toISOString(),
    file: row.fileSha256
      ? {
          sha256: row.fileSha256,
          name: row.fileName ?? '',
          mediaType: row.mediaType ?? '',
          size: row.size ?? 0,
        }
      : null,
    createdAt: row.createdAt.toISOString(),
  };
}
