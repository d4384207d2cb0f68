import { apiClient } from '../../lib/api-client';

export type ClosureStatus = 'pending' | 'approved' | 'returned';

/** 结案报告 and the head's decision on it. */
export interface CaseClosure {
  id: string;
  caseId: string;
  status: ClosureStatus;
  statusLabel: string;
  summary: string;
  executionSummary: string | null;
  proposedAt: string;
  headOpinion: string | null;
  decidedOn: string | null;
}

export interface FileEntry {
  seq: number;
  title: string;
  pages: string;
}

/** 案卷: the 卷内目录, what is missing, the seal once archived, and the remarks. */
export interface CaseFile {
  caseId: string;
  stage: string;
  entries: FileEntry[];
  gaps: string[];
  archivable: boolean;
  archive: {
    archivedAt: string;
    archivedBy: string;
    sealSha256: string;
    documents: { code: string; itemId: string | null; title: string; sha256: string }[];
  } | null;
  annotations: { id: string; text: string; createdBy: string; createdAt: string }[];
}

export interface SealCheck {
  intact: boolean;
  sealSha256: string;
  recomputedSha256: string;
  changed: string[];
}

const casePath = (caseId: string, step: string) =>
  `/api/cases/${encodeURIComponent(caseId)}/${step}`;

type Closures = Promise<{ items: CaseClosure[] }>;

export function fetchClosures(caseId: string): Closures {
  return apiClient.get(casePath(caseId, 'closures'));
}

export function submitClosure(
  caseId: string,
  closure: { summary: string; executionSummary?: string | null },
): Closures {
  return apiClient.post(casePath(caseId, 'closures'), closure);
}

export function decideClosure(
  caseId: string,
  decision: { approved: boolean; opinion: string },
): Closures {
  return apiClient.post(casePath(caseId, 'closures/decide'), decision);
}

export function fetchCaseFile(caseId: string, pages: boolean): Promise<CaseFile> {
  return apiClient.get(casePath(caseId, 'file'), { pages: pages ? 'true' : undefined });
}

export function archiveCase(caseId: string): Promise<CaseFile> {
  return apiClient.post(casePath(caseId, 'archive'));
}

export function verifyArchive(caseId: string): Promise<SealCheck> {
  return apiClient.get(casePath(caseId, 'archive/verify'));
}

export function annotateCase(caseId: string, text: string): Promise<CaseFile> {
  return apiClient.post(casePath(caseId, 'annotations'), { text });
}
