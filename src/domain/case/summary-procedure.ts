import dayjs from 'dayjs';
import type { RuleViolation } from '../rule-violation.js';
import { formatYuan, partyKindLabels, type PartyKind } from './penalty.js';

/**
 * The highest fine decided on the spot (行政处罚法第五十一条). "以下" includes the amount itself
 * (民法典第一千二百五十九条), so exactly 200 yuan is allowed and 200.01 yuan is not.
 */
export const summaryFineLimitFen: Record<PartyKind, number> = {
  citizen: 20_000,
  organisation: 300_000,
};

/** 行政处罚法第六十八条第一项: "一百元以下", again inclusive. */
export const onTheSpotCollectionLimitFen = 10_000;

/**
 * Days after the decision to file its copy with the department (交通运输行政执法程序规定
 * 第六十一条第八项, 2021 numbering). Counted in calendar days: 行政处罚法第八十五条 makes only
 * that law's own "五日" working days, the transport rule's text was not available to confirm a
 * rule of its own, and calendar days are the stricter reading, so no late filing passes.
 */
export const summaryFilingDays = 5;

export interface SummaryPenalty {
  partyKind: PartyKind;
  /** 0 for a warning alone. */
  fineFen: number;
  /** Any penalty other than 警告 and 罚款, by its Chinese name (e.g. 暂扣许可证件). */
  otherKinds: readonly string[];
}

export interface SummaryFacts {
  /** 违法事实确凿 */
  factsConfirmed: boolean;
  /** 有法定依据: the law and article that set the penalty. */
  legalBasis: string;
}

export interface OnTheSpotCollection {
  procedure: 'summary' | 'ordinary';
  fineFen: number;
  /** 不当场收缴事后难以执行 */
  hardToEnforceLater: boolean;
  /** 边远、水上、交通不便地区, where paying at a bank or electronically is genuinely hard. */
  remoteArea: boolean;
  partyRequested: boolean;
}

export interface SummaryFiling {
  decisionDate: string;
  /** null while the copy has not been filed. */
  filedDate: string | null;
  today: string;
}

const SUMMARY_ARTICLE = '行政处罚法第五十一条';
const FILING_ARTICLE = '交通运输行政执法程序规定第六十一条';

export function checkSummaryFacts(
  facts: SummaryFacts,
): RuleViolation<'SUMMARY_FACTS_UNCONFIRMED'> | null {
  if (facts.factsConfirmed && facts.legalBasis.trim() !== '') return null;
  return {
    code: 'SUMMARY_FACTS_UNCONFIRMED',
    article: SUMMARY_ARTICLE,
    message: `违法事实确凿并有法定依据的，才能当场作出行政处罚决定（${SUMMARY_ARTICLE}）。请确认违法事实并填写处罚依据，否则适用普通程序。`,
  };
}

export function checkSummaryPenalty(
  penalty: SummaryPenalty,
): RuleViolation<'SUMMARY_PENALTY_KIND_NOT_ALLOWED' | 'SUMMARY_FINE_TOO_HIGH'> | null {
  assertFen(penalty.fineFen);
  if (penalty.otherKinds.length > 0) {
    return {
      code: 'SUMMARY_PENALTY_KIND_NOT_ALLOWED',
      article: SUMMARY_ARTICLE,
      message: `简易程序只能给予警告或者罚款，不能给予${penalty.otherKinds.join('、')}（${SUMMARY_ARTICLE}）。请适用普通程序。`,
    };
  }
  const limit = summaryFineLimitFen[penalty.partyKind];
  if (penalty.fineFen <= limit) return null;
  return {
    code: 'SUMMARY_FINE_TOO_HIGH',
    article: SUMMARY_ARTICLE,
    message: `对${partyKindLabels[penalty.partyKind]}当场罚款不得超过 ${formatYuan(limit)}，本案罚款 ${formatYuan(penalty.fineFen)}（${SUMMARY_ARTICLE}）。请适用普通程序。`,
  };
}

/**
 * Outside 第六十八条 and 第六十九条 officers may not take the money themselves; that ban is
 * 第六十七条, so it is the article a refusal cites.
 */
export function checkOnTheSpotCollection(
  collection: OnTheSpotCollection,
): RuleViolation<'ON_THE_SPOT_COLLECTION_NOT_ALLOWED'> | null {
  assertFen(collection.fineFen);
  if (allowedBySummaryCollection(collection) || allowedInRemoteArea(collection)) return null;
  return {
    code: 'ON_THE_SPOT_COLLECTION_NOT_ALLOWED',
    article: '行政处罚法第六十七条',
    message:
      '本案不能当场收缴罚款：只有当场处罚且罚款在 100 元以下或者事后难以执行的（第六十八条），' +
      '或者在边远、水上、交通不便地区经当事人提出的（第六十九条），才能当场收缴；' +
      '其他情形执法人员不得自行收缴罚款（行政处罚法第六十七条）。请告知当事人到指定银行或者通过电子支付系统缴纳。',
  };
}

export function checkCollectionReceipt(
  receiptNumber: string | null,
): RuleViolation<'COLLECTION_RECEIPT_MISSING'> | null {
  if ((receiptNumber ?? '').trim() !== '') return null;
  return {
    code: 'COLLECTION_RECEIPT_MISSING',
    article: '行政处罚法第七十条',
    message:
      '当场收缴罚款必须向当事人出具财政部门统一制发的专用票据（行政处罚法第七十条）。请填写票据号码。',
  };
}

/** The last day to file the copy; the decision day itself does not count (民法典第二百零一条). */
export function summaryFilingDeadline(decisionDate: string): string {
  return dayjs(decisionDate).add(summaryFilingDays, 'day').format('YYYY-MM-DD');
}

export function checkSummaryFiling(
  filing: SummaryFiling,
): RuleViolation<'SUMMARY_FILING_OVERDUE'> | null {
  const deadline = summaryFilingDeadline(filing.decisionDate);
  const filedOrToday = filing.filedDate ?? filing.today;
  if (filedOrToday <= deadline) return null;
  const state = filing.filedDate === null ? '至今未备案' : `${filing.filedDate} 才备案`;
  return {
    code: 'SUMMARY_FILING_OVERDUE',
    article: FILING_ARTICLE,
    message: `当场处罚决定应当自 ${filing.decisionDate} 作出之日起 ${summaryFilingDays} 日内（至 ${deadline}）报所属执法部门备案，${state}（${FILING_ARTICLE}；行政处罚法第五十二条）。请立即备案并说明逾期原因。`,
  };
}

function allowedBySummaryCollection(collection: OnTheSpotCollection): boolean {
  if (collection.procedure !== 'summary') return false;
  return collection.fineFen <= onTheSpotCollectionLimitFen || collection.hardToEnforceLater;
}

function allowedInRemoteArea(collection: OnTheSpotCollection): boolean {
  return collection.remoteArea && collection.partyRequested;
}

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen) || fen < 0) {
    throw new Error(`A fine must be a non-negative whole number of fen, got ${fen}`);
  }
}
