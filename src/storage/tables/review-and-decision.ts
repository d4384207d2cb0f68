import type { ColumnType, Generated } from 'kysely';
import type { DiscussionConclusion } from '../../domain/case/collective-discussion.js';
import type { Article58Facts, ReviewOpinion } from '../../domain/case/legal-review.js';
import type { HearingAttendance, HearingOutcome } from '../../domain/case/hearing.js';
import type { NoPenaltyGround } from '../../domain/case/no-penalty.js';
import type { PartyKind, PenaltyKind } from '../../domain/case/penalty.js';
import type {
  PartyResponseKind,
  ResponseForm,
  StatementAdoption,
} from '../../domain/case/prior-notice.js';
import type { ServiceMethod } from '../../domain/case/service.js';
import type { CreatedAt, Json } from '../tables.js';

/** Tables of this area, merged into `Tables` in ../tables.ts. */
export interface ReviewAndDecisionTables {
  investigationReport: InvestigationReportTable;
  priorNotice: PriorNoticeTable;
  partyResponse: PartyResponseTable;
  statementReview: StatementReviewTable;
  hearing: HearingTable;
  hearingRecord: HearingRecordTable;
  legalReview: LegalReviewTable;
  legalReviewOpinion: LegalReviewOpinionTable;
  collectiveDiscussion: CollectiveDiscussionTable;
  decisionExtension: DecisionExtensionTable;
  decision: DecisionTable;
}

type Fen = ColumnType<number, number, never>;

/** A proposed penalty as stored: kinds in jsonb, amounts in fen. */
interface ProposedPenaltyColumns {
  partyKind: PartyKind;
  proposedKinds: Json<PenaltyKind[]>;
  fineFen: Fen;
  illegalGainsFen: Fen;
  illegalPropertyValueFen: Fen;
}

export interface ReportedEvidence {
  evidenceId: string;
  title: string;
  type: string;
}

export interface InvestigationReportTable extends ProposedPenaltyColumns {
  id: Generated<string>;
  caseId: string;
  reportDate: string;
  facts: string;
  evidence: Json<ReportedEvidence[]>;
  violatedProvision: string;
  penaltyBasis: string;
  proposedOutcome: 'penalty' | 'noPenalty';
  article58: Json<Article58Facts>;
  complexOrMajor: boolean;
  opinion: string;
  assessmentId: ColumnType<string | null, string | null | undefined, never>;
  deviationReason: ColumnType<string | null, string | null | undefined, never>;
  createdBy: string;
  createdAt: CreatedAt;
}

export interface PriorNoticeTable extends ProposedPenaltyColumns {
  id: Generated<string>;
  caseId: string;
  sequence: number;
  reportId: string;
  facts: string;
  evidence: Json<ReportedEvidence[]>;
  violatedProvision: string;
  penaltyBasis: string;
  hearingRight: boolean;
  hearingReasons: Json<string[]>;
  statementDeadline: string;
  hearingRequestDeadline: string | null;
  servedOn: string;
  serviceMethod: ServiceMethod;
  contactPerson: string;
  contactPhone: string;
  newFacts: string | null;
  createdBy: string;
  createdAt: CreatedAt;
}

export interface PartyResponseTable {
  id: Generated<string>;
  caseId: string;
  noticeId: string;
  kind: PartyResponseKind;
  receivedOn: string;
  form: ResponseForm;
  content: string;
  createdBy: string;
  createdAt: CreatedAt;
}

export interface StatementReviewTable {
  responseId: string;
  caseId: string;
  adoption: StatementAdoption;
  reasoning: string;
  createdBy: string;
  createdAt: CreatedAt;
}

export interface HearingAgent {
  name: string;
  relation: string;
}

export interface HearingTable {
  id: Generated<string>;
  caseId: string;
  requestId: string;
  noticeServedOn: string;
  noticeServiceMethod: ServiceMethod;
  hearingOn: string;
  place: string;
  chairOfficerId: string;
  recorderName: string;
  public: boolean;
  closedReason: string | null;
  agents: Json<HearingAgent[]>;
  createdBy: string;
  createdAt: CreatedAt;
}

export interface HearingRecordTable {
  hearingId: string;
  caseId: string;
  attendance: HearingAttendance;
  outcome: HearingOutcome;
  investigatorsStatement: string;
  partyStatement: string;
  crossExamination: string;
  partySigned: boolean;
  refusalNote: string | null;
  report: string;
  createdBy: string;
  createdAt: CreatedAt;
}

export interface LegalReviewTable extends ProposedPenaltyColumns {
  id: Generated<string>;
  caseId: string;
  round: number;
  hearingHeld: boolean;
  reasons: Json<string[]>;
  submission: string;
  requestedBy: string;
  requestedAt: CreatedAt;
}

export interface LegalReviewOpinionTable {
  reviewId: string;
  caseId: string;
  opinion: ReviewOpinion;
  comments: string;
  reviewerUserId: string;
  reviewerOfficerId: string | null;
  reviewerName: string;
  firstTime: boolean;
  legalProfessionCertificate: string | null;
  reviewedOn: string;
  createdAt: CreatedAt;
}

export interface DiscussionParticipant {
  name: string;
  position: string;
  opinion: string;
}

export interface CollectiveDiscussionTable {
  id: Generated<string>;
  caseId: string;
  heldOn: string;
  place: string;
  participants: Json<DiscussionParticipant[]>;
  conclusion: DiscussionConclusion;
  conclusionText: string;
  recorderName: string;
  createdBy: string;
  createdAt: CreatedAt;
}

export interface DecisionExtensionTable {
  id: Generated<string>;
  caseId: string;
  previousDue: string;
  newDue: string;
  reason: string;
  approvedBy: string;
  approvedOn: string;
  createdAt: CreatedAt;
}

export interface DecisionTable {
  id: Generated<string>;
  caseId: string;
  kind: 'penalty' | 'noPenalty';
  documentNumber: string | null;
  document: Json<Record<string, unknown>>;
  penaltyKinds: Json<string[]>;
  fineFen: ColumnType<number, number | undefined, number>;
  confiscationFen: ColumnType<number, number | undefined, number>;
  decidedOn: string;
  decidedBy: string;
  createdAt: CreatedAt;
  illegalPropertyValueFen: ColumnType<number, number | undefined, number>;
  noticeId: string | null;
  noPenaltyGround: NoPenaltyGround | null;
  assessmentId: ColumnType<string | null, string | null | undefined, never>;
  benchmarkId: ColumnType<string | null, string | null | undefined, never>;
  benchmarkVersion: ColumnType<number | null, number | null | undefined, never>;
  deviationReason: ColumnType<string | null, string | null | undefined, never>;
}
