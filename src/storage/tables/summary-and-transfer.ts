import type { Generated } from 'kysely';
import type { CreatedAt, Json } from '../tables.js';

/** Tables of this area, merged into `Tables` in ../tables.ts. */
export interface SummaryAndTransferTables {
  formNumberRange: FormNumberRangeTable;
  formNumberUse: FormNumberUseTable;
  summaryDecision: SummaryDecisionTable;
  summaryDecisionOfficer: SummaryDecisionOfficerTable;
  summaryFiling: SummaryFilingTable;
  caseTransfer: CaseTransferTable;
  transferEvent: TransferEventTable;
  caseClosure: CaseClosureTable;
  caseArchive: CaseArchiveTable;
  caseAnnotation: CaseAnnotationTable;
}

export interface FormNumberRangeTable {
  id: Generated<string>;
  agencyId: string;
  series: string;
  firstNumber: number;
  lastNumber: number;
  officerId: string;
  issuedBy: string;
  createdAt: CreatedAt;
}

export interface FormNumberUseTable {
  rangeId: string;
  number: number;
  purpose: 'decision' | 'voided';
  voidReason: string | null;
  usedBy: string;
  createdAt: CreatedAt;
}

export type CollectionGround = 'smallFine' | 'hardToEnforceLater' | 'remoteArea';

export interface SummaryDecisionTable {
  id: Generated<string>;
  agencyId: string;
  rangeId: string;
  formNumber: number;
  documentNumber: string;
  category: string;
  party: Json<Record<string, unknown>>;
  place: string;
  areaCode: string;
  actAt: Date;
  decidedAt: Date;
  facts: string;
  violatedProvision: string;
  legalBasis: string;
  penaltyKinds: Json<string[]>;
  fineFen: number;
  statement: string | null;
  partyRefusedToSign: boolean;
  reconsiderationBody: string;
  litigationCourt: string;
  collectionGround: CollectionGround | null;
  receiptNumber: string | null;
  createdBy: string;
  createdAt: CreatedAt;
}

export interface SummaryDecisionOfficerTable {
  decisionId: string;
  officerId: string;
}

export interface SummaryFilingTable {
  decisionId: string;
  filedOn: string;
  late: boolean;
  lateReason: string | null;
  filedBy: string;
  createdAt: CreatedAt;
}

export type TransferKind = 'crime' | 'jurisdiction';
export type TransferStatus = 'proposed' | 'refused' | 'approved' | 'handedOver' | 'takenBack';

/** One line of the 涉案物品清单 (移送规定第六条第三项). */
export interface TransferItem {
  name: string;
  quantity: string;
  note?: string | undefined;
}

export interface CaseTransferTable {
  id: Generated<string>;
  caseId: string;
  kind: TransferKind;
  recipient: string;
  reason: string;
  suspectedOffence: string | null;
  report: string;
  items: Json<TransferItem[]>;
  evidenceIds: Json<string[]>;
  proposedBy: string;
  proposedAt: Date;
  status: TransferStatus;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionOpinion: string | null;
  handedOverAt: Date | null;
  handedOverBy: string | null;
  receiptSignedBy: string | null;
  createdAt: CreatedAt;
}

export interface TransferEventTable {
  id: Generated<string>;
  transferId: string;
  kind: string;
  occurredOn: string;
  organ: string | null;
  documentNumber: string | null;
  note: string | null;
  recordedBy: string;
  createdAt: CreatedAt;
}

export interface CaseClosureTable {
  id: Generated<string>;
  caseId: string;
  summary: string;
  executionSummary: string | null;
  proposedBy: string;
  proposedAt: Date;
  status: 'pending' | 'approved' | 'returned';
  headOpinion: string | null;
  decidedBy: string | null;
  decidedOn: string | null;
  createdAt: CreatedAt;
}

/** One line of the sealed 卷内目录, as stored. */
export interface SealedIndexEntry {
  seq: number;
  title: string;
  pages: string;
}

/** A document of the sealed file and the sha256 of its merge data. */
export interface SealedDocument {
  code: string;
  itemId: string | null;
  title: string;
  sha256: string;
}

export interface CaseArchiveTable {
  caseId: string;
  fileIndex: Json<SealedIndexEntry[]>;
  documents: Json<SealedDocument[]>;
  sealSha256: string;
  archivedBy: string;
  archivedAt: CreatedAt;
}

export interface CaseAnnotationTable {
  id: Generated<string>;
  caseId: string;
  text: string;
  createdBy: string;
  createdAt: CreatedAt;
}
