import { apiClient } from '../../lib/api-client';

export const recordObjectTypes = [
  'agency',
  'unit',
  'officer',
  'certificate',
  'user',
  'workdaySchedule',
  'import',
  'backup',
  'lead',
  'case',
  'recusal',
  'documentTemplate',
  'formNumberRange',
  'summaryDecision',
  'violationType',
  'benchmark',
  'exemptionEntry',
] as const;
export type RecordObjectType = (typeof recordObjectTypes)[number];

export interface RecordEntry {
  seq: number;
  /** ISO instant. */
  at: string;
  actorUserId: string;
  actorName: string;
  actorCertificateNumber: string | null;
  objectType: RecordObjectType;
  objectId: string;
  action: string;
  change: Record<string, unknown>;
  hash: string;
}

export interface RecordQuery {
  objectType: RecordObjectType;
  objectId?: string;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  reason: string | null;
}

export function fetchRecords(query: RecordQuery): Promise<{ items: RecordEntry[] }> {
  return apiClient.get('/api/records', { ...query });
}

export function verifyRecordChain(): Promise<ChainVerification> {
  return apiClient.get('/api/records/verify');
}
