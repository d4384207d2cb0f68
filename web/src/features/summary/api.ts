import { apiClient } from '../../lib/api-client';
import type { EnforcementCategory } from '@domain/certificate.js';
import type { PenaltyKind } from '@domain/case/penalty.js';

export { enforcementCategories, enforcementCategoryLabels } from '@domain/certificate.js';
export type { EnforcementCategory };
export { formatYuan } from '@domain/case/penalty.js';
export {
  onTheSpotCollectionLimitFen,
  summaryFineLimitFen,
} from '@domain/case/summary-procedure.js';

export interface FormNumberUse {
  number: number;
  documentNumber: string;
  purpose: 'decision' | 'voided';
  voidReason: string | null;
  decisionId: string | null;
}

/** 号段: pre-numbered 当场行政处罚决定书 issued to one officer. */
export interface FormNumberRange {
  id: string;
  agencyId: string;
  agencyName: string;
  series: string;
  firstNumber: number;
  lastNumber: number;
  label: string;
  officerId: string;
  officerName: string;
  issuedAt: string;
  used: number;
  voided: number;
  remaining: number;
  nextNumber: number | null;
  uses: FormNumberUse[];
}

export interface NewFormNumberRange {
  officerId: string;
  series: string;
  firstNumber: number;
  lastNumber: number;
}

export type Party =
  | { kind: 'citizen'; name: string; idNumber: string; address: string; phone?: string }
  | {
      kind: 'organisation';
      name: string;
      creditCode: string;
      legalRepresentative: string;
      address: string;
      phone?: string;
    };

export const collectionGrounds = ['smallFine', 'hardToEnforceLater', 'remoteArea'] as const;
export type CollectionGround = (typeof collectionGrounds)[number];

export const collectionGroundLabels: Record<CollectionGround, string> = {
  smallFine: '罚款 100 元以下（第六十八条第一项）',
  hardToEnforceLater: '不当场收缴事后难以执行（第六十八条第二项）',
  remoteArea: '边远、水上、交通不便地区，当事人提出（第六十九条）',
};

export interface NewSummaryDecision {
  rangeId: string;
  formNumber: number;
  colleagueIds: string[];
  category: EnforcementCategory;
  party: Party;
  place: string;
  areaCode: string;
  actAt: string;
  decidedAt: string;
  facts: string;
  factsConfirmed: boolean;
  violatedProvision: string;
  legalBasis: string;
  penaltyKinds: PenaltyKind[];
  fineFen: number;
  statement?: string | null;
  partyRefusedToSign: boolean;
  reconsiderationBody: string;
  litigationCourt: string;
  collection?: {
    ground: CollectionGround;
    partyRequested: boolean;
    receiptNumber?: string | null;
  } | null;
}

export const filingStatuses = ['pending', 'overdue', 'filed', 'filedLate'] as const;
export type FilingStatus = (typeof filingStatuses)[number];

export const filingStatusLabels: Record<FilingStatus, string> = {
  pending: '待备案',
  overdue: '逾期未备案',
  filed: '已备案',
  filedLate: '逾期备案',
};

export const filingStatusColors: Record<FilingStatus, string> = {
  pending: 'processing',
  overdue: 'error',
  filed: 'success',
  filedLate: 'warning',
};

export interface SummaryDecision {
  id: string;
  agencyId: string;
  agencyName: string;
  documentNumber: string;
  rangeId: string;
  formNumber: number;
  category: EnforcementCategory;
  party: Party;
  place: string;
  areaCode: string;
  actAt: string;
  decidedAt: string;
  facts: string;
  violatedProvision: string;
  legalBasis: string;
  penaltyKinds: PenaltyKind[];
  penaltyLabel: string;
  fineFen: number;
  statement: string | null;
  partyRefusedToSign: boolean;
  reconsiderationBody: string;
  litigationCourt: string;
  collection: { ground: CollectionGround; receiptNumber: string } | null;
  officers: { id: string; name: string }[];
  filingDeadline: string;
  filingStatus: FilingStatus;
  filing: { filedOn: string; late: boolean; lateReason: string | null } | null;
}

export interface AgencySummaryCount {
  agencyId: string;
  agencyName: string;
  decisions: number;
  warnings: number;
  fines: number;
  fineTotalFen: number;
  collectedOnSpot: number;
  filedLate: number;
  overdueUnfiled: number;
}

export interface OfficerChoice {
  id: string;
  name: string;
  agencyId: string;
  agencyName: string;
  certificateStatus: string;
}

export function fetchFormNumberRanges(query: {
  mine?: boolean;
}): Promise<{ items: FormNumberRange[] }> {
  return apiClient.get('/api/form-number-ranges', { mine: query.mine ? 'true' : undefined });
}

export function issueFormNumberRange(range: NewFormNumberRange): Promise<FormNumberRange> {
  return apiClient.post('/api/form-number-ranges', range);
}

export function voidFormNumber(
  rangeId: string,
  input: { number: number; reason: string },
): Promise<FormNumberRange> {
  return apiClient.post(`/api/form-number-ranges/${encodeURIComponent(rangeId)}/void`, input);
}

export function createSummaryDecision(decision: NewSummaryDecision): Promise<SummaryDecision> {
  return apiClient.post('/api/summary-decisions', decision);
}

export function fetchSummaryDecisions(query: {
  filingStatus?: FilingStatus | undefined;
  mine?: boolean;
}): Promise<{ items: SummaryDecision[] }> {
  return apiClient.get('/api/summary-decisions', {
    filingStatus: query.filingStatus,
    mine: query.mine ? 'true' : undefined,
  });
}

export function fileSummaryDecision(
  id: string,
  lateReason: string | null,
): Promise<SummaryDecision> {
  return apiClient.post(`/api/summary-decisions/${encodeURIComponent(id)}/filing`, {
    lateReason,
  });
}

export function fetchSummaryStatistics(query: {
  from?: string;
  to?: string;
}): Promise<{ agencies: AgencySummaryCount[] }> {
  return apiClient.get('/api/summary-decisions/statistics', query);
}

/** Where the browser downloads the 当场行政处罚决定书 (the session cookie authorises it). */
export function summaryDecisionUrl(id: string, format: 'pdf' | 'docx'): string {
  return `/api/summary-decisions/${encodeURIComponent(id)}/document?format=${format}`;
}

export function fetchOfficerChoices(): Promise<{ items: OfficerChoice[] }> {
  return apiClient.get('/api/officers', { page: 1, pageSize: 200, certificateStatus: 'valid' });
}

export function fetchAgencyRegion(agencyId: string): Promise<{ regionCode: string; name: string }> {
  return apiClient.get(`/api/agencies/${encodeURIComponent(agencyId)}`);
}
