import { ApiError, apiClient, type FieldIssue } from '../../lib/api-client';
import type { TemplateOrigin } from '@domain/template-precedence.js';

export { templateOriginLabels } from '@domain/template-precedence.js';
export type { TemplateOrigin };

export interface AgencyRef {
  id: string;
  name: string;
}

/** One version of a 文书模板, as the server lists it. */
export interface TemplateVersion {
  code: string;
  title: string;
  formNumber: string;
  version: number;
  origin: TemplateOrigin;
  /** The publishing agency; null for platform-wide and built-in versions. */
  agency: AgencyRef | null;
  note: string | null;
  revertedFrom: number | null;
  createdBy: string | null;
  /** ISO instant; null for the built-in version. */
  createdAt: string | null;
  inForce: boolean;
}

export interface TemplateVersionDetail extends TemplateVersion {
  template: Record<string, unknown>;
  /** Merge fields the built-in version does not use: cases may leave them blank. */
  unfamiliarFields: string[];
}

export interface TemplatesInForce {
  agency: AgencyRef | null;
  canPublishPlatformWide: boolean;
  items: TemplateVersion[];
}

export interface AgencyChoice {
  id: string;
  parentId: string | null;
  name: string;
  kind: string;
}

/** Where to publish: an agency (and its subtree), or null for the whole platform. */
export interface PublishTarget {
  agencyId: string | null;
  note: string;
}

const templatePath = (code: string) => `/api/document-templates/${encodeURIComponent(code)}`;
const versionPath = (code: string, version: number) => `${templatePath(code)}/versions/${version}`;

export function fetchAgencyChoices(): Promise<{ items: AgencyChoice[] }> {
  return apiClient.get('/api/agencies');
}

export function fetchTemplatesInForce(agencyId?: string): Promise<TemplatesInForce> {
  return apiClient.get('/api/document-templates', { agencyId });
}

export function fetchTemplateVersions(
  code: string,
  agencyId?: string,
): Promise<{ items: TemplateVersion[] }> {
  return apiClient.get(`${templatePath(code)}/versions`, { agencyId });
}

export function publishTemplateVersion(
  code: string,
  template: unknown,
  target: PublishTarget,
): Promise<TemplateVersionDetail> {
  return apiClient.post(`${templatePath(code)}/versions`, { ...target, template });
}

export function revertTemplateVersion(
  code: string,
  version: number,
  target: PublishTarget,
): Promise<TemplateVersionDetail> {
  return apiClient.post(`${versionPath(code, version)}/revert`, target);
}

/** The version's JSON as a file to edit and upload again. */
export function templateJsonUrl(code: string, version: number): string {
  return `${versionPath(code, version)}/json`;
}

/** The version rendered with the sample case, as PDF. */
export function templatePreviewUrl(code: string, version: number): string {
  return `${versionPath(code, version)}/preview`;
}

/**
 * A template not yet published, rendered with the sample case: a PDF to open in a new tab.
 * The answer is a file, not JSON, so this asks the session for its CSRF token itself.
 */
export async function previewDraft(template: unknown): Promise<Blob> {
  const { csrfToken } = await apiClient.get<{ csrfToken: string }>('/api/auth/me');
  const response = await fetch('/api/document-templates/preview', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken },
    body: JSON.stringify({ template }),
  });
  if (response.ok) return response.blob();
  const body = (await response.json().catch(() => null)) as {
    error?: { code: string; message: string; details?: FieldIssue[] };
  } | null;
  throw new ApiError(
    response.status,
    body?.error ?? {
      code: `HTTP_${response.status}`,
      message: `服务器暂时无法生成预览（HTTP ${response.status}），请稍后重试`,
    },
  );
}
