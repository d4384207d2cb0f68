import { caseStageLabels, type CaseStage } from '../../domain/case/case-stage.js';
import type { FileIndexEntry } from '../../domain/case/case-file.js';
import { formatYuan, penaltyKindLabels, type PenaltyKind } from '../../domain/case/penalty.js';
import { chineseDate } from '../case/case-documents.js';
import type { CaseWithAgency } from '../case/case.repository.js';
import type { Party } from '../case/case.schemas.js';
import type { ServiceContext } from '../context.js';
import { findDecision } from '../decision/decision.repository.js';
import type { CaseDocumentKind } from '../document/case-document-kind.js';
import { notFound } from '../not-found.js';
import { listTransfers } from '../transfer/transfer.repository.js';
import { currentClosure, findArchive } from './archive.repository.js';
import { assembleCaseFile } from './case-file.js';

export const FILE_INDEX_CODE = 'fileIndex';

/** 结案报告 (式样之二十四): printed for signature once submitted, with the head's opinion after. */
export const closureReport: CaseDocumentKind = {
  code: 'closureReport',
  title: '结案报告',
  async instances(ctx, penaltyCase) {
    const closure = await currentClosure(ctx.db, penaltyCase.id);
    return closure ? [{ itemId: null, label: '结案报告' }] : [];
  },
  async data(ctx, penaltyCase) {
    const closure = await currentClosure(ctx.db, penaltyCase.id);
    if (!closure) throw notFound('结案报告');
    const decision = await findDecision(ctx.db, penaltyCase.id);
    return {
      case: {
        number: penaltyCase.caseNumber ?? '',
        cause: penaltyCase.cause,
        filingDate: penaltyCase.filingDate ? chineseDate(penaltyCase.filingDate) : '',
      },
      party: { name: (penaltyCase.party as Party).name },
      decision: {
        number: decision?.documentNumber ?? '',
        date: decision ? chineseDate(decision.decidedOn) : '',
        result: decision ? decisionResult(decision) : '',
      },
      closure: {
        summary: closure.summary,
        executionSummary: closure.executionSummary ?? '无需执行',
        officerOpinion: '案件已办理完毕，建议结案。',
        proposedDate: chineseDate(closure.proposedAt),
        headOpinion: closure.status === 'approved' ? (closure.headOpinion ?? '') : '',
        decidedDate: closure.decidedOn ? chineseDate(closure.decidedOn) : '',
      },
    };
  },
};

function decisionResult(decision: {
  kind: 'penalty' | 'noPenalty';
  penaltyKinds: readonly string[];
  fineFen: number;
}): string {
  if (decision.kind === 'noPenalty') return '不予行政处罚';
  return (decision.penaltyKinds as PenaltyKind[])
    .map((kind) =>
      kind === 'fine' ? `罚款 ${formatYuan(decision.fineFen)}` : penaltyKindLabels[kind],
    )
    .join('、');
}

/** 卷内目录: the sealed index once archived; before that, the file as it stands. */
export const fileIndex: CaseDocumentKind = {
  code: FILE_INDEX_CODE,
  title: '卷内目录',
  async instances() {
    return [{ itemId: null, label: '卷内目录' }];
  },
  async data(ctx, penaltyCase) {
    const archive = await findArchive(ctx.db, penaltyCase.id);
    const entries =
      archive?.fileIndex ?? (await assembleCaseFile(ctx, penaltyCase, { pages: true })).entries;
    return {
      case: {
        number: penaltyCase.caseNumber ?? '（未立案）',
        cause: penaltyCase.cause,
        party: (penaltyCase.party as Party).name,
        filingDate: penaltyCase.filingDate ? chineseDate(penaltyCase.filingDate) : '未立案',
        outcome: await outcomeText(ctx, penaltyCase),
        archivedDate: archive ? chineseDate(archive.archivedAt) : '未归档',
      },
      index: {
        ...indexSlots(entries),
        count: `${entries.length}项`,
        pages: `${documentPages(entries)}页`,
        sealed: archive !== undefined,
        seal: archive?.sealSha256 ?? '',
      },
    };
  },
};

/** The template has numbered slots e1, e2 …; the last one notes any entries beyond them. */
const INDEX_SLOTS = 100;

function indexSlots(entries: readonly FileIndexEntry[]) {
  const lines = entries.map((entry) =>
    entry.pages ? `${entry.title}（${entry.pages}）` : entry.title,
  );
  if (lines.length > INDEX_SLOTS) {
    lines.splice(INDEX_SLOTS - 1, lines.length, `其余 ${lines.length - INDEX_SLOTS + 1} 项见续页`);
  }
  return Object.fromEntries(lines.map((line, index) => [`e${index + 1}`, { shown: true, line }]));
}

function documentPages(entries: readonly FileIndexEntry[]): number {
  return entries.reduce((total, entry) => {
    const last = /–(\d+)页$/.exec(entry.pages) ?? /^第(\d+)页$/.exec(entry.pages);
    return last ? Math.max(total, Number(last[1])) : total;
  }, 0);
}

async function outcomeText(ctx: ServiceContext, penaltyCase: CaseWithAgency): Promise<string> {
  const decision = await findDecision(ctx.db, penaltyCase.id);
  if (decision) return decisionResult(decision);
  const transfer = (await listTransfers(ctx.db, [penaltyCase.id])).findLast(
    (candidate) => candidate.status === 'approved' || candidate.status === 'handedOver',
  );
  if (transfer) return `移送${transfer.recipient}`;
  return caseStageLabels[penaltyCase.stage as CaseStage];
}
