import { assertNever } from '../../domain/app-error.js';
import {
  computeDeadline,
  deadlineRules,
  type DeadlineKind,
} from '../../domain/case/case-deadlines.js';
import { latestAnswer } from '../../domain/case/transfer.js';
import { chinaDate } from '../../domain/china-date.js';
import type { DeadlineSource, PendingDeadline } from '../deadline/deadline-source.js';
import { listTransferEvents, listTransfers, type TransferRow } from './transfer.repository.js';
import { eventFacts } from './transfer.service.js';

/**
 * 移送规定第五条 and 第八条, for a suspected crime: the head decides within three days of the
 * report, the case goes to the police within 24 hours of approval, and the police decide on
 * 立案 within three days of receiving it — the agency follows that reply up.
 */
export const transferDeadlines: DeadlineSource = {
  async pending(db, calendar, caseIds) {
    const transfers = (await listTransfers(db, caseIds)).filter(
      (transfer) => transfer.kind === 'crime',
    );
    const events = await listTransferEvents(
      db,
      transfers.map((transfer) => transfer.id),
    );
    return transfers.flatMap((transfer): PendingDeadline[] => {
      const awaitingReply =
        latestAnswer(eventFacts(events.filter((event) => event.transferId === transfer.id))) ===
        null;
      const pending = pendingStep(transfer, awaitingReply);
      if (!pending) return [];
      const due = computeDeadline(pending.kind, chinaDate(pending.from), calendar);
      return [
        {
          caseId: transfer.caseId,
          kind: pending.kind,
          label: deadlineRules[pending.kind].label,
          due: due.date,
          article: due.article,
          provisional: due.provisional,
        },
      ];
    });
  },
};

function pendingStep(
  transfer: TransferRow,
  awaitingReply: boolean,
): { kind: DeadlineKind; from: Date } | null {
  switch (transfer.status) {
    case 'proposed':
      return { kind: 'transferDecision', from: transfer.proposedAt };
    case 'approved':
      return transfer.decidedAt ? { kind: 'transferHandover', from: transfer.decidedAt } : null;
    case 'handedOver':
      return awaitingReply && transfer.handedOverAt
        ? { kind: 'policeFilingDecision', from: transfer.handedOverAt }
        : null;
    case 'refused':
    case 'takenBack':
      return null;
    default:
      return assertNever(transfer.status);
  }
}
