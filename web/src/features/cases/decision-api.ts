import { apiClient } from '../../lib/api-client';
import type { NoPenaltyGround } from '@domain/case/no-penalty.js';
import type { PenaltyKind } from '@domain/case/penalty.js';
import type { RuleViolation } from '@domain/rule-violation.js';

export {
  noPenaltyGroundRules,
  noPenaltyGrounds,
  educationRequired,
} from '@domain/case/no-penalty.js';
export type { NoPenaltyGround };

export interface CaseDecision {
  filingDate: string | null;
  statutoryDue: string | null;
  due: { date: string; extended: boolean } | null;
  extensions: {
    id: string;
    previousDue: string;
    newDue: string;
    reason: string;
    approvedOn: string;
    approverName: string;
  }[];
  decision: {
    id: string;
    kind: 'penalty' | 'noPenalty';
    documentNumber: string | null;
    decidedOn: string;
    deciderName: string;
    penaltyKinds: PenaltyKind[];
    fineFen: number;
    confiscationFen: number;
    illegalPropertyValueFen: number;
    summary: string;
    noPenaltyGround: NoPenaltyGround | null;
  } | null;
  /** What would refuse a decision on the notified penalty today. */
  blockers: RuleViolation[];
}

export interface LegalBasis {
  law: string;
  article: string;
  paragraph?: string;
  item?: string;
}

interface Remedies {
  facts?: string;
  reconsiderationBody: string;
  litigationCourt: string;
  sealed: boolean;
}

export interface PenaltyDecisionInput extends Remedies {
  kind: 'penalty';
  penalties: { kind: PenaltyKind; basis: LegalBasis }[];
  fineFen: number;
  illegalGainsFen: number;
  illegalPropertyValueFen: number;
  performanceManner: string;
  paymentAccount: string;
}

export interface NoPenaltyDecisionInput extends Remedies {
  kind: 'noPenalty';
  ground: NoPenaltyGround;
  education?: string;
}

const casePath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export function fetchDecision(caseId: string): Promise<CaseDecision> {
  return apiClient.get(`${casePath(caseId)}/decision`);
}

export function decide(
  caseId: string,
  input: PenaltyDecisionInput | NoPenaltyDecisionInput,
): Promise<CaseDecision> {
  return apiClient.post(`${casePath(caseId)}/decision`, input);
}

export function extendDecisionDeadline(
  caseId: string,
  extension: { newDueDate: string; reason: string },
): Promise<CaseDecision> {
  return apiClient.post(`${casePath(caseId)}/decision-extensions`, extension);
}
