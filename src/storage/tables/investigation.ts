import type { Generated, Selectable } from 'kysely';
import type {
  CompulsoryMeasureKind,
  LiftReason,
  PreservationHandling,
  SignatureStatus,
  TranscriptKind,
  TranscriptSubject,
} from '../../domain/case/investigation.js';
import type { CreatedAt, Json } from '../tables.js';

/** Tables of this area, merged into `Tables` in ../tables.ts. */
export interface InvestigationTables {
  transcript: TranscriptTable;
  transcriptAttachment: TranscriptAttachmentTable;
  evidencePreservation: EvidencePreservationTable;
  compulsoryMeasure: CompulsoryMeasureTable;
  correctionOrder: CorrectionOrderTable;
}

/** An officer as printed on a form: who, and the certificate number shown (第五十五条). */
export interface PresentOfficer {
  officerId: string;
  name: string;
  certificateNumber: string;
}

export type TranscriptContent =
  | { kind: 'inquiry'; questions: { question: string; answer: string }[] }
  | { kind: 'site'; description: string }
  | { kind: 'survey'; object: string; description: string };

export interface Witness {
  name: string;
  idNumber?: string | undefined;
}

/** One line of a 证据登记保存清单 or a 查封、扣押清单. */
export interface ListedItem {
  name: string;
  specification?: string | undefined;
  quantity: string;
  note?: string | undefined;
}

export interface TranscriptTable {
  id: Generated<string>;
  caseId: string;
  kind: TranscriptKind;
  evidenceId: string;
  correctsId: string | null;
  startedAt: Date;
  endedAt: Date;
  place: string;
  officers: Json<PresentOfficer[]>;
  recorderOfficerId: string;
  subject: Json<TranscriptSubject>;
  content: Json<TranscriptContent>;
  signature: SignatureStatus;
  witness: Json<Witness | null>;
  createdBy: string;
  createdAt: CreatedAt;
}

export interface TranscriptAttachmentTable {
  transcriptId: string;
  evidenceId: string;
}

export interface EvidencePreservationTable {
  id: Generated<string>;
  caseId: string;
  items: Json<ListedItem[]>;
  reason: string;
  place: string;
  storagePlace: string;
  status: Generated<'requested' | 'approved' | 'refused'>;
  requestedBy: string;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionOpinion: string | null;
  decisionDue: string | null;
  decisionDueProvisional: boolean | null;
  handling: PreservationHandling | null;
  handlingNote: string | null;
  handledOn: string | null;
  handledBy: string | null;
  createdAt: CreatedAt;
}

export interface CompulsoryMeasureTable {
  id: Generated<string>;
  caseId: string;
  kind: CompulsoryMeasureKind;
  items: Json<ListedItem[]>;
  reason: string;
  legalBasis: string;
  place: string;
  termDays: number;
  emergency: boolean;
  requestedBy: string;
  requestedAt: Generated<Date>;
  approval: Generated<'pending' | 'approved' | 'refused'>;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionOpinion: string | null;
  implementedAt: Date | null;
  implementedBy: string | null;
  extensionDays: number | null;
  extensionReason: string | null;
  extendedBy: string | null;
  extendedAt: Date | null;
  liftedOn: string | null;
  liftReason: LiftReason | null;
  liftNote: string | null;
  liftedBy: string | null;
  createdAt: CreatedAt;
}

export interface CorrectionOrderTable {
  id: Generated<string>;
  caseId: string;
  violation: string;
  legalBasis: string;
  requirement: string;
  correctBy: string | null;
  issuedOn: string;
  createdBy: string;
  createdAt: CreatedAt;
}

export type TranscriptRow = Selectable<TranscriptTable>;
export type EvidencePreservationRow = Selectable<EvidencePreservationTable>;
export type CompulsoryMeasureRow = Selectable<CompulsoryMeasureTable>;
export type CorrectionOrderRow = Selectable<CorrectionOrderTable>;
