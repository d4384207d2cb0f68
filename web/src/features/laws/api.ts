import type { Citation } from '@domain/law/citation.js';
import type { LawKind, Paragraph } from '@domain/law/statute.js';
import { apiClient } from '../../lib/api-client';

export type { Citation, LawKind, Paragraph };

export const lawKindLabels: Record<LawKind, string> = {
  law: '法律',
  regulation: '法规规章',
  localRegulation: '地方性法规',
};

export interface LawVersion {
  id: string;
  versionDate: string;
  effectiveFrom: string;
  /** The day before the next version applies; null for the newest. */
  effectiveTo: string | null;
  title: string;
}

export interface Law {
  id: string;
  shortTitle: string;
  title: string;
  kind: LawKind;
  versions: LawVersion[];
}

export interface LawArticle {
  number: number;
  label: string;
  paragraphs: Paragraph[];
  text: string;
}

export interface LawText {
  law: Omit<Law, 'versions'>;
  version: LawVersion;
  chapters: {
    title: string | null;
    sections: { title: string | null; articles: LawArticle[] }[];
  }[];
}

export interface LawSearchHit {
  lawId: string;
  lawTitle: string;
  versionDate: string;
  articleNumber: number;
  articleLabel: string;
  citation: Citation;
  citationLabel: string;
  snippet: { text: string; marks: { start: number; length: number }[] };
}

export function fetchLaws(): Promise<{ items: Law[] }> {
  return apiClient.get('/api/laws');
}

export function fetchLawText(lawId: string, on: string): Promise<LawText> {
  return apiClient.get(`/api/laws/${lawId}/articles`, { on });
}

export function searchLaws(q: string, on: string): Promise<{ items: LawSearchHit[] }> {
  return apiClient.get('/api/laws/search', { q, on, limit: 50 });
}
