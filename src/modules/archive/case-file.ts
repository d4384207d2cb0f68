import {
  buildFileIndex,
  contentDigest,
  fileGaps,
  sealDigest,
  type CaseOutcome,
  type FileDocument,
  type FileIndexEntry,
} from '../../domain/case/case-file.js';
import { caseStageLabels, type CaseStage } from '../../domain/case/case-stage.js';
import { evidenceTypeLabels, type EvidenceType } from '../../domain/case/evidence.js';
import { transferFileGaps } from '../../domain/case/transfer.js';
import type { CaseWithAgency } from '../case/case.repository.js';
import type { ServiceContext } from '../context.js';
import { findDecision } from '../decision/decision.repository.js';
import { renderDocument } from '../document/case-document.service.js';
import { caseDocumentKinds } from '../document/case-document-registry.js';
import {
  listCaseEvidence,
  listTransferEvents,
  listTransfers,
} from '../transfer/transfer.repository.js';
import { eventFacts } from '../transfer/transfer.service.js';
import { FILE_INDEX_CODE } from './archive-documents.js';

export interface FileDocumentWithDigest extends FileDocument {
  /** sha256 of the document's merge data. */
  sha256: string;
}

/** The case file as it stands: its documents and evidence, the 卷内目录, and what it lacks. */
export interface AssembledFile {
  documents: FileDocumentWithDigest[];
  evidence: { id: string; title: string; typeLabel: string; fileSha256: string | null }[];
  entries: FileIndexEntry[];
  gaps: string[];
}

/**
 * Collects every document the case has but the 卷内目录 itself (rendering each as PDF to count
 * its pages when asked) and every item of evidence.
 */
export async function assembleCaseFile(
  ctx: ServiceContext,
  penaltyCase: CaseWithAgency,
  options: { pages: boolean },
): Promise<AssembledFile> {
  const documents: FileDocumentWithDigest[] = [];
  for (const kind of caseDocumentKinds.filter((candidate) => candidate.code !== FILE_INDEX_CODE)) {
    for (const instance of await kind.instances(ctx, penaltyCase)) {
      const data = await kind.data(ctx, penaltyCase, instance.itemId);
      const pages = options.pages
        ? pdfPageCount(
            (await renderDocument(ctx, penaltyCase.agencyId, kind.code, data, 'pdf')).content,
          )
        : null;
      documents.push({
        code: kind.code,
        title: kind.title,
        label: instance.label,
        itemId: instance.itemId,
        pages,
        sha256: contentDigest(data),
      });
    }
  }
  const evidence = (await listCaseEvidence(ctx.db, penaltyCase.id)).map((item) => ({
    id: item.id,
    title: item.title,
    typeLabel: evidenceTypeLabels[item.type as EvidenceType],
    fileSha256: item.fileSha256,
  }));
  return {
    documents,
    evidence,
    entries: buildFileIndex(documents, evidence),
    gaps: await gapsOf(ctx, penaltyCase, documents, evidence.length),
  };
}

/** pdfmake writes each page object uncompressed, so its dictionaries can be counted. */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

async function gapsOf(
  ctx: ServiceContext,
  penaltyCase: CaseWithAgency,
  documents: readonly FileDocument[],
  evidenceCount: number,
): Promise<string[]> {
  const stage = penaltyCase.stage as CaseStage;
  if (stage === 'archived') return [];
  const outcome = await outcomeOf(ctx, penaltyCase);
  if (typeof outcome === 'string') return [outcome];
  return fileGaps({
    outcome,
    filed: penaltyCase.caseNumber !== null,
    documentTitles: documents.map((document) => document.title),
    evidenceCount,
  });
}

/** How the case ended, or why it has not ended yet. */
async function outcomeOf(
  ctx: ServiceContext,
  penaltyCase: CaseWithAgency,
): Promise<CaseOutcome | string> {
  const stage = penaltyCase.stage as CaseStage;
  switch (stage) {
    case 'closed': {
      const decision = await findDecision(ctx.db, penaltyCase.id);
      return decision
        ? { kind: 'decided', decision: decision.kind }
        : '缺少行政处罚决定或者不予行政处罚决定';
    }
    case 'dismissed':
      return { kind: 'dismissed' };
    case 'transferred': {
      const transfer = (await listTransfers(ctx.db, [penaltyCase.id])).findLast(
        (candidate) => candidate.status === 'approved' || candidate.status === 'handedOver',
      );
      if (!transfer) return '缺少批准移送的记录';
      if (transfer.status === 'approved') return '尚未登记移送（受移送机关签收回执）';
      const events = eventFacts(await listTransferEvents(ctx.db, [transfer.id]));
      return {
        kind: 'transferred',
        transfer: transfer.kind,
        gaps: transferFileGaps(transfer.kind, events),
      };
    }
    default:
      return `案件处于“${caseStageLabels[stage]}”阶段，尚未结案，不能归档`;
  }
}

/** The digest sealed into the archive: the index and every item's content. */
export function sealOf(penaltyCase: CaseWithAgency, file: AssembledFile, index: FileIndexEntry[]) {
  return sealDigest({
    caseId: penaltyCase.id,
    caseNumber: penaltyCase.caseNumber,
    index,
    documents: file.documents.map(({ code, itemId, sha256 }) => ({ code, itemId, sha256 })),
    evidence: file.evidence.map(({ id, fileSha256 }) => ({ id, fileSha256 })),
  });
}
