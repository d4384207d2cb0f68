import type { PenaltyKind } from '@domain/case/penalty.js';
import type { EnforcementCategory } from '@domain/certificate.js';
import type { Tier } from '@domain/discretion/benchmark.js';
import type { ExemptionCondition, ExemptionList } from '@domain/discretion/exemption-list.js';
import type { Citation } from '@domain/law/citation.js';
import { apiClient } from '../../lib/api-client';

export type { EnforcementCategory, ExemptionList, PenaltyKind };

export type LabelledCitation = Citation & { label: string };

export interface ViolationSummary {
  code: string;
  name: string;
  category: EnforcementCategory;
  ruleFrom: string | null;
  violated: LabelledCitation[];
  penaltyBasis: LabelledCitation[];
  summaryAllowed: boolean;
  publishedBenchmarkInForce: boolean;
}

export interface CitedText {
  citation: Citation;
  label: string;
  found: boolean;
  text: string;
}

export interface RuleVersion {
  id: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  inForce: boolean;
  violated: CitedText[];
  penaltyBasis: CitedText[];
  statutoryRange: { text: string; conditionText: string; penaltyText: string }[];
  summaryAllowed: boolean;
}

export type TierView = Tier & { conditionText: string; penaltyText: string };

export interface BenchmarkVersion {
  id: string;
  violationCode: string;
  violationName: string;
  version: number;
  issuer: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  status: 'draft' | 'published';
  inForce: boolean;
  publishedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  tiers: TierView[];
}

export interface ExemptionEntry {
  id: string;
  code: string;
  version: number;
  list: ExemptionList;
  matter: string;
  violationCodes: string[];
  legalBasis: LabelledCitation[];
  conditions: ExemptionCondition[];
  note: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  inForce: boolean;
}

export interface ViolationDetail extends ViolationSummary {
  rules: RuleVersion[];
  benchmarks: BenchmarkVersion[];
  exemptionEntries: ExemptionEntry[];
}

export interface ViolationFilter {
  category?: EnforcementCategory;
  q?: string;
}

export async function listViolations(filter: ViolationFilter): Promise<ViolationSummary[]> {
  const { items } = await apiClient.get<{ items: ViolationSummary[] }>('/api/violations', {
    category: filter.category,
    q: filter.q,
  });
  return items;
}

export function getViolation(code: string): Promise<ViolationDetail> {
  return apiClient.get(`/api/violations/${encodeURIComponent(code)}`);
}

export type BenchmarkStatus = 'draft' | 'published' | 'inForce';

export const benchmarkStatusLabels: Record<BenchmarkStatus, string> = {
  draft: '草稿',
  published: '已发布',
  inForce: '施行中',
};

export interface BenchmarkFilter {
  violationCode?: string;
  status?: BenchmarkStatus;
}

export async function listBenchmarks(filter: BenchmarkFilter): Promise<BenchmarkVersion[]> {
  const { items } = await apiClient.get<{ items: BenchmarkVersion[] }>('/api/benchmarks', {
    violationCode: filter.violationCode,
    status: filter.status,
  });
  return items;
}

export function publishBenchmark(id: string): Promise<BenchmarkVersion> {
  return apiClient.post(`/api/benchmarks/${id}/publish`);
}

/** Sends the sheet as the multipart field `file`; every benchmark becomes a draft, or none. */
export async function importBenchmarks(file: File): Promise<BenchmarkVersion[]> {
  const form = new FormData();
  form.append('file', file);
  const { items } = await apiClient.upload<{ items: BenchmarkVersion[] }>(
    '/api/benchmarks/import',
    form,
  );
  return items;
}

export function benchmarkExportUrl(filter: BenchmarkFilter): string {
  const params = new URLSearchParams();
  if (filter.violationCode) params.set('violationCode', filter.violationCode);
  if (filter.status) params.set('status', filter.status);
  const search = params.toString();
  return `/api/benchmarks/export.xlsx${search ? `?${search}` : ''}`;
}

export const benchmarkTemplateUrl = '/api/benchmarks/template.xlsx';

/** The page anyone can read without signing in (行政处罚法第三十四条). */
export const publicBenchmarksUrl = '/public/benchmarks';
