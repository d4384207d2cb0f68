import type { Generated, Selectable } from 'kysely';
import type { CreatedAt, Json } from '../tables.js';

/** Tables of this area, merged into `Tables` in ../tables.ts. */
export interface DocumentTemplatesTables {
  documentTemplateVersion: DocumentTemplateVersionTable;
  generatedDocument: GeneratedDocumentTable;
}

/** One published version of a 文书模板; `agencyId` null is platform-wide. Append-only. */
export interface DocumentTemplateVersionTable {
  id: Generated<string>;
  agencyId: string | null;
  code: string;
  version: number;
  content: Json<unknown>;
  note: string;
  revertedFrom: number | null;
  createdBy: string | null;
  createdAt: CreatedAt;
}

/** 文书生成登记: one row per generated copy. `templateVersionId` null is the built-in template. */
export interface GeneratedDocumentTable {
  id: Generated<string>;
  caseId: string;
  code: string;
  itemId: string | null;
  templateVersionId: string | null;
  templateVersion: number;
  format: 'pdf' | 'docx';
  sha256: string;
  size: number;
  generatedBy: string | null;
  generatedAt: CreatedAt;
}

export type DocumentTemplateVersionRow = Selectable<DocumentTemplateVersionTable>;
export type GeneratedDocumentRow = Selectable<GeneratedDocumentTable>;
