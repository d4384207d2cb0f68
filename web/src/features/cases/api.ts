import { apiClient } from '../../lib/api-client';
import type { CaseStage as DomainCaseStage } from '@domain/case/case-stage.js';
import type { EvidenceType as DomainEvidenceType } from '@domain/case/evidence.js';
import type { HarmCategory } from '@domain/case/limitation.js';
import type { NextAction } from '@domain/case/case-actions.js';
import type { DeadlineBound, DeadlineKind, DeadlineStatus } from '@domain/case/case-deadlines.js';
import type { CaseStageGroup } from '@domain/case/stage-groups.js';
import type { CertificateStanding, EnforcementCategory } from '@domain/certificate.js';

export const leadSources = [
  'inspection',
  'report',
  'superiorAssigned',
  'subordinateReported',
  'transferredIn',
  'offSite',
  'other',
] as const;
export type LeadSource = (typeof leadSources)[number];

export const leadStatuses = ['open', 'filed', 'dismissed', 'transferred'] as const;
export type LeadStatus = (typeof leadStatuses)[number];

export { caseStages } from '@domain/case/case-stage.js';
export type CaseStage = DomainCaseStage;

export { enforcementCategories as categories } from '@domain/certificate.js';
export type Category = EnforcementCategory;

export { harmCategories } from '@domain/case/limitation.js';
export type { HarmCategory };

export type CertificateStatus = CertificateStanding;

export interface Reporter {
  name: string;
  phone?: string;
  address?: string;
}

export interface Lead {
  id: string;
  agencyId: string;
  agencyName: string;
  source: LeadSource;
  /** ISO instant. */
  receivedAt: string;
  cause: string;
  summary: string;
  place: string | null;
  areaCode: string;
  /** `null` when there is none, or when this user may not see who reported. */
  reporter: Reporter | null;
  reporterHidden: boolean;
  status: LeadStatus;
  dispositionReason: string | null;
  createdAt: string;
}

export interface NewLead {
  agencyId: string;
  source: LeadSource;
  receivedAt: string;
  cause: string;
  summary: string;
  place?: string | null;
  areaCode: string;
  reporter?: Reporter | null;
}

export type Party =
  | {
      kind: 'citizen';
      name: string;
      idNumber: string;
      address: string;
      phone?: string;
    }
  | {
      kind: 'organisation';
      name: string;
      creditCode: string;
      legalRepresentative: string;
      address: string;
      phone?: string;
    };

export interface FilingProposal {
  cause: string;
  category: Category;
  actAreaCode: string;
  actEndDate: string;
  discoveryDate: string;
  harmCategory: HarmCategory;
  limitationException?: string | null;
  party: Party;
  officerIds: string[];
}

export type RecusalRequester = 'party' | 'officer';
export type RecusalStatus = 'pending' | 'granted' | 'refused';

export interface Recusal {
  id: string;
  officerId: string;
  requestedBy: RecusalRequester;
  reason: string;
  status: RecusalStatus;
}

export interface PenaltyCase {
  id: string;
  leadId: string;
  agencyId: string;
  agencyName: string;
  caseNumber: string | null;
  stage: CaseStage;
  stageLabel: string;
  cause: string;
  category: Category;
  actAreaCode: string;
  actEndDate: string;
  discoveryDate: string;
  harmCategory: HarmCategory;
  party: Party;
  officers: { id: string; name: string }[];
  filingDate: string | null;
  /** 涉案车辆号牌, entered with the 裁量. */
  plate: string | null;
  /** Empty in the case list; filled on a single case. */
  recusals: Recusal[];
  /** Pending deadlines, soonest first. */
  deadlines: CaseDeadline[];
  /** What the stage allows, each marked available to the signed-in user or not, and why. */
  nextActions: NextAction[];
}

export type { NextAction };
export type { DeadlineStatus };

export interface CaseDeadline {
  caseId: string;
  kind: DeadlineKind;
  label: string;
  /** YYYY-MM-DD: the last day, or for `noEarlierThan` the first allowed day. */
  due: string;
  bound: DeadlineBound;
  article: string;
  provisional: boolean;
  /** `null` for a `noEarlierThan` date, which cannot be missed. */
  status: DeadlineStatus | null;
  /** Days from today to `due`, negative once passed. */
  daysLeft: number;
}

export { caseStageGroups } from '@domain/case/stage-groups.js';
export type { CaseStageGroup };

export interface CaseListQuery {
  stage?: CaseStage;
  stageGroup?: CaseStageGroup;
  officerId?: string;
  leadId?: string;
  deadlineStatus?: 'overdue' | 'dueSoon';
  q?: string;
  agencyId?: string;
  filedFrom?: string;
  filedTo?: string;
  sort?: 'proposedAt' | 'filingDate' | 'updatedAt';
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export interface NewRecusal {
  officerId: string;
  requestedBy: RecusalRequester;
  reason: string;
}

/** The few officer fields the filing form shows when choosing the case officers. */
export interface OfficerChoice {
  id: string;
  name: string;
  agencyId: string;
  agencyName: string;
  unitName: string | null;
  certificateNumber: string | null;
  certificateStatus: CertificateStatus | null;
}

const leadPath = (id: string) => `/api/leads/${encodeURIComponent(id)}`;
const casePath = (id: string) => `/api/cases/${encodeURIComponent(id)}`;

export function createLead(lead: NewLead): Promise<Lead> {
  return apiClient.post('/api/leads', lead);
}

export function fetchLeads(status?: LeadStatus): Promise<{ items: Lead[] }> {
  return apiClient.get('/api/leads', { status });
}

export function fetchLead(id: string): Promise<Lead> {
  return apiClient.get(leadPath(id));
}

export function closeLead(
  id: string,
  outcome: 'dismiss' | 'transfer',
  reason: string,
): Promise<Lead> {
  return apiClient.post(`${leadPath(id)}/${outcome}`, { reason });
}

export function proposeFiling(leadId: string, proposal: FilingProposal): Promise<PenaltyCase> {
  return apiClient.post(`${leadPath(leadId)}/filing`, proposal);
}

export function fetchCases(query: CaseListQuery): Promise<{ items: PenaltyCase[]; total: number }> {
  return apiClient.get('/api/cases', { ...query });
}

export function fetchCase(id: string): Promise<PenaltyCase> {
  return apiClient.get(casePath(id));
}

export function approveFiling(id: string): Promise<PenaltyCase> {
  return apiClient.post(`${casePath(id)}/approve-filing`);
}

export function returnFiling(id: string, reason: string): Promise<PenaltyCase> {
  return apiClient.post(`${casePath(id)}/return-filing`, { reason });
}

export function dismissCase(id: string, reason: string): Promise<PenaltyCase> {
  return apiClient.post(`${casePath(id)}/dismiss`, { reason });
}

export function requestRecusal(caseId: string, recusal: NewRecusal): Promise<PenaltyCase> {
  return apiClient.post(`${casePath(caseId)}/recusals`, recusal);
}

export function decideRecusal(
  recusalId: string,
  decision: { granted: boolean; reason: string },
): Promise<PenaltyCase> {
  return apiClient.post(`/api/recusals/${encodeURIComponent(recusalId)}/decide`, decision);
}

/** Officers in the user's scope, to choose the case officers from (the server allows 200 a page). */
export function fetchOfficerChoices(): Promise<{ items: OfficerChoice[]; total: number }> {
  return apiClient.get('/api/officers', { page: 1, pageSize: 200 });
}

export { evidenceTypes } from '@domain/case/evidence.js';
export type EvidenceType = DomainEvidenceType;

export interface EvidenceFile {
  sha256: string;
  name: string;
  mediaType: string;
  size: number;
}

export interface Evidence {
  id: string;
  caseId: string;
  type: EvidenceType;
  typeLabel: string;
  title: string;
  description: string | null;
  /** ISO instant. */
  collectedAt: string;
  file: EvidenceFile | null;
  createdAt: string;
}

export interface NewEvidence {
  type: EvidenceType;
  title: string;
  description?: string;
  /** ISO datetime with an offset. */
  collectedAt: string;
  file?: File | null;
}

export function fetchEvidence(caseId: string): Promise<{ items: Evidence[] }> {
  return apiClient.get(`${casePath(caseId)}/evidence`);
}

/** 登记证据: multipart, so the photo or recording goes up with the fields. */
export function addEvidence(caseId: string, evidence: NewEvidence): Promise<Evidence> {
  const form = new FormData();
  form.set('type', evidence.type);
  form.set('title', evidence.title);
  if (evidence.description) form.set('description', evidence.description);
  form.set('collectedAt', evidence.collectedAt);
  if (evidence.file) form.set('file', evidence.file, evidence.file.name);
  return apiClient.upload(`${casePath(caseId)}/evidence`, form);
}

/** Where the browser downloads an evidence file (the session cookie authorises it). */
export function evidenceFileUrl(evidenceId: string): string {
  return `/api/evidence/${encodeURIComponent(evidenceId)}/file`;
}
