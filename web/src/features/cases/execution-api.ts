import { apiClient } from '../../lib/api-client';
import type {
  CourtRulingOutcome,
  PaymentChannel,
  PaymentPlanKind,
  RemedyKind,
  RemedyOutcome,
} from '@domain/case/execution.js';

export {
  courtRulingOutcomeLabels,
  courtRulingOutcomes,
  paymentChannelLabels,
  paymentChannels,
  paymentPlanKindLabels,
  remedyKindLabels,
  remedyKinds,
  remedyOutcomeLabels,
  remedyOutcomes,
} from '@domain/case/execution.js';
export { formatYuan } from '@domain/case/penalty.js';
export type { CourtRulingOutcome, PaymentChannel, PaymentPlanKind, RemedyKind, RemedyOutcome };

export interface Tranche {
  dueDate: string;
  amountFen: number;
}

export interface Execution {
  /** The balance is computed as of this day (today). */
  asOf: string;
  stage: string;
  decision: {
    kind: 'penalty' | 'noPenalty';
    documentNumber: string | null;
    fineFen: number;
    decidedOn: string;
  } | null;
  servedOn: string | null;
  dueDate: string | null;
  balance: {
    fineFen: number;
    lateFeeFen: number;
    lateFeeDays: number;
    paidFen: number;
    outstandingFen: number;
    principalOutstandingFen: number;
    nextDue: (Tranche & { overdue: boolean }) | null;
  } | null;
  plans: {
    id: string;
    kind: PaymentPlanKind;
    kindLabel: string;
    appliedOn: string;
    reason: string;
    instalments: Tranche[];
    status: 'pending' | 'approved' | 'refused';
    decisionReason: string | null;
    decidedOn: string | null;
    inForce: boolean;
  }[];
  payments: {
    id: string;
    amountFen: number;
    paidOn: string;
    channel: PaymentChannel;
    reference: string;
  }[];
  remedyPeriods: {
    id: string;
    kind: RemedyKind;
    body: string;
    startedOn: string;
    endedOn: string | null;
    outcome: RemedyOutcome | null;
  }[];
  demands: {
    id: string;
    issuedOn: string;
    performBy: string;
    principalFen: number;
    lateFeeFen: number;
    servedOn: string | null;
  }[];
  courtApplications: {
    id: string;
    appliedOn: string;
    court: string;
    amountFen: number;
    ruling: {
      outcome: CourtRulingOutcome;
      ruledOn: string;
      rulingNumber: string;
      note: string | null;
    } | null;
  }[];
  courtWindow: {
    opensOn: string;
    closesOn: string;
    article: string;
    provisional: boolean;
    earliestAfterDemand: string | null;
  } | null;
  completion: { complete: boolean; missing: string[] };
}

export interface NewPayment {
  amountFen: number;
  paidOn: string;
  channel: PaymentChannel;
  reference: string;
}

export type NewPaymentPlan = { appliedOn: string; reason: string } & (
  { kind: 'deferral'; deferredTo: string } | { kind: 'instalments'; instalments: Tranche[] }
);

const casePath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export function fetchExecution(caseId: string): Promise<Execution> {
  return apiClient.get(`${casePath(caseId)}/execution`);
}

export function startExecution(caseId: string): Promise<Execution> {
  return apiClient.post(`${casePath(caseId)}/execution/start`);
}

export function recordPayment(caseId: string, payment: NewPayment): Promise<Execution> {
  return apiClient.post(`${casePath(caseId)}/payments`, payment);
}

export function applyForPaymentPlan(caseId: string, plan: NewPaymentPlan): Promise<Execution> {
  return apiClient.post(`${casePath(caseId)}/payment-plans`, plan);
}

export function decidePaymentPlan(
  caseId: string,
  decision: { approved: boolean; reason: string },
): Promise<Execution> {
  return apiClient.post(`${casePath(caseId)}/payment-plans/decision`, decision);
}

export function startRemedyPeriod(
  caseId: string,
  remedy: { kind: RemedyKind; body: string; startedOn: string },
): Promise<Execution> {
  return apiClient.post(`${casePath(caseId)}/remedy-periods`, remedy);
}

export function endRemedyPeriod(
  caseId: string,
  end: { endedOn: string; outcome: RemedyOutcome },
): Promise<Execution> {
  return apiClient.post(`${casePath(caseId)}/remedy-periods/end`, end);
}

export function issueDemand(
  caseId: string,
  demand: { issuedOn: string; performBy: string },
): Promise<Execution> {
  return apiClient.post(`${casePath(caseId)}/demands`, demand);
}

export function applyToCourt(
  caseId: string,
  application: { appliedOn: string; court: string },
): Promise<Execution> {
  return apiClient.post(`${casePath(caseId)}/court-applications`, application);
}

export function recordCourtRuling(
  caseId: string,
  ruling: { outcome: CourtRulingOutcome; ruledOn: string; rulingNumber: string; note?: string },
): Promise<Execution> {
  return apiClient.post(`${casePath(caseId)}/court-applications/ruling`, ruling);
}
