import { apiClient } from '../../lib/api-client';
import type { DeadlineBound, DeadlineKind, DeadlineStatus } from '@domain/case/case-deadlines.js';
import type { CaseStage } from '@domain/case/case-stage.js';

export type AttentionStatus = Extract<DeadlineStatus, 'overdue' | 'dueSoon'>;

export interface BoardItem {
  caseId: string;
  caseNumber: string | null;
  cause: string;
  stage: CaseStage;
  stageLabel: string;
  agencyName: string;
  party: {
    kind: 'citizen' | 'organisation';
    name: string;
    /** Masked. */
    idNumber: string | null;
    creditCode: string | null;
  };
  officers: { id: string; name: string }[];
  kind: DeadlineKind;
  label: string;
  due: string;
  bound: DeadlineBound;
  article: string;
  provisional: boolean;
  status: DeadlineStatus | null;
  daysLeft: number;
}

export interface DeadlineBoard {
  today: string;
  warningDays: number;
  total: number;
  groups: {
    kind: DeadlineKind;
    label: string;
    overdue: number;
    dueSoon: number;
    items: BoardItem[];
  }[];
}

/** 督办: the deadlines due soon or passed of the cases the user oversees. */
export function fetchDeadlineBoard(filter: {
  kind?: DeadlineKind;
  status?: AttentionStatus;
}): Promise<DeadlineBoard> {
  return apiClient.get('/api/supervision/deadlines', filter);
}
