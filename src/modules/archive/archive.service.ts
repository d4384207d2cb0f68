import { AppError } from '../../domain/app-error.js';
import { checkFileComplete } from '../../domain/case/case-file.js';
import {
  checkClosure,
  heldPropertyViolation,
  type ClosureFacts,
} from '../../domain/case/closure.js';
import type { CaseStage } from '../../domain/case/case-stage.js';
import type { PenaltyKind } from '../../domain/case/penalty.js';
import { chinaDate } from '../../domain/china-date.js';
import { assertAllowed } from '../../domain/permission.js';
import type { Db } from '../../storage/database.js';
import {
  assertCaseAction,
  assertCaseOfficer,
  assertNotCaseOfficer,
  moveCase,
  recordCaseAct,
  withCase,
} from '../case/case-flow.js';
import { findCase, type CaseWithAgency } from '../case/case.repository.js';
import type { ServiceContext } from '../context.js';
import { findDecision } from '../decision/decision.repository.js';
import { executionComplete } from '../execution/execution.repository.js';
import {
  listOpenMeasures,
  listOpenPreservations,
} from '../investigation/investigation.repository.js';
import { found } from '../not-found.js';
import { appendRecord } from '../record/record.repository.js';
import { refuseOnViolations } from '../rule-violations.js';
import {
  currentClosure,
  findArchive,
  listAnnotations,
  listClosures,
  type ClosureRow,
} from './archive.repository.js';
import type {
  CaseFileView,
  ClosureDecision,
  ClosureInput,
  ClosureView,
  SealCheck,
} from './archive.schemas.js';
import { assembleCaseFile, sealOf } from './case-file.js';

const closureStatusLabels: Record<ClosureView['status'], string> = {
  pending: '待负责人审批',
  approved: '已批准结案',
  returned: '已退回',
};

export async function getClosures(ctx: ServiceContext, caseId: string): Promise<ClosureView[]> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, caseId), '案件');
  return (await listClosures(ctx.db, penaltyCase.id)).map(toClosureView);
}

function toClosureView(row: ClosureRow): ClosureView {
  return {
    id: row.id,
    caseId: row.caseId,
    status: row.status,
    statusLabel: closureStatusLabels[row.status],
    summary: row.summary,
    executionSummary: row.executionSummary,
    proposedAt: row.proposedAt.toISOString(),
    headOpinion: row.headOpinion,
    decidedOn: row.decidedOn,
  };
}

/** Whether the decision is carried out and nothing of the party's is still held. */
async function closureViolations(trx: Db, penaltyCase: CaseWithAgency) {
  const decision = await findDecision(trx, penaltyCase.id);
  const stage = penaltyCase.stage as ClosureFacts['stage'];
  return [
    checkClosure({
      stage,
      decision: decision
        ? { kind: decision.kind, penaltyKinds: decision.penaltyKinds as PenaltyKind[] }
        : null,
      execution: stage === 'executing' ? await executionComplete(trx, penaltyCase.id) : null,
    }),
    heldPropertyViolation({
      measuresInForce: (await listOpenMeasures(trx, [penaltyCase.id])).length,
      preservationsUndecided: (await listOpenPreservations(trx, [penaltyCase.id])).length,
    }),
  ];
}

/** 结案报告: the case officers report the case carried out and ask the head to close it. */
export async function submitClosure(
  ctx: ServiceContext,
  caseId: string,
  input: ClosureInput,
): Promise<ClosureView[]> {
  await withCase(ctx, caseId, 'case.handle', async (trx, penaltyCase) => {
    assertCaseAction(penaltyCase, 'close');
    await assertCaseOfficer(trx, ctx, penaltyCase.id, '提交结案报告');
    if (await currentClosure(trx, penaltyCase.id)) {
      throw new AppError('CONFLICT', '本案已有待审批的结案报告');
    }
    refuseOnViolations(await closureViolations(trx, penaltyCase));
    const { id } = await trx
      .insertInto('caseClosure')
      .values({
        caseId: penaltyCase.id,
        summary: input.summary,
        executionSummary: input.executionSummary ?? null,
        proposedBy: ctx.actor.userId ?? '',
        proposedAt: new Date(),
        status: 'pending',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordCaseAct(trx, ctx, penaltyCase, 'submitClosure', { closureId: id, ...input });
  });
  return getClosures(ctx, caseId);
}

/** The head approves the 结案报告 (the case is closed) or returns it with the reasons. */
export async function decideClosure(
  ctx: ServiceContext,
  caseId: string,
  decision: ClosureDecision,
): Promise<ClosureView[]> {
  await withCase(ctx, caseId, 'case.approve', async (trx, penaltyCase) => {
    const closure = await currentClosure(trx, penaltyCase.id);
    if (closure?.status !== 'pending') throw new AppError('CONFLICT', '本案没有待审批的结案报告');
    await assertNotCaseOfficer(trx, ctx, penaltyCase.id, '批准结案');
    const change = { closureId: closure.id, ...decision };
    if (decision.approved) {
      refuseOnViolations(await closureViolations(trx, penaltyCase));
      await moveCase(trx, ctx, penaltyCase, 'close', {}, change);
    } else {
      await recordCaseAct(trx, ctx, penaltyCase, 'returnClosure', change);
    }
    await trx
      .updateTable('caseClosure')
      .set({
        status: decision.approved ? 'approved' : 'returned',
        headOpinion: decision.opinion,
        decidedBy: ctx.actor.userId,
        decidedOn: chinaDate(),
      })
      .where('id', '=', closure.id)
      .execute();
  });
  return getClosures(ctx, caseId);
}

/** The case file: its 卷内目录, what it lacks, its seal once archived, and the remarks. */
export async function getCaseFile(
  ctx: ServiceContext,
  caseId: string,
  options: { pages: boolean },
): Promise<CaseFileView> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, caseId), '案件');
  const archive = await findArchive(ctx.db, penaltyCase.id);
  const annotations = (await listAnnotations(ctx.db, penaltyCase.id)).map((annotation) => ({
    id: annotation.id,
    text: annotation.text,
    createdBy: annotation.createdByName ?? '系统',
    createdAt: annotation.createdAt.toISOString(),
  }));
  if (archive) {
    return {
      caseId: penaltyCase.id,
      stage: penaltyCase.stage as CaseStage,
      entries: archive.fileIndex,
      gaps: [],
      archivable: false,
      archive: {
        archivedAt: archive.archivedAt.toISOString(),
        archivedBy: archive.archivedByName ?? '',
        sealSha256: archive.sealSha256,
        documents: archive.documents,
      },
      annotations,
    };
  }
  const file = await assembleCaseFile(ctx, penaltyCase, options);
  return {
    caseId: penaltyCase.id,
    stage: penaltyCase.stage as CaseStage,
    entries: file.entries,
    gaps: file.gaps,
    archivable: file.gaps.length === 0,
    archive: null,
    annotations,
  };
}

/**
 * 归档: a complete file is sealed — its index and the digest of every document's content and
 * every item of evidence are recorded, and the case becomes `archived`, after which nothing of
 * it changes (the database refuses) except appended remarks.
 */
export async function archiveCase(ctx: ServiceContext, caseId: string): Promise<CaseFileView> {
  assertAllowed(ctx.actor.roles, 'case.archive');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, caseId), '案件');
  assertCaseAction(penaltyCase, 'archive');
  // Rendering reads through the pool, so the file is assembled before the transaction opens.
  const file = await assembleCaseFile(ctx, penaltyCase, { pages: true });
  refuseOnViolations([checkFileComplete(file.gaps)]);
  const sealSha256 = sealOf(penaltyCase, file, file.entries);
  await withCase(ctx, caseId, 'case.archive', async (trx, current) => {
    if (current.updatedAt.getTime() !== penaltyCase.updatedAt.getTime()) {
      throw new AppError('CONFLICT', '案件刚刚有变动，请刷新后重新归档');
    }
    await trx
      .insertInto('caseArchive')
      .values({
        caseId: current.id,
        fileIndex: JSON.stringify(file.entries),
        documents: JSON.stringify(
          file.documents.map(({ code, itemId, label, sha256 }) => ({
            code,
            itemId,
            title: label,
            sha256,
          })),
        ),
        sealSha256,
        archivedBy: ctx.actor.userId ?? '',
      })
      .execute();
    await moveCase(trx, ctx, current, 'archive', {}, { sealSha256, entries: file.entries.length });
  });
  return getCaseFile(ctx, caseId, { pages: false });
}

/** Recomputes the seal from the case's current content and names what no longer matches. */
export async function verifyArchive(ctx: ServiceContext, caseId: string): Promise<SealCheck> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, caseId), '案件');
  const archive = found(await findArchive(ctx.db, penaltyCase.id), '归档记录');
  const file = await assembleCaseFile(ctx, penaltyCase, { pages: false });
  const recomputedSha256 = sealOf(penaltyCase, file, archive.fileIndex);
  const sealed = archive.documents;
  const changedDocuments = [
    ...sealed.filter(
      (document) =>
        !file.documents.some(
          (now) =>
            now.code === document.code &&
            now.itemId === document.itemId &&
            now.sha256 === document.sha256,
        ),
    ),
    ...file.documents
      .filter((now) => !sealed.some((d) => d.code === now.code && d.itemId === now.itemId))
      .map((now) => ({ title: now.label })),
  ].map((document) => document.title);
  const intact = recomputedSha256 === archive.sealSha256;
  return {
    intact,
    sealSha256: archive.sealSha256,
    recomputedSha256,
    changed: intact || changedDocuments.length > 0 ? changedDocuments : ['证据材料或卷内目录'],
  };
}

/** 备注: appended at any time, also to a sealed file, and recorded. */
export async function annotateCase(
  ctx: ServiceContext,
  caseId: string,
  text: string,
): Promise<CaseFileView> {
  assertAllowed(ctx.actor.roles, 'case.annotate');
  await ctx.db.transaction().execute(async (trx) => {
    const penaltyCase = found(await findCase(trx, ctx.actor.agencyPath, caseId), '案件');
    const { id } = await trx
      .insertInto('caseAnnotation')
      .values({ caseId: penaltyCase.id, text, createdBy: ctx.actor.userId ?? '' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendRecord(trx, ctx.actor, {
      agencyId: penaltyCase.agencyId,
      objectType: 'case',
      objectId: penaltyCase.id,
      action: 'annotate',
      change: { annotationId: id, text },
    });
  });
  return getCaseFile(ctx, caseId, { pages: false });
}
