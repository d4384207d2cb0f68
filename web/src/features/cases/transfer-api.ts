import { apiClient } from '../../lib/api-client';
import type { TransferEventKind, TransferKind } from '@domain/case/transfer.js';

export { transferEventLabels, transferKindLabels, transferKinds } from '@domain/case/transfer.js';
export type { TransferEventKind, TransferKind };

export type TransferStatus = 'proposed' | 'refused' | 'approved' | 'handedOver' | 'takenBack';

export interface TransferItem {
  name: string;
  quantity: string;
  note?: string;
}

/** 移送 of a case: to the police (涉嫌犯罪) or to the competent agency, and what came back. */
export interface CaseTransfer {
  id: string;
  caseId: string;
  kind: TransferKind;
  kindLabel: string;
  recipient: string;
  reason: string;
  suspectedOffence: string | null;
  report: string;
  items: TransferItem[];
  evidence: { id: string; title: string; typeLabel: string }[];
  proposedAt: string;
  status: TransferStatus;
  statusLabel: string;
  decision: { approved: boolean; opinion: string; decidedAt: string; late: boolean } | null;
  handover: { handedOverAt: string; receiptSignedBy: string; late: boolean } | null;
  events: {
    id: string;
    kind: TransferEventKind;
    label: string;
    occurredOn: string;
    organ: string | null;
    documentNumber: string | null;
    note: string | null;
  }[];
  answer: TransferEventKind | null;
  eventKinds: TransferEventKind[];
}

export interface NewTransfer {
  kind: TransferKind;
  recipient: string;
  reason: string;
  suspectedOffence?: string | null;
  report: string;
  items: TransferItem[];
  evidenceIds: string[];
}

export interface NewTransferEvent {
  kind: TransferEventKind;
  occurredOn: string;
  organ?: string | null;
  documentNumber?: string | null;
  note?: string | null;
}

type Transfers = Promise<{ items: CaseTransfer[] }>;

const transferPath = (id: string, step: string) =>
  `/api/transfers/${encodeURIComponent(id)}/${step}`;

export function fetchTransfers(caseId: string): Transfers {
  return apiClient.get(`/api/cases/${encodeURIComponent(caseId)}/transfers`);
}

export function proposeTransfer(caseId: string, transfer: NewTransfer): Transfers {
  return apiClient.post(`/api/cases/${encodeURIComponent(caseId)}/transfers`, transfer);
}

export function decideTransfer(
  id: string,
  decision: { approved: boolean; opinion: string },
): Transfers {
  return apiClient.post(transferPath(id, 'decide'), decision);
}

export function handOverTransfer(
  id: string,
  handover: { handedOverAt: string; receiptSignedBy: string },
): Transfers {
  return apiClient.post(transferPath(id, 'handover'), handover);
}

export function recordTransferEvent(id: string, event: NewTransferEvent): Transfers {
  return apiClient.post(transferPath(id, 'events'), event);
}

export function takeBackTransfer(id: string, reason: string): Transfers {
  return apiClient.post(transferPath(id, 'take-back'), { reason });
}
