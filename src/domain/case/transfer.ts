import dayjs from 'dayjs';
import type { RuleViolation } from '../rule-violation.js';

/**
 * 移送 (行政处罚法第二十七条; 国务院《行政执法机关移送涉嫌犯罪案件的规定》, here 移送规定): a
 * suspected crime goes to the police, a case outside this agency's jurisdiction to the competent
 * agency. Either way the agency stops handling it, until it is sent back.
 */
export const transferKinds = ['crime', 'jurisdiction'] as const;
export type TransferKind = (typeof transferKinds)[number];

export const transferKindLabels: Record<TransferKind, string> = {
  crime: '涉嫌犯罪移送公安机关',
  jurisdiction: '移送有管辖权的机关',
};

/** What the receiving organ answered, and what the agency did about the answer. */
export const transferEventKinds = [
  'accepted',
  'notAccepted',
  'forwarded',
  'returned',
  'received',
  'reconsiderationRequested',
  'procuratorateCopied',
  'supervisionRequested',
] as const;
export type TransferEventKind = (typeof transferEventKinds)[number];

export const transferEventLabels: Record<TransferEventKind, string> = {
  accepted: '公安机关决定立案',
  notAccepted: '公安机关决定不予立案',
  forwarded: '公安机关转送有管辖权的机关',
  returned: '退回本机关处理',
  received: '受移送机关已接收',
  reconsiderationRequested: '提请公安机关复议',
  procuratorateCopied: '抄送人民检察院',
  supervisionRequested: '建议人民检察院立案监督',
};

/** Which events each kind of transfer can have. */
export const transferEventsByKind: Record<TransferKind, readonly TransferEventKind[]> = {
  crime: [
    'accepted',
    'notAccepted',
    'forwarded',
    'returned',
    'reconsiderationRequested',
    'procuratorateCopied',
    'supervisionRequested',
  ],
  jurisdiction: ['received', 'returned'],
};

/** Events that answer the transfer (the others are the agency's own steps). */
const answers: readonly TransferEventKind[] = [
  'accepted',
  'notAccepted',
  'forwarded',
  'returned',
  'received',
];

export interface TransferEventFact {
  kind: TransferEventKind;
  /** YYYY-MM-DD */
  occurredOn: string;
}

/** The receiving organ's latest answer, or null while it has not answered. */
export function latestAnswer(events: readonly TransferEventFact[]): TransferEventKind | null {
  return events.filter((event) => answers.includes(event.kind)).at(-1)?.kind ?? null;
}

const TEAM_ARTICLE = '行政执法机关移送涉嫌犯罪案件的规定第五条';
const MIN_TEAM = 2;

/** 移送规定第五条: two or more officers, as a special team, write the transfer report. */
export function checkTransferTeam(
  teamSize: number,
): RuleViolation<'TRANSFER_TEAM_TOO_SMALL'> | null {
  if (teamSize >= MIN_TEAM) return null;
  return {
    code: 'TRANSFER_TEAM_TOO_SMALL',
    article: TEAM_ARTICLE,
    message: `涉嫌犯罪案件应当由 2 名以上执法人员组成专案组核实情况并提出移送报告，本案现有执法人员 ${teamSize} 名（${TEAM_ARTICLE}）。请先补充执法人员。`,
  };
}

const ATTACHMENT_ARTICLE = '行政执法机关移送涉嫌犯罪案件的规定第六条';

/** 移送规定第六条第四项: every 检验报告 or 鉴定结论 of the case goes with it. */
export function checkTransferAttachments(attachment: {
  expertOpinions: readonly { id: string; title: string }[];
  attachedEvidenceIds: readonly string[];
}): RuleViolation<'TRANSFER_ATTACHMENT_MISSING'> | null {
  const missing = attachment.expertOpinions.filter(
    (opinion) => !attachment.attachedEvidenceIds.includes(opinion.id),
  );
  if (missing.length === 0) return null;
  return {
    code: 'TRANSFER_ATTACHMENT_MISSING',
    article: ATTACHMENT_ARTICLE,
    message: `移送涉嫌犯罪案件应当附有关检验报告或者鉴定结论，尚未附上：${missing.map((item) => item.title).join('、')}（${ATTACHMENT_ARTICLE}）。`,
  };
}

const RECONSIDERATION_ARTICLE = '行政执法机关移送涉嫌犯罪案件的规定第九条';
const RECONSIDERATION_DAYS = 3;

/**
 * 移送规定第九条: reconsideration is asked within three days of the notice refusing 立案. The
 * regulation's days are calendar days (行政处罚法第八十五条 governs only that law's own periods).
 */
export function checkReconsiderationRequest(
  events: readonly TransferEventFact[],
  requestedOn: string,
): RuleViolation<'TRANSFER_RECONSIDERATION_NOT_ALLOWED'> | null {
  const refusal = events.filter((event) => event.kind === 'notAccepted').at(-1);
  const reason =
    latestAnswer(events) !== 'notAccepted' || !refusal
      ? '只有在公安机关决定不予立案后才能提请复议'
      : events.some((event) => event.kind === 'reconsiderationRequested')
        ? '已经提请过复议；对复议决定仍有异议的，可以建议人民检察院依法进行立案监督'
        : requestedOn > reconsiderationDeadline(refusal.occurredOn)
          ? `应当自接到不予立案通知书之日（${refusal.occurredOn}）起 ${RECONSIDERATION_DAYS} 日内（至 ${reconsiderationDeadline(refusal.occurredOn)}）提请复议，已经逾期；可以建议人民检察院依法进行立案监督`
          : null;
  if (reason === null) return null;
  return {
    code: 'TRANSFER_RECONSIDERATION_NOT_ALLOWED',
    article: RECONSIDERATION_ARTICLE,
    message: `${reason}（${RECONSIDERATION_ARTICLE}）。`,
  };
}

export function reconsiderationDeadline(noticeDate: string): string {
  return dayjs(noticeDate).add(RECONSIDERATION_DAYS, 'day').format('YYYY-MM-DD');
}

const TAKE_BACK_ARTICLE = '行政处罚法第二十七条';

/**
 * The agency takes the case back only when the receiving organ sent it back or, for a crime,
 * refused 立案 (移送规定第十条: the agency then handles it itself, 第十三条: the police send it
 * back). While the organ may still prosecute, a penalty would stand in for prosecution (第十一条).
 */
export function checkTakeBack(
  kind: TransferKind,
  events: readonly TransferEventFact[],
): RuleViolation<'TRANSFER_NOT_RETURNED'> | null {
  const answer = latestAnswer(events);
  const returnable: readonly TransferEventKind[] =
    kind === 'crime' ? ['notAccepted', 'returned'] : ['returned'];
  if (answer !== null && returnable.includes(answer)) return null;
  return {
    code: 'TRANSFER_NOT_RETURNED',
    article: TAKE_BACK_ARTICLE,
    message:
      kind === 'crime'
        ? `公安机关尚未决定不予立案或者退回案件，本机关不能收回继续处理，不得以行政处罚代替移送（${TAKE_BACK_ARTICLE}；行政执法机关移送涉嫌犯罪案件的规定第十条、第十一条）。`
        : `受移送机关尚未退回案件，本机关不能收回继续处理（${TAKE_BACK_ARTICLE}）。`,
  };
}

/**
 * What the file of a transferred case still lacks before it can be archived: the crime was
 * accepted by the police (or another organ they forwarded it to), or the competent agency
 * received the case.
 */
export function transferFileGaps(kind: TransferKind, events: readonly TransferEventFact[]) {
  const answer = latestAnswer(events);
  if (kind === 'crime') {
    return answer === 'accepted' ? [] : ['缺少公安机关立案通知（移送规定第八条）'];
  }
  return answer === 'received' ? [] : ['缺少受移送机关的接收回执'];
}
