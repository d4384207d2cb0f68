import { apiClient } from '../../lib/api-client';
import type {
  CompulsoryMeasureKind,
  LiftReason,
  MeasureStatus,
  PreservationHandling,
  SignatureStatus,
  SubjectRelation,
  TranscriptKind,
} from '@domain/case/investigation.js';
import type { EvidenceType } from '@domain/case/evidence.js';

export {
  compulsoryMeasureKindLabels,
  compulsoryMeasureKinds,
  liftReasonLabels,
  liftReasons,
  MAX_EXTENSION_DAYS,
  MAX_MEASURE_DAYS,
  measureStatusLabels,
  preservationHandlingLabels,
  preservationHandlings,
  signatureStatusLabels,
  signatureStatuses,
  subjectRelationLabels,
  subjectRelations,
  transcriptKindLabels,
  transcriptKinds,
} from '@domain/case/investigation.js';
export type {
  CompulsoryMeasureKind,
  LiftReason,
  MeasureStatus,
  PreservationHandling,
  SignatureStatus,
  SubjectRelation,
  TranscriptKind,
};

export interface PresentOfficer {
  officerId: string;
  name: string;
  certificateNumber: string;
}

export interface TranscriptSubject {
  name: string;
  idNumber?: string;
  phone?: string;
  address?: string;
  relation: SubjectRelation;
}

export interface Witness {
  name: string;
  idNumber?: string;
}

export interface QuestionAndAnswer {
  question: string;
  answer: string;
}

/** 笔录 as the server shows it; `questions` for 询问, `object` for 勘验, `description` otherwise. */
export interface Transcript {
  id: string;
  caseId: string;
  kind: TranscriptKind;
  kindLabel: string;
  evidenceId: string;
  evidenceType: EvidenceType;
  correctsId: string | null;
  correctedById: string | null;
  /** ISO instants. */
  startedAt: string;
  endedAt: string;
  place: string;
  officers: PresentOfficer[];
  recorder: { officerId: string; name: string };
  subject: TranscriptSubject;
  questions: QuestionAndAnswer[] | null;
  object: string | null;
  description: string | null;
  signature: SignatureStatus;
  witness: Witness | null;
  attachments: { evidenceId: string; title: string }[];
  createdAt: string;
}

interface TranscriptFields {
  startedAt: string;
  endedAt: string;
  place: string;
  officerIds: string[];
  recorderOfficerId: string;
  subject: TranscriptSubject;
  signature: SignatureStatus;
  witness?: Witness | null;
  correctsId?: string | null;
  attachmentIds: string[];
}

export type NewTranscript =
  | (TranscriptFields & { kind: 'inquiry'; questions: QuestionAndAnswer[] })
  | (TranscriptFields & { kind: 'site'; description: string })
  | (TranscriptFields & { kind: 'survey'; object: string; description: string });

export interface ListedItem {
  name: string;
  specification?: string;
  quantity: string;
  note?: string;
}

export interface Preservation {
  id: string;
  caseId: string;
  items: ListedItem[];
  reason: string;
  place: string;
  storagePlace: string;
  status: 'requested' | 'approved' | 'refused';
  decidedAt: string | null;
  decisionOpinion: string | null;
  /** YYYY-MM-DD, the last day for the handling decision. */
  decisionDue: string | null;
  decisionDueProvisional: boolean;
  handling: PreservationHandling | null;
  handlingLabel: string | null;
  handlingNote: string | null;
  handledOn: string | null;
  handledLate: boolean;
  createdAt: string;
}

export interface NewPreservation {
  items: ListedItem[];
  reason: string;
  place: string;
  storagePlace: string;
}

export interface CompulsoryMeasure {
  id: string;
  caseId: string;
  kind: CompulsoryMeasureKind;
  kindLabel: string;
  items: ListedItem[];
  reason: string;
  legalBasis: string;
  place: string;
  termDays: number;
  emergency: boolean;
  status: MeasureStatus;
  statusLabel: string;
  requestedAt: string;
  reportLate: boolean;
  decidedAt: string | null;
  decisionOpinion: string | null;
  implementedAt: string | null;
  /** YYYY-MM-DD, the last day of the term including any extension. */
  endsOn: string | null;
  extensionDays: number | null;
  extensionReason: string | null;
  liftedOn: string | null;
  liftReason: LiftReason | null;
  liftReasonLabel: string | null;
  liftNote: string | null;
  createdAt: string;
}

export interface NewMeasure {
  kind: CompulsoryMeasureKind;
  items: ListedItem[];
  reason: string;
  legalBasis: string;
  place: string;
  termDays: number;
  emergency: boolean;
  implementedAt?: string | null;
}

export interface CorrectionOrder {
  id: string;
  caseId: string;
  violation: string;
  legalBasis: string;
  requirement: string;
  correctBy: string | null;
  issuedOn: string;
  createdAt: string;
}

export interface NewCorrectionOrder {
  violation: string;
  legalBasis: string;
  requirement: string;
  correctBy?: string | null;
}

export interface Investigation {
  transcripts: Transcript[];
  preservations: Preservation[];
  measures: CompulsoryMeasure[];
  correctionOrders: CorrectionOrder[];
}

export interface ApprovalDecision {
  approved: boolean;
  opinion: string;
}

const casePath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;
const preservationPath = (id: string) => `/api/preservations/${encodeURIComponent(id)}`;
const measurePath = (id: string) => `/api/measures/${encodeURIComponent(id)}`;

export function fetchInvestigation(caseId: string): Promise<Investigation> {
  return apiClient.get(`${casePath(caseId)}/investigation`);
}

export function createTranscript(caseId: string, transcript: NewTranscript): Promise<Transcript> {
  return apiClient.post(`${casePath(caseId)}/transcripts`, transcript);
}

export function requestPreservation(
  caseId: string,
  preservation: NewPreservation,
): Promise<Preservation> {
  return apiClient.post(`${casePath(caseId)}/preservations`, preservation);
}

export function decidePreservation(id: string, decision: ApprovalDecision): Promise<Preservation> {
  return apiClient.post(`${preservationPath(id)}/decide`, decision);
}

export function handlePreservation(
  id: string,
  handling: { handling: PreservationHandling; note?: string; handledOn?: string },
): Promise<Preservation> {
  return apiClient.post(`${preservationPath(id)}/handle`, handling);
}

export function requestMeasure(caseId: string, measure: NewMeasure): Promise<CompulsoryMeasure> {
  return apiClient.post(`${casePath(caseId)}/measures`, measure);
}

export function decideMeasure(id: string, decision: ApprovalDecision): Promise<CompulsoryMeasure> {
  return apiClient.post(`${measurePath(id)}/decide`, decision);
}

export function implementMeasure(id: string, implementedAt: string): Promise<CompulsoryMeasure> {
  return apiClient.post(`${measurePath(id)}/implement`, { implementedAt });
}

export function extendMeasure(
  id: string,
  extension: { days: number; reason: string },
): Promise<CompulsoryMeasure> {
  return apiClient.post(`${measurePath(id)}/extend`, extension);
}

export function liftMeasure(
  id: string,
  lifting: { reason: LiftReason; note?: string; liftedOn?: string },
): Promise<CompulsoryMeasure> {
  return apiClient.post(`${measurePath(id)}/lift`, lifting);
}

export function issueCorrectionOrder(
  caseId: string,
  order: NewCorrectionOrder,
): Promise<CorrectionOrder> {
  return apiClient.post(`${casePath(caseId)}/correction-orders`, order);
}
