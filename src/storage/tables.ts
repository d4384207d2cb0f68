import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { DiscretionTables } from './tables/discretion.js';
import type { DocumentTemplatesTables } from './tables/document-templates.js';
import type { InvestigationTables } from './tables/investigation.js';
import type { LawLibraryTables } from './tables/law-library.js';
import type { OffSiteTables } from './tables/off-site.js';
import type { ReviewAndDecisionTables } from './tables/review-and-decision.js';
import type { ServiceAndExecutionTables } from './tables/service-and-execution.js';
import type { SummaryAndTransferTables } from './tables/summary-and-transfer.js';

/** Row types of every table, in camelCase (CamelCasePlugin maps them to snake_case). */
export interface Tables
  extends
    InvestigationTables,
    ReviewAndDecisionTables,
    ServiceAndExecutionTables,
    SummaryAndTransferTables,
    DocumentTemplatesTables,
    LawLibraryTables,
    DiscretionTables,
    OffSiteTables {
  agency: AgencyTable;
  unit: UnitTable;
  officer: OfficerTable;
  certificate: CertificateTable;
  appUser: AppUserTable;
  userSession: UserSessionTable;
  workdaySchedule: WorkdayScheduleTable;
  recordLog: RecordLogTable;
  lead: LeadTable;
  penaltyCase: PenaltyCaseTable;
  caseOfficer: CaseOfficerTable;
  caseNumberCounter: CaseNumberCounterTable;
  recusal: RecusalTable;
  evidence: EvidenceTable;
}

export type CreatedAt = ColumnType<Date, never, never>;
export type UpdatedAt = ColumnType<Date, never, Date>;

export interface AgencyTable {
  id: Generated<string>;
  parentId: string | null;
  path: string;
  name: string;
  shortName: string;
  kind: string;
  regionCode: string;
  address: string | null;
  phone: string | null;
  caseNumberPattern: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface UnitTable {
  id: Generated<string>;
  agencyId: string;
  name: string;
  kind: string;
  createdAt: CreatedAt;
}

export interface OfficerTable {
  id: Generated<string>;
  agencyId: string;
  unitId: string | null;
  name: string;
  idNumber: string;
  phone: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface CertificateTable {
  id: Generated<string>;
  officerId: string;
  number: string;
  issuer: string;
  categories: string[];
  areaCodes: string[];
  areaName: string;
  validFrom: string;
  validTo: string;
  lastVerifiedYear: number | null;
  status: Generated<string>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface AppUserTable {
  id: Generated<string>;
  username: string;
  displayName: string;
  agencyId: string;
  officerId: string | null;
  roles: string[];
  passwordHash: string;
  mustChangePassword: Generated<boolean>;
  failedLoginCount: Generated<number>;
  lockedUntil: Date | null;
  lockedByAdmin: Generated<boolean>;
  lastLoginAt: Date | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface UserSessionTable {
  tokenHash: string;
  userId: string;
  csrfToken: string;
  createdAt: CreatedAt;
  expiresAt: Date;
  lastSeenAt: Generated<Date>;
}

export interface WorkdayScheduleTable {
  year: number;
  holidays: ColumnType<DatedName[], string, string>;
  makeupWorkdays: ColumnType<DatedName[], string, string>;
  source: 'builtin' | 'admin';
  updatedAt: UpdatedAt;
}

export interface DatedName {
  date: string;
  name: string;
}

export interface RecordLogTable {
  seq: Generated<number>;
  at: Date;
  actorUserId: string | null;
  actorName: string;
  actorCertificateNumber: string | null;
  agencyId: string | null;
  objectType: string;
  objectId: string;
  action: string;
  change: ColumnType<unknown, string, never>;
  changeDigest: string;
  prevHash: string;
  hash: string;
}

export type Json<T> = ColumnType<T, string, string>;

export interface LeadTable {
  id: Generated<string>;
  agencyId: string;
  source: string;
  receivedAt: Date;
  cause: string;
  summary: string;
  place: string | null;
  areaCode: string;
  reporter: Json<Record<string, unknown> | null>;
  status: Generated<string>;
  dispositionReason: string | null;
  /** Null for a lead that 初筛 made of a detection. */
  createdBy: string | null;
  detectionId: string | null;
  detectionCapturedAt: Date | null;
  recheckDueAt: Date | null;
  recheckStatus: 'pending' | 'confirmed' | 'rejected' | null;
  recheckedBy: string | null;
  recheckedAt: Date | null;
  recheckReason: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface PenaltyCaseTable {
  id: Generated<string>;
  agencyId: string;
  leadId: string;
  caseNumber: string | null;
  stage: string;
  cause: string;
  category: string;
  actAreaCode: string;
  actEndDate: string;
  discoveryDate: string;
  harmCategory: string;
  limitationException: string | null;
  party: Json<Record<string, unknown>>;
  proposedBy: string;
  proposedAt: Date;
  filingApprovedBy: string | null;
  filingDate: string | null;
  plate: ColumnType<string | null, string | null | undefined, string | null>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface CaseOfficerTable {
  caseId: string;
  officerId: string;
}

export interface CaseNumberCounterTable {
  agencyId: string;
  year: number;
  lastSerial: number;
}

export interface RecusalTable {
  id: Generated<string>;
  caseId: string;
  officerId: string;
  requestedBy: string;
  reason: string;
  status: Generated<string>;
  decisionReason: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  createdAt: CreatedAt;
}

export interface EvidenceTable {
  id: Generated<string>;
  caseId: string;
  type: string;
  title: string;
  description: string | null;
  collectedAt: Date;
  fileSha256: string | null;
  fileName: string | null;
  mediaType: string | null;
  size: number | null;
  createdBy: string;
  createdAt: CreatedAt;
}

export type AgencyRow = Selectable<AgencyTable>;
export type EvidenceRow = Selectable<EvidenceTable>;
export type LeadRow = Selectable<LeadTable>;
export type PenaltyCaseRow = Selectable<PenaltyCaseTable>;
export type RecusalRow = Selectable<RecusalTable>;
export type UnitRow = Selectable<UnitTable>;
export type OfficerRow = Selectable<OfficerTable>;
export type CertificateRow = Selectable<CertificateTable>;
export type NewCertificate = Insertable<CertificateTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type AppUserUpdate = Updateable<AppUserTable>;
export type RecordLogRow = Selectable<RecordLogTable>;
