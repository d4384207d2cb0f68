import { AppError } from '../../domain/app-error.js';
import { computeDeadline } from '../../domain/case/case-deadlines.js';
import { evidenceTypeLabels, type EvidenceType } from '../../domain/case/evidence.js';
import {
  checkReconsiderationRequest,
  checkTakeBack,
  checkTransferAttachments,
  checkTransferTeam,
  latestAnswer,
  transferEventLabels,
  transferEventsByKind,
  transferKindLabels,
  type TransferEventKind,
  type TransferKind,
} from '../../domain/case/transfer.js';
import { chinaDate } from '../../domain/china-date.js';
import { assertAllowed } from '../../domain/permission.js';
import type { WorkdayCalendar } from '../../domain/workday-calendar.js';
import type { Db } from '../../storage/database.js';
import type { TransferItem } from '../../storage/tables/summary-and-transfer.js';
import { loadWorkdayCalendar } from '../calendar/calendar.service.js';
import {
  assertCaseAction,
  assertCaseOfficer,
  assertNotCaseOfficer,
  moveCase,
  recordCaseAct,
  withCase,
} from '../case/case-flow.js';
import type { CaseWithAgency } from '../case/case.repository.js';
import { findCase } from '../case/case.repository.js';
import type { ServiceContext } from '../context.js';
import { found, notFound } from '../not-found.js';
import { refuseOnViolations } from '../rule-violations.js';
import {
  findTransfer,
  listCaseEvidence,
  listTransferEvents,
  listTransfers,
  type TransferEventRow,
  type TransferRow,
} from './transfer.repository.js';
import type {
  TransferDecision,
  TransferEventInput,
  TransferHandover,
  TransferProposal,
  TransferView,
} from './transfer.schemas.js';

const statusLabels: Record<TransferView['status'], string> = {
  proposed: '待负责人决定',
  refused: '不批准移送',
  approved: '已批准，待移送',
  handedOver: '已移送',
  takenBack: '已收回本机关处理',
};

const openStatuses: readonly TransferView['status'][] = ['proposed', 'approved', 'handedOver'];

export async function getTransfers(ctx: ServiceContext, caseId: string): Promise<TransferView[]> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, caseId), '案件');
  return transferViews(ctx.db, penaltyCase.id);
}

/**
 * The case officers (the 专案组 of 移送规定第五条) propose the transfer with its report and
 * attachments; nothing moves until the head decides.
 */
export async function proposeTransfer(
  ctx: ServiceContext,
  caseId: string,
  proposal: TransferProposal,
): Promise<TransferView[]> {
  await withCase(ctx, caseId, 'case.handle', async (trx, penaltyCase) => {
    assertCaseAction(penaltyCase, 'transfer');
    const team = await assertCaseOfficer(trx, ctx, penaltyCase.id, '提出移送');
    const open = (await listTransfers(trx, [penaltyCase.id])).find((transfer) =>
      openStatuses.includes(transfer.status),
    );
    if (open) throw new AppError('CONFLICT', '本案已有正在办理的移送');
    const evidence = await listCaseEvidence(trx, penaltyCase.id);
    const unknown = proposal.evidenceIds.filter((id) => !evidence.some((item) => item.id === id));
    if (unknown.length > 0) throw new AppError('VALIDATION_FAILED', '所附证据不属于本案');
    if (proposal.kind === 'crime') {
      refuseOnViolations([
        checkTransferTeam(team.length),
        checkTransferAttachments({
          expertOpinions: evidence.filter((item) => item.type === 'expertOpinion'),
          attachedEvidenceIds: proposal.evidenceIds,
        }),
      ]);
    }
    const { id } = await trx
      .insertInto('caseTransfer')
      .values({
        caseId: penaltyCase.id,
        kind: proposal.kind,
        recipient: proposal.recipient,
        reason: proposal.reason,
        suspectedOffence: proposal.kind === 'crime' ? (proposal.suspectedOffence ?? null) : null,
        report: proposal.report,
        items: JSON.stringify(proposal.items),
        evidenceIds: JSON.stringify(proposal.evidenceIds),
        proposedBy: ctx.actor.userId ?? '',
        proposedAt: new Date(),
        status: 'proposed',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordCaseAct(trx, ctx, penaltyCase, 'proposeTransfer', { transferId: id, ...proposal });
  });
  return getTransfers(ctx, caseId);
}

/** Runs a step on a transfer inside its case's transaction (scope, archive and permission). */
async function withTransfer(
  ctx: ServiceContext,
  transferId: string,
  permission: 'case.handle' | 'case.approve',
  step: (trx: Db, penaltyCase: CaseWithAgency, transfer: TransferRow) => Promise<void>,
): Promise<TransferView[]> {
  const transfer = await findTransfer(ctx.db, transferId);
  if (!transfer) throw notFound('移送记录');
  await withCase(ctx, transfer.caseId, permission, async (trx, penaltyCase) => {
    const current = found(await findTransfer(trx, transferId), '移送记录');
    await step(trx, penaltyCase, current);
  });
  return getTransfers(ctx, transfer.caseId);
}

function expectStatus(transfer: TransferRow, status: TransferView['status'], what: string): void {
  if (transfer.status !== status) {
    throw new AppError('CONFLICT', `移送当前为“${statusLabels[transfer.status]}”，不能${what}`);
  }
}

/**
 * 移送规定第五条: the head approves (the case goes to `transferred`, and no penalty may stand
 * in for the transfer) or refuses with the reasons on record.
 */
export async function decideTransfer(
  ctx: ServiceContext,
  transferId: string,
  decision: TransferDecision,
): Promise<TransferView[]> {
  return withTransfer(ctx, transferId, 'case.approve', async (trx, penaltyCase, transfer) => {
    expectStatus(transfer, 'proposed', '作出移送决定');
    await assertNotCaseOfficer(trx, ctx, penaltyCase.id, '决定移送');
    const change = { transferId, ...decision };
    if (decision.approved) {
      await moveCase(trx, ctx, penaltyCase, 'transfer', {}, change);
    } else {
      await recordCaseAct(trx, ctx, penaltyCase, 'refuseTransfer', change);
    }
    await trx
      .updateTable('caseTransfer')
      .set({
        status: decision.approved ? 'approved' : 'refused',
        decidedBy: ctx.actor.userId,
        decidedAt: new Date(),
        decisionOpinion: decision.opinion,
      })
      .where('id', '=', transferId)
      .execute();
  });
}

/** The case and its attachments are handed over; the receiving organ signs the 回执. */
export async function handOverTransfer(
  ctx: ServiceContext,
  transferId: string,
  handover: TransferHandover,
): Promise<TransferView[]> {
  return withTransfer(ctx, transferId, 'case.handle', async (trx, penaltyCase, transfer) => {
    expectStatus(transfer, 'approved', '登记移送');
    const handedOverAt = new Date(handover.handedOverAt);
    if (handedOverAt < (transfer.decidedAt ?? handedOverAt) || handedOverAt > new Date()) {
      throw new AppError('VALIDATION_FAILED', '移送时间应在批准移送之后、不晚于现在', [
        { path: 'handedOverAt', message: '移送时间应在批准移送之后、不晚于现在' },
      ]);
    }
    await trx
      .updateTable('caseTransfer')
      .set({
        status: 'handedOver',
        handedOverAt,
        handedOverBy: ctx.actor.userId,
        receiptSignedBy: handover.receiptSignedBy,
      })
      .where('id', '=', transferId)
      .execute();
    await recordCaseAct(trx, ctx, penaltyCase, 'handOverTransfer', {
      transferId,
      ...handover,
      late: handoverLate(transfer.decidedAt, handedOverAt),
    });
  });
}

const HANDOVER_HOURS = 24;

function handoverLate(decidedAt: Date | null, handedOverAt: Date): boolean {
  if (!decidedAt) return false;
  return handedOverAt.getTime() - decidedAt.getTime() > HANDOVER_HOURS * 60 * 60 * 1000;
}

/** What the receiving organ answered (立案, 不予立案, 转送, 退回, 接收) or what the agency did. */
export async function recordTransferEvent(
  ctx: ServiceContext,
  transferId: string,
  input: TransferEventInput,
): Promise<TransferView[]> {
  return withTransfer(ctx, transferId, 'case.handle', async (trx, penaltyCase, transfer) => {
    expectStatus(transfer, 'handedOver', '登记答复');
    if (!transferEventsByKind[transfer.kind].includes(input.kind)) {
      throw new AppError(
        'VALIDATION_FAILED',
        `${transferKindLabels[transfer.kind]}不能登记“${transferEventLabels[input.kind]}”`,
      );
    }
    if (input.occurredOn > chinaDate()) {
      throw new AppError('VALIDATION_FAILED', '日期不能晚于今天');
    }
    const events = eventFacts(await listTransferEvents(trx, [transferId]));
    if (input.kind === 'reconsiderationRequested') {
      refuseOnViolations([checkReconsiderationRequest(events, input.occurredOn)]);
    }
    const { id } = await trx
      .insertInto('transferEvent')
      .values({
        transferId,
        kind: input.kind,
        occurredOn: input.occurredOn,
        organ: input.organ ?? null,
        documentNumber: input.documentNumber ?? null,
        note: input.note ?? null,
        recordedBy: ctx.actor.userId ?? '',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordCaseAct(trx, ctx, penaltyCase, 'recordTransferEvent', {
      transferId,
      eventId: id,
      ...input,
    });
  });
}

/**
 * 行政处罚法第二十七条第一款: a case the police refused or sent back is received again and
 * handled here (移送规定第十条、第十三条); the case goes back to 调查取证.
 */
export async function takeBackTransfer(
  ctx: ServiceContext,
  transferId: string,
  reason: string,
): Promise<TransferView[]> {
  return withTransfer(ctx, transferId, 'case.handle', async (trx, penaltyCase, transfer) => {
    expectStatus(transfer, 'handedOver', '收回');
    await assertCaseOfficer(trx, ctx, penaltyCase.id, '接收退回的案件');
    const events = eventFacts(await listTransferEvents(trx, [transferId]));
    refuseOnViolations([checkTakeBack(transfer.kind, events)]);
    await moveCase(trx, ctx, penaltyCase, 'receiveReturnedCase', {}, { transferId, reason });
    await trx
      .updateTable('caseTransfer')
      .set({ status: 'takenBack' })
      .where('id', '=', transferId)
      .execute();
  });
}

export function eventFacts(events: readonly TransferEventRow[]) {
  return events.map((event) => ({
    kind: event.kind as TransferEventKind,
    occurredOn: event.occurredOn,
  }));
}

async function transferViews(db: Db, caseId: string): Promise<TransferView[]> {
  const transfers = await listTransfers(db, [caseId]);
  if (transfers.length === 0) return [];
  const events = await listTransferEvents(
    db,
    transfers.map((transfer) => transfer.id),
  );
  const evidence = await listCaseEvidence(db, caseId);
  const calendar = await loadWorkdayCalendar(db);
  return transfers.map((transfer) =>
    toTransferView(
      transfer,
      events.filter((event) => event.transferId === transfer.id),
      evidence,
      calendar,
    ),
  );
}

function toTransferView(
  transfer: TransferRow,
  events: readonly TransferEventRow[],
  evidence: Awaited<ReturnType<typeof listCaseEvidence>>,
  calendar: WorkdayCalendar,
): TransferView {
  const attached = transfer.evidenceIds as string[];
  return {
    id: transfer.id,
    caseId: transfer.caseId,
    kind: transfer.kind,
    kindLabel: transferKindLabels[transfer.kind],
    recipient: transfer.recipient,
    reason: transfer.reason,
    suspectedOffence: transfer.suspectedOffence,
    report: transfer.report,
    items: transfer.items as TransferItem[],
    evidence: evidence
      .filter((item) => attached.includes(item.id))
      .map((item) => ({
        id: item.id,
        title: item.title,
        typeLabel: evidenceTypeLabels[item.type as EvidenceType],
      })),
    proposedAt: transfer.proposedAt.toISOString(),
    status: transfer.status,
    statusLabel: statusLabels[transfer.status],
    decision: transfer.decidedAt
      ? {
          approved: transfer.status !== 'refused',
          opinion: transfer.decisionOpinion ?? '',
          decidedAt: transfer.decidedAt.toISOString(),
          late:
            transfer.kind === 'crime' &&
            chinaDate(transfer.decidedAt) >
              computeDeadline('transferDecision', chinaDate(transfer.proposedAt), calendar).date,
        }
      : null,
    handover: transfer.handedOverAt
      ? {
          handedOverAt: transfer.handedOverAt.toISOString(),
          receiptSignedBy: transfer.receiptSignedBy ?? '',
          late:
            transfer.kind === 'crime' && handoverLate(transfer.decidedAt, transfer.handedOverAt),
        }
      : null,
    events: events.map((event) => ({
      id: event.id,
      kind: event.kind as TransferEventKind,
      label: transferEventLabels[event.kind as TransferEventKind],
      occurredOn: event.occurredOn,
      organ: event.organ,
      documentNumber: event.documentNumber,
      note: event.note,
    })),
    answer: latestAnswer(eventFacts(events)),
    eventKinds: [...transferEventsByKind[transfer.kind as TransferKind]],
  };
}
