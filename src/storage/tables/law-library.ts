import type { Generated, Selectable } from 'kysely';
import type { LawKind, Paragraph } from '../../domain/law/statute.js';
import type { CreatedAt, Json } from '../tables.js';

/** Tables of the laws library, merged into `Tables` in ../tables.ts. */
export interface LawLibraryTables {
  law: LawTable;
  lawVersion: LawVersionTable;
  lawArticle: LawArticleTable;
}

export interface LawTable {
  id: Generated<string>;
  shortTitle: string;
  title: string;
  kind: LawKind;
  createdAt: CreatedAt;
}

export interface LawVersionTable {
  id: Generated<string>;
  lawId: string;
  versionDate: string;
  effectiveFrom: string;
  title: string;
  sourceFile: string;
  sourceSha256: string;
  createdAt: CreatedAt;
}

export interface LawArticleTable {
  id: Generated<string>;
  versionId: string;
  number: number;
  label: string;
  chapter: string | null;
  section: string | null;
  paragraphs: Json<Paragraph[]>;
  text: string;
  grams: string[];
}

export type LawRow = Selectable<LawTable>;
export type LawVersionRow = Selectable<LawVersionTable>;
export type LawArticleRow = Selectable<LawArticleTable>;
