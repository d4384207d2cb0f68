import { apiClient } from '../../lib/api-client';
import type { HearingAttendance, HearingOutcome } from '@domain/case/hearing.js';
import type {
  PartyResponseKind,
  ResponseForm,
  StatementAdoption,
} from '@domain/case/prior-notice.js';
import type { ServiceMethod } from '@domain/case/service.js';
import type { RuleViolation } from '@domain/rule-violation.js';
import type { PenaltyProposal, ProposalView } from './review-api';

export { hearingAttendanceLabels, hearingAttendances } from '@domain/case/hearing.js';
export {
  partyResponseKindLabels,
  partyResponseKinds,
  responseFormLabels,
  responseForms,
  statementAdoptionLabels,
  statementAdoptions,
} from '@domain/case/prior-notice.js';
export { serviceMethodLabels, serviceMethods } from '@domain/case/service.js';
export type {
  HearingAttendance,
  PartyResponseKind,
  ResponseForm,
  RuleViolation,
  ServiceMethod,
  StatementAdoption,
};

export interface PriorNotice {
  id: string;
  sequence: number;
  facts: string;
  evidence: string[];
  violatedProvision: string;
  penaltyBasis: string;
  proposal: ProposalView;
  hearingRight: boolean;
  hearingReasons: string[];
  servedOn: string;
  serviceMethod: ServiceMethod;
  serviceMethodLabel: string;
  statementDeadline: string;
  hearingRequestDeadline: string | null;
  newFacts: string | null;
  contactPerson: string;
  contactPhone: string;
}

export interface PartyResponse {
  id: string;
  noticeId: string;
  kind: PartyResponseKind;
  kindLabel: string;
  receivedOn: string;
  form: ResponseForm;
  content: string;
  review: { adoption: StatementAdoption; adoptionLabel: string; reasoning: string } | null;
}

export interface HearingAgent {
  name: string;
  relation: string;
}

export interface Hearing {
  id: string;
  requestId: string;
  noticeServedOn: string;
  earliestHearingOn: string;
  hearingOn: string;
  place: string;
  chairOfficerId: string;
  chairName: string;
  recorderName: string;
  public: boolean;
  closedReason: string | null;
  agents: HearingAgent[];
  record: {
    attendance: HearingAttendance;
    attendanceLabel: string;
    outcome: HearingOutcome;
    outcomeLabel: string;
    investigatorsStatement: string;
    partyStatement: string;
    crossExamination: string;
    partySigned: boolean;
    refusalNote: string | null;
    report: string;
  } | null;
}

/** 告知, 陈述申辩 and 听证 of one case. */
export interface CaseNotice {
  statementPeriodWorkdays: number;
  draft: {
    proposal: ProposalView;
    hearingRight: { applies: boolean; reasons: string[] };
  } | null;
  notices: PriorNotice[];
  responses: PartyResponse[];
  hearings: Hearing[];
  /** What still stands in the way of closing the statement period today. */
  closingBlockers: RuleViolation[];
}

export interface NewNotice {
  servedOn: string;
  serviceMethod: ServiceMethod;
  contactPerson: string;
  contactPhone: string;
  proposal?: PenaltyProposal;
  newFacts?: string;
  otherHeavierPenalty: boolean;
  otherStatutoryCase: boolean;
}

export interface NewResponse {
  kind: PartyResponseKind;
  receivedOn: string;
  form: ResponseForm;
  content: string;
}

export interface NewHearing {
  noticeServedOn: string;
  noticeServiceMethod: ServiceMethod;
  hearingOn: string;
  place: string;
  chairOfficerId: string;
  recorderName: string;
  public: boolean;
  closedReason?: string;
  agents: HearingAgent[];
}

export interface NewHearingRecord {
  attendance: HearingAttendance;
  investigatorsStatement?: string;
  partyStatement?: string;
  crossExamination?: string;
  partySigned: boolean;
  refusalNote?: string;
  report: string;
}

const casePath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export function fetchNotice(caseId: string): Promise<CaseNotice> {
  return apiClient.get(`${casePath(caseId)}/notice`);
}

export function servePriorNotice(caseId: string, notice: NewNotice): Promise<CaseNotice> {
  return apiClient.post(`${casePath(caseId)}/prior-notices`, notice);
}

export function recordPartyResponse(caseId: string, response: NewResponse): Promise<CaseNotice> {
  return apiClient.post(`${casePath(caseId)}/party-responses`, response);
}

export function reviewStatement(
  caseId: string,
  review: { responseId: string; adoption: StatementAdoption; reasoning: string },
): Promise<CaseNotice> {
  return apiClient.post(`${casePath(caseId)}/statement-reviews`, review);
}

export function scheduleHearing(caseId: string, hearing: NewHearing): Promise<CaseNotice> {
  return apiClient.post(`${casePath(caseId)}/hearings`, hearing);
}

export function recordHearing(caseId: string, record: NewHearingRecord): Promise<CaseNotice> {
  return apiClient.post(`${casePath(caseId)}/hearing-records`, record);
}

export function closeStatementPeriod(caseId: string): Promise<CaseNotice> {
  return apiClient.post(`${casePath(caseId)}/close-statement-period`);
}
