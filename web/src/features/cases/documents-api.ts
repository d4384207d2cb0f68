import { apiClient } from '../../lib/api-client';

export type DocumentFormat = 'pdf' | 'docx';

/** One copy in the 文书生成登记: the template version that produced it and its fingerprint. */
export interface GeneratedDocument {
  code: string;
  itemId: string | null;
  templateVersion: number;
  format: DocumentFormat;
  sha256: string;
  size: number;
  generatedBy: string;
  /** ISO instant. */
  generatedAt: string;
}

/** A document the case can produce now; several copies of one document differ by `itemId`. */
export interface CaseDocument {
  code: string;
  title: string;
  itemId: string | null;
  label: string;
  lastGenerated: GeneratedDocument | null;
}

const documentsPath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/documents`;

export function fetchCaseDocuments(caseId: string): Promise<CaseDocument[]> {
  return apiClient.get(documentsPath(caseId));
}

export function fetchGeneratedDocuments(caseId: string): Promise<{ items: GeneratedDocument[] }> {
  return apiClient.get(`/api/cases/${encodeURIComponent(caseId)}/generated-documents`);
}

/** Where the browser downloads one document (the session cookie authorises it). */
export function caseDocumentUrl(
  caseId: string,
  document: Pick<CaseDocument, 'code' | 'itemId'>,
  format: DocumentFormat,
): string {
  const query = new URLSearchParams({ format });
  if (document.itemId) query.set('item', document.itemId);
  return `${documentsPath(caseId)}/${encodeURIComponent(document.code)}?${query.toString()}`;
}
