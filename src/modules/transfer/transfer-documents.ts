import type { TransferKind } from '../../domain/case/transfer.js';
import type { TransferItem } from '../../storage/tables/summary-and-transfer.js';
import { findAgency } from '../agency/agency.repository.js';
import { chineseDate, chineseTime } from '../case/case-documents.js';
import type { CaseWithAgency } from '../case/case.repository.js';
import type { Party } from '../case/case.schemas.js';
import type { ServiceContext } from '../context.js';
import type { CaseDocumentKind } from '../document/case-document-kind.js';
import { perItemDocument } from '../document/per-item-document.js';
import { found } from '../not-found.js';
import {
  listCaseEvidence,
  listTransferEvents,
  listTransfers,
  type TransferRow,
} from './transfer.repository.js';

/** A transfer the head approved: its letter exists from then on. */
async function approvedTransfers(ctx: ServiceContext, caseId: string, kind: TransferKind) {
  return (await listTransfers(ctx.db, [caseId])).filter(
    (transfer) => transfer.kind === kind && transfer.decidedAt && transfer.status !== 'refused',
  );
}

function transferLetter(kind: TransferKind, code: string, title: string): CaseDocumentKind {
  return perItemDocument({
    code,
    title,
    load: (ctx, penaltyCase) => approvedTransfers(ctx, penaltyCase.id, kind),
    items: (transfers) => transfers,
    missing: '移送记录',
    label: (transfer) => `${title}（${transfer.recipient}）`,
    fill: letterData,
  });
}

/** 移送规定第六条: the letter, with the report and the list of items attached. */
export const crimeTransferLetter = transferLetter(
  'crime',
  'crimeTransferLetter',
  '涉嫌犯罪案件移送书',
);

export const caseTransferLetter = transferLetter(
  'jurisdiction',
  'caseTransferLetter',
  '案件移送函',
);

async function letterData(ctx: ServiceContext, penaltyCase: CaseWithAgency, transfer: TransferRow) {
  const agency = found(await findAgency(ctx.db, '/', penaltyCase.agencyId), '机构');
  const evidence = await listCaseEvidence(ctx.db, penaltyCase.id);
  const attachedIds = transfer.evidenceIds as string[];
  const items = transfer.items as TransferItem[];
  const copies = (await listTransferEvents(ctx.db, [transfer.id])).filter(
    (event) => event.kind === 'procuratorateCopied',
  );
  const party = penaltyCase.party as Party;
  return {
    case: { number: penaltyCase.caseNumber ?? '（未立案）', cause: penaltyCase.cause },
    agency: { name: agency.name },
    party: { name: party.name },
    transfer: {
      recipient: transfer.recipient,
      reason: transfer.reason,
      suspectedOffence: transfer.suspectedOffence ?? '',
      report: transfer.report,
      approvedDate: transfer.decidedAt ? chineseDate(transfer.decidedAt) : '',
      attachments: [
        ...(transfer.kind === 'crime'
          ? [
              '涉嫌犯罪案件情况的调查报告',
              `涉案物品清单（${items.length > 0 ? `${items.length}项` : '无'}）`,
            ]
          : []),
        ...evidence.filter((item) => attachedIds.includes(item.id)).map((item) => item.title),
      ].map((attachment, index) => `${index + 1}. ${attachment}`),
      items:
        items.length > 0
          ? items.map(
              (item, index) =>
                `${index + 1}. ${item.name}，${item.quantity}${item.note ? `（${item.note}）` : ''}`,
            )
          : '无',
      copied: copies.length > 0,
      copiedTo: copies.map((event) => event.organ ?? '').join('、'),
      receivedTime: transfer.handedOverAt ? chineseTime(transfer.handedOverAt) : '',
      receiptSignedBy: transfer.receiptSignedBy ?? '',
    },
  };
}
