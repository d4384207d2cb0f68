import { apiClient } from '../../lib/api-client';
import type { DiscussionConclusion } from '@domain/case/collective-discussion.js';
import type { ProposedOutcome } from '@domain/case/investigation-report.js';
import type { Article58Facts, ReviewOpinion } from '@domain/case/legal-review.js';
import type { PartyKind, PenaltyKind } from '@domain/case/penalty.js';

export {
  discussionConclusionLabels,
  discussionConclusions,
  minimumDiscussionParticipants,
} from '@domain/case/collective-discussion.js';
export { reviewOpinionLabels, reviewOpinions } from '@domain/case/legal-review.js';
export { penaltyKindLabels, penaltyKinds } from '@domain/case/penalty.js';
export type { Article58Facts, DiscussionConclusion, PenaltyKind, ProposedOutcome, ReviewOpinion };

/** 拟作出的处罚 as sent: kinds and amounts in fen. */
export interface PenaltyProposal {
  kinds: PenaltyKind[];
  fineFen: number;
  illegalGainsFen: number;
  illegalPropertyValueFen: number;
}

export interface ProposalView extends PenaltyProposal {
  partyKind: PartyKind;
  /** e.g. 「罚款5,000.00元」. */
  summary: string;
}

export interface InvestigationReport {
  id: string;
  reportDate: string;
  facts: string;
  evidence: { evidenceId: string; title: string; type: string }[];
  violatedProvision: string;
  penaltyBasis: string;
  proposedOutcome: ProposedOutcome;
  proposal: ProposalView;
  article58: Article58Facts;
  complexOrMajor: boolean;
  opinion: string;
  createdAt: string;
}

export interface LegalReviewRound {
  id: string;
  round: number;
  proposal: ProposalView;
  hearingHeld: boolean;
  reasons: string[];
  submission: string;
  requestedAt: string;
  opinion: {
    opinion: ReviewOpinion;
    opinionLabel: string;
    comments: string;
    reviewerName: string;
    reviewedOn: string;
  } | null;
}

export interface DiscussionParticipant {
  name: string;
  position: string;
  opinion: string;
}

export interface CollectiveDiscussion {
  id: string;
  heldOn: string;
  place: string;
  participants: DiscussionParticipant[];
  conclusion: DiscussionConclusion;
  conclusionLabel: string;
  conclusionText: string;
  recorderName: string;
}

/** 调查终结报告, 法制审核 and 集体讨论 of one case. */
export interface CaseReview {
  reports: InvestigationReport[];
  legalReviewNeed: { required: boolean; reasons: string[] } | null;
  legalReviews: LegalReviewRound[];
  discussionRequired: boolean;
  discussions: CollectiveDiscussion[];
}

export interface NewInvestigationReport {
  reportDate: string;
  facts: string;
  evidenceIds: string[];
  violatedProvision: string;
  penaltyBasis: string;
  proposedOutcome: ProposedOutcome;
  proposal: PenaltyProposal;
  article58: Article58Facts;
  complexOrMajor: boolean;
  opinion: string;
  /** Why the fine leaves the 裁量 range; it then needs 法制审核. */
  deviationReason?: string;
}

export interface NewDiscussion {
  heldOn: string;
  place: string;
  participants: DiscussionParticipant[];
  conclusion: DiscussionConclusion;
  conclusionText: string;
  recorderName: string;
}

const casePath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export function fetchReview(caseId: string): Promise<CaseReview> {
  return apiClient.get(`${casePath(caseId)}/review`);
}

export function submitInvestigationReport(
  caseId: string,
  report: NewInvestigationReport,
): Promise<CaseReview> {
  return apiClient.post(`${casePath(caseId)}/investigation-report`, report);
}

export function reopenInvestigation(caseId: string, reason: string): Promise<CaseReview> {
  return apiClient.post(`${casePath(caseId)}/reopen-investigation`, { reason });
}

export function requestLegalReview(
  caseId: string,
  request: { submission: string; proposal?: PenaltyProposal },
): Promise<CaseReview> {
  return apiClient.post(`${casePath(caseId)}/legal-review-requests`, request);
}

export function giveLegalReviewOpinion(
  caseId: string,
  opinion: { opinion: ReviewOpinion; comments: string; legalProfessionCertificate?: string },
): Promise<CaseReview> {
  return apiClient.post(`${casePath(caseId)}/legal-review-opinions`, opinion);
}

export function requestCollectiveDiscussion(caseId: string, reason: string): Promise<CaseReview> {
  return apiClient.post(`${casePath(caseId)}/collective-discussion-requests`, { reason });
}

export function recordCollectiveDiscussion(
  caseId: string,
  discussion: NewDiscussion,
): Promise<CaseReview> {
  return apiClient.post(`${casePath(caseId)}/collective-discussions`, discussion);
}
