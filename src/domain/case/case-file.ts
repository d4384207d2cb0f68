import { assertNever } from '../app-error.js';
import { digestChange } from '../record-chain.js';
import type { RuleViolation } from '../rule-violation.js';
import type { TransferKind } from './transfer.js';

/**
 * 一案一卷: the case file (卷宗) holds the case's documents in the order the procedure produced
 * them (立案登记表 first, 结案报告 last), followed by the evidence, and is sealed when archived
 * (交通运输行政执法程序规定, chapter on ending a case; article numbers unconfirmed). Nothing is
 * added to, changed in or taken from a sealed file; only remarks (备注) may be appended.
 */
export const ARCHIVE_ARTICLE = '交通运输行政执法程序规定（案件终结）';

export interface FileDocument {
  code: string;
  title: string;
  label: string;
  itemId: string | null;
  /** Pages of the rendered PDF, when known. */
  pages: number | null;
}

export interface FileEvidence {
  id: string;
  title: string;
  typeLabel: string;
}

export interface FileIndexEntry {
  seq: number;
  title: string;
  /** 第3页, 第4–5页, or 1件 for an item of evidence. */
  pages: string;
}

/** The 卷内目录: documents in procedure order with running page numbers, then evidence. */
export function buildFileIndex(
  documents: readonly FileDocument[],
  evidence: readonly FileEvidence[],
): FileIndexEntry[] {
  let nextPage = 1;
  const documentEntries = documents.map((document) => {
    const pages = pageSpan(nextPage, document.pages);
    nextPage += document.pages ?? 0;
    return { title: document.label, pages };
  });
  const evidenceEntries = evidence.map((item) => ({
    title: `${item.typeLabel}：${item.title}`,
    pages: '1件',
  }));
  return [...documentEntries, ...evidenceEntries].map((entry, index) => ({
    seq: index + 1,
    ...entry,
  }));
}

function pageSpan(first: number, count: number | null): string {
  if (count === null || count < 1) return '';
  return count === 1 ? `第${first}页` : `第${first}–${first + count - 1}页`;
}

/** How the case ended, which decides what its file must hold. */
export type CaseOutcome =
  | { kind: 'decided'; decision: 'penalty' | 'noPenalty' }
  | { kind: 'dismissed' }
  | { kind: 'transferred'; transfer: TransferKind; gaps: readonly string[] };

export interface FileFacts {
  outcome: CaseOutcome;
  /** 立案 was approved (the case has a number). */
  filed: boolean;
  documentTitles: readonly string[];
  evidenceCount: number;
}

interface Requirement {
  /** What the gap says is missing. */
  name: string;
  /** Any of these document titles satisfies it. */
  titles: readonly string[];
}

const decisionDocuments = ['行政处罚决定书', '不予行政处罚决定书'];

function requirements(facts: FileFacts): Requirement[] {
  const filing = facts.filed ? [{ name: '立案登记表', titles: ['立案登记表'] }] : [];
  const { outcome } = facts;
  switch (outcome.kind) {
    case 'decided':
      return [
        ...filing,
        ...(outcome.decision === 'penalty'
          ? [
              { name: '违法行为通知书', titles: ['违法行为通知书'] },
              { name: '行政处罚决定书', titles: ['行政处罚决定书'] },
            ]
          : [{ name: '不予行政处罚决定书', titles: decisionDocuments }]),
        { name: '送达回证', titles: ['送达回证'] },
        { name: '结案报告', titles: ['结案报告'] },
      ];
    case 'dismissed':
      return filing;
    case 'transferred':
      return [
        ...filing,
        outcome.transfer === 'crime'
          ? { name: '涉嫌犯罪案件移送书', titles: ['涉嫌犯罪案件移送书'] }
          : { name: '案件移送函', titles: ['案件移送函'] },
      ];
    default:
      return assertNever(outcome);
  }
}

/** What the file still lacks, each as 「缺少…」; empty when it may be archived. */
export function fileGaps(facts: FileFacts): string[] {
  const documents = requirements(facts)
    .filter((requirement) => !requirement.titles.some((t) => facts.documentTitles.includes(t)))
    .map((requirement) => `缺少${requirement.name}`);
  const evidence =
    facts.outcome.kind === 'decided' && facts.evidenceCount === 0 ? ['缺少证据材料'] : [];
  const transfer = facts.outcome.kind === 'transferred' ? facts.outcome.gaps : [];
  return [...documents, ...evidence, ...transfer];
}

export function checkFileComplete(
  gaps: readonly string[],
): RuleViolation<'CASE_FILE_INCOMPLETE'> | null {
  if (gaps.length === 0) return null;
  return {
    code: 'CASE_FILE_INCOMPLETE',
    article: ARCHIVE_ARTICLE,
    message: `案卷材料不齐全，不能归档：${gaps.join('；')}（${ARCHIVE_ARTICLE}）。请补齐后再归档。`,
  };
}

/** The sha256 of a document's merge data: the same content gives the same digest. */
export function contentDigest(content: unknown): string {
  return digestChange(content);
}

export interface FileSeal {
  caseId: string;
  caseNumber: string | null;
  index: readonly FileIndexEntry[];
  documents: readonly { code: string; itemId: string | null; sha256: string }[];
  evidence: readonly { id: string; fileSha256: string | null }[];
}

/** The digest recorded when the file is sealed, over its index and every item's content. */
export function sealDigest(seal: FileSeal): string {
  return digestChange(seal);
}
