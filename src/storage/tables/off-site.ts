import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Screening } from '../../domain/overload/screening.js';
import type { CreatedAt, Json, UpdatedAt } from '../tables.js';

/** Tables of 非现场执法 (治超), merged into `Tables` in ../tables.ts. */
export interface OffSiteTables {
  monitoringDevice: MonitoringDeviceTable;
  deviceReview: DeviceReviewTable;
  deviceCalibration: DeviceCalibrationTable;
  deviceStatusChange: DeviceStatusChangeTable;
  stationToken: StationTokenTable;
  detectionBatch: DetectionBatchTable;
  detection: DetectionTable;
  transportEnterprise: TransportEnterpriseTable;
  overlimitFinding: OverlimitFindingTable;
  copyNotice: CopyNoticeTable;
}

export interface MonitoringDeviceTable {
  id: Generated<string>;
  agencyId: string;
  code: string;
  name: string;
  kind: 'weighing' | 'camera';
  stationCode: string;
  road: string;
  stake: string;
  direction: string;
  /** numeric columns arrive as text. */
  longitude: ColumnType<string | null, number | null | undefined, number | null>;
  latitude: ColumnType<string | null, number | null | undefined, number | null>;
  areaCode: string;
  publicNoticeDate: string | null;
  activationDate: string | null;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface DeviceReviewTable {
  id: Generated<string>;
  deviceId: string;
  kind: 'legal' | 'technical';
  reviewedOn: string;
  reviewer: string;
  passed: boolean;
  opinion: string;
  createdBy: string | null;
  createdAt: CreatedAt;
}

export interface DeviceCalibrationTable {
  id: Generated<string>;
  deviceId: string;
  certificateNumber: string;
  institute: string;
  calibratedOn: string;
  validUntil: string;
  createdBy: string | null;
  createdAt: CreatedAt;
}

export interface DeviceStatusChangeTable {
  id: Generated<string>;
  deviceId: string;
  status: 'active' | 'suspended' | 'retired';
  effectiveOn: string;
  reason: string;
  changedBy: string | null;
  createdAt: CreatedAt;
}

export interface StationTokenTable {
  id: Generated<string>;
  agencyId: string;
  stationCode: string;
  label: string;
  tokenSha256: string;
  createdBy: string | null;
  createdAt: CreatedAt;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  revokedBy: string | null;
}

/** One row-level problem of an ingest batch. */
export interface DetectionRowError {
  row: number;
  field: string;
  code: string;
  message: string;
}

export interface DetectionBatchTable {
  id: Generated<string>;
  agencyId: string;
  stationCode: string;
  source: 'http' | 'file';
  receivedAt: Generated<Date>;
  rowCount: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  leads: number;
  errors: Json<DetectionRowError[]>;
}

/** A photo or video the station keeps, named by its digest. */
export interface DetectionEvidence {
  sha256: string;
  url: string | null;
  kind: string;
}

export interface DetectionTable {
  id: Generated<string>;
  capturedAt: Date;
  deviceId: string;
  agencyId: string;
  batchId: string;
  stationRecordNo: string;
  plate: string | null;
  trailerPlate: string | null;
  vehicleKind: string;
  axleCount: number;
  axleConfig: string | null;
  singleDriveAxle: boolean | null;
  singleTyreAxles: Generated<number>;
  licenceTotalKg: number | null;
  axleWeightsKg: number[] | null;
  grossKg: number;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
  speedKmh: ColumnType<string | null, number | null | undefined, never>;
  lane: number | null;
  evidence: Json<DetectionEvidence[]>;
  overLimit: boolean;
  deviceLawful: boolean;
  limitKg: number | null;
  excessKg: Generated<number>;
  screening: Json<Screening>;
  ingestedAt: Generated<Date>;
}

export interface TransportEnterpriseTable {
  creditCode: string;
  name: string;
  goodsVehicleCount: number;
  homeAuthority: string;
  updatedAt: UpdatedAt;
}

export interface OverlimitFindingTable {
  id: Generated<string>;
  agencyId: string;
  leadId: string | null;
  actAt: Date;
  plate: string;
  trailerPlate: string | null;
  excessKg: number;
  driverName: string | null;
  driverIdNumber: string | null;
  enterpriseCreditCode: string | null;
  enterpriseName: string | null;
  vehicleHomeAuthority: string | null;
  createdBy: string | null;
  createdAt: CreatedAt;
}

export interface CopyNoticeTable {
  id: Generated<string>;
  agencyId: string;
  subjectKind: 'vehicle' | 'driver' | 'enterprise';
  subjectKey: string;
  subjectName: string;
  homeAuthority: string;
  windowFrom: string;
  windowTo: string;
  findingIds: string[];
  consequence: string;
  createdBy: string | null;
  createdAt: CreatedAt;
}

export type MonitoringDeviceRow = Selectable<MonitoringDeviceTable>;
export type DetectionRow = Selectable<DetectionTable>;
export type OverlimitFindingRow = Selectable<OverlimitFindingTable>;
