import { apiClient } from '../../lib/api-client';

export const importKinds = ['officers', 'agencies'] as const;
export type ImportKind = (typeof importKinds)[number];

export const importKindLabels: Record<ImportKind, string> = {
  officers: '执法人员',
  agencies: '执法机构',
};

/** Sends the file as the multipart field `file`; all rows are imported or none. */
export function importFile(kind: ImportKind, file: File): Promise<{ imported: number }> {
  const form = new FormData();
  form.append('file', file);
  return apiClient.upload(`/api/imports/${kind}`, form);
}
