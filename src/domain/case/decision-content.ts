import type { RuleViolation } from '../rule-violation.js';
import {
  formatYuan,
  penaltyKindLabels,
  type PenaltyKind,
  type ProposedPenalty,
} from './penalty.js';

/** 法律依据 as printed: 《law》第N条, optionally 第N款 and 第N项. */
export interface LegalBasisCitation {
  law: string;
  article: string;
  paragraph?: string;
  item?: string;
}

export interface DecidedPenalty {
  kind: PenaltyKind;
  basis: LegalBasisCitation;
}

export interface DecisionDocument {
  partyName: string;
  partyAddress: string;
  facts: string;
  evidence: readonly string[];
  penalties: readonly DecidedPenalty[];
  performanceManner: string;
  /** Only for money penalties; otherwise empty. */
  paymentAccount: string;
  /** Days from receipt of the decision to pay. */
  paymentDeadlineDays: number;
  reconsiderationBody: string;
  reconsiderationDays: number;
  litigationCourt: string;
  litigationMonths: number;
  agencyName: string;
  /** `YYYY-MM-DD`, empty while unsigned. */
  decisionDate: string;
  sealed: boolean;
}

export type DecisionContentCode =
  | 'DECISION_PARTY_NAME_MISSING'
  | 'DECISION_PARTY_ADDRESS_MISSING'
  | 'DECISION_FACTS_MISSING'
  | 'DECISION_NO_PENALTY_GROUND_MISSING'
  | 'DECISION_EVIDENCE_MISSING'
  | 'DECISION_PENALTY_MISSING'
  | 'DECISION_LEGAL_BASIS_INCOMPLETE'
  | 'DECISION_PERFORMANCE_MANNER_MISSING'
  | 'DECISION_PAYMENT_ACCOUNT_MISSING'
  | 'DECISION_PAYMENT_DEADLINE_WRONG'
  | 'DECISION_RECONSIDERATION_BODY_MISSING'
  | 'DECISION_RECONSIDERATION_PERIOD_WRONG'
  | 'DECISION_LITIGATION_COURT_MISSING'
  | 'DECISION_LITIGATION_PERIOD_WRONG'
  | 'DECISION_AGENCY_MISSING'
  | 'DECISION_DATE_MISSING'
  | 'DECISION_SEAL_MISSING';

type Violation = RuleViolation<DecisionContentCode>;
type RemedyElements = Pick<
  DecisionDocument,
  'reconsiderationBody' | 'reconsiderationDays' | 'litigationCourt' | 'litigationMonths'
>;
type AgencyElements = Pick<DecisionDocument, 'agencyName' | 'decisionDate' | 'sealed'>;

const article59 = '行政处罚法第五十九条';
const moneyKinds: readonly PenaltyKind[] = ['fine', 'illegalGainsConfiscation'];
const statutoryPaymentDays = 15;
const reconsiderationDays = 60;
const litigationMonths = 6;

const isBlank = (text: string): boolean => text.trim() === '';

function violationIf(condition: boolean, violation: Violation): Violation | null {
  return condition ? violation : null;
}

function partyViolations(
  document: Pick<DecisionDocument, 'partyName' | 'partyAddress'>,
): (Violation | null)[] {
  const article = `${article59}第一款第一项`;
  return [
    violationIf(isBlank(document.partyName), {
      code: 'DECISION_PARTY_NAME_MISSING',
      article,
      message: '决定书缺少当事人的姓名或者名称',
    }),
    violationIf(isBlank(document.partyAddress), {
      code: 'DECISION_PARTY_ADDRESS_MISSING',
      article,
      message: '决定书缺少当事人的地址',
    }),
  ];
}

function factViolations(
  document: Pick<DecisionDocument, 'facts' | 'evidence'>,
): (Violation | null)[] {
  const article = `${article59}第一款第二项`;
  return [
    violationIf(isBlank(document.facts), {
      code: 'DECISION_FACTS_MISSING',
      article,
      message: '决定书缺少违反法律、法规、规章的事实',
    }),
    violationIf(document.evidence.every(isBlank), {
      code: 'DECISION_EVIDENCE_MISSING',
      article,
      message: '决定书缺少认定违法事实的证据',
    }),
  ];
}

const articlePattern = /^第[一二三四五六七八九十百零〇0-9]+条(之[一二三四五六七八九十]+)?$/;
const paragraphPattern = /^第[一二三四五六七八九十0-9]+款$/;
const itemPattern = /^第[一二三四五六七八九十0-9]+项$/;

function isCompleteCitation(basis: LegalBasisCitation): boolean {
  return (
    !isBlank(basis.law) &&
    articlePattern.test(basis.article) &&
    (basis.paragraph === undefined || paragraphPattern.test(basis.paragraph)) &&
    (basis.item === undefined || itemPattern.test(basis.item))
  );
}

function penaltyViolations(document: DecisionDocument): (Violation | null)[] {
  const article = `${article59}第一款第三项`;
  const missing = violationIf(document.penalties.length === 0, {
    code: 'DECISION_PENALTY_MISSING',
    article,
    message: '决定书缺少行政处罚的种类',
  });
  const incomplete = document.penalties
    .filter((penalty) => !isCompleteCitation(penalty.basis))
    .map((penalty): Violation => ({
      code: 'DECISION_LEGAL_BASIS_INCOMPLETE',
      article,
      message: `“${penaltyKindLabels[penalty.kind]}”的处罚依据不完整，须写明法律名称和条（如“第六十三条”），款、项按“第一款”“第二项”书写`,
    }));
  return [missing, ...incomplete];
}

function performanceViolations(document: DecisionDocument): (Violation | null)[] {
  const article = `${article59}第一款第四项`;
  const paysMoney = document.penalties.some((penalty) => moneyKinds.includes(penalty.kind));
  return [
    violationIf(isBlank(document.performanceManner), {
      code: 'DECISION_PERFORMANCE_MANNER_MISSING',
      article,
      message: '决定书缺少行政处罚的履行方式',
    }),
    violationIf(paysMoney && isBlank(document.paymentAccount), {
      code: 'DECISION_PAYMENT_ACCOUNT_MISSING',
      article,
      message: '决定书缺少缴款的指定银行账户或者电子支付方式',
    }),
    violationIf(paysMoney && document.paymentDeadlineDays !== statutoryPaymentDays, {
      code: 'DECISION_PAYMENT_DEADLINE_WRONG',
      article: '行政处罚法第六十七条第三款',
      message: `决定书写明的缴款期限为 ${document.paymentDeadlineDays} 日，应为自收到决定书之日起十五日内`,
    }),
  ];
}

function remedyViolations(document: RemedyElements): (Violation | null)[] {
  const article = `${article59}第一款第五项`;
  return [
    violationIf(isBlank(document.reconsiderationBody), {
      code: 'DECISION_RECONSIDERATION_BODY_MISSING',
      article,
      message: '决定书缺少受理行政复议的机关名称',
    }),
    violationIf(document.reconsiderationDays !== reconsiderationDays, {
      code: 'DECISION_RECONSIDERATION_PERIOD_WRONG',
      article: '行政复议法第二十条',
      message: `决定书写明的行政复议期限为 ${document.reconsiderationDays} 日，应为六十日`,
    }),
    violationIf(isBlank(document.litigationCourt), {
      code: 'DECISION_LITIGATION_COURT_MISSING',
      article,
      message: '决定书缺少受理行政诉讼的人民法院名称',
    }),
    violationIf(document.litigationMonths !== litigationMonths, {
      code: 'DECISION_LITIGATION_PERIOD_WRONG',
      article: '行政诉讼法第四十六条',
      message: `决定书写明的起诉期限为 ${document.litigationMonths} 个月，应为六个月（三个月是旧规定）`,
    }),
  ];
}

function agencyViolations(document: AgencyElements): (Violation | null)[] {
  const article = `${article59}第一款第六项`;
  return [
    violationIf(isBlank(document.agencyName), {
      code: 'DECISION_AGENCY_MISSING',
      article,
      message: '决定书缺少作出决定的行政机关名称',
    }),
    violationIf(!/^\d{4}-\d{2}-\d{2}$/.test(document.decisionDate), {
      code: 'DECISION_DATE_MISSING',
      article,
      message: '决定书缺少作出决定的日期',
    }),
    violationIf(!document.sealed, {
      code: 'DECISION_SEAL_MISSING',
      article: `${article59}第二款`,
      message: '决定书未加盖作出决定的行政机关印章',
    }),
  ];
}

/** Every element 行政处罚法第五十九条 requires that the document lacks or misstates. */
export function missingDecisionElements(document: DecisionDocument): Violation[] {
  return [
    ...partyViolations(document),
    ...factViolations(document),
    ...penaltyViolations(document),
    ...performanceViolations(document),
    ...remedyViolations(document),
    ...agencyViolations(document),
  ].filter((violation) => violation !== null);
}

/**
 * 行政处罚法第四十五条第二款: the party's defence may not make the penalty heavier. A higher
 * amount is allowed only on newly found facts, recorded and notified again.
 */
export function amountNotAboveNotice(
  noticeFen: number,
  decisionFen: number,
  newFactsRecorded: boolean,
): RuleViolation<'DECISION_HARSHER_THAN_NOTICE'> | null {
  if (decisionFen <= noticeFen || newFactsRecorded) return null;
  return {
    code: 'DECISION_HARSHER_THAN_NOTICE',
    article: '行政处罚法第四十五条第二款',
    message: `决定罚款${formatYuan(decisionFen)}，高于告知的${formatYuan(noticeFen)}，不得因当事人陈述、申辩而加重处罚；如发现新的违法事实，请记录并重新告知`,
  };
}

/** What a decision or a notice imposes, as far as "heavier" is concerned. */
export type PenaltyAmounts = Pick<
  ProposedPenalty,
  'kinds' | 'fineFen' | 'illegalGainsFen' | 'illegalPropertyValueFen'
>;

/**
 * How `proposed` is heavier than `reference` (what was notified, or reviewed): a higher fine or
 * confiscation, or a kind of penalty the reference did not name. Each part is a Chinese phrase
 * naming `referenceLabel`, e.g. 「告知」.
 */
export function heavierThan(
  reference: PenaltyAmounts,
  proposed: PenaltyAmounts,
  referenceLabel: string,
): string[] {
  const addedKinds = proposed.kinds
    .filter((kind) => !reference.kinds.includes(kind))
    .map((kind) => `增加了${referenceLabel}时没有的“${penaltyKindLabels[kind]}”`);
  const amounts = [
    ['罚款', reference.fineFen, proposed.fineFen],
    ['没收违法所得', reference.illegalGainsFen, proposed.illegalGainsFen],
    ['没收非法财物价值', reference.illegalPropertyValueFen, proposed.illegalPropertyValueFen],
  ] as const;
  const larger = amounts
    .filter(([, before, after]) => after > before)
    .map(
      ([what, before, after]) =>
        `${what}${formatYuan(after)}高于${referenceLabel}的${formatYuan(before)}`,
    );
  return [...larger, ...addedKinds];
}

/**
 * 行政处罚法第四十五条第二款 for the whole decision: not a higher fine (amountNotAboveNotice),
 * no kind and no confiscation the notice did not announce. New facts need a new notice first.
 */
export function decisionNotHeavierThanNotice(
  notified: PenaltyAmounts,
  decided: PenaltyAmounts,
): RuleViolation<'DECISION_HARSHER_THAN_NOTICE'>[] {
  // The fine has its own rule and message (amountNotAboveNotice); the rest is compared here.
  const others = heavierThan({ ...notified, fineFen: decided.fineFen }, decided, '告知').map(
    (part): RuleViolation<'DECISION_HARSHER_THAN_NOTICE'> => ({
      code: 'DECISION_HARSHER_THAN_NOTICE',
      article: '行政处罚法第四十五条第二款',
      message: `决定${part}，不得因当事人陈述、申辩而加重处罚；如发现新的违法事实，请记录并重新告知`,
    }),
  );
  return [amountNotAboveNotice(notified.fineFen, decided.fineFen, false), ...others].filter(
    (violation) => violation !== null,
  );
}

/** 不予行政处罚决定书: the elements of 第五十九条 that apply when nothing is imposed. */
export interface NoPenaltyDocument {
  partyName: string;
  partyAddress: string;
  facts: string;
  /** Why no penalty, with its article, e.g. 「违法行为轻微并及时改正…（行政处罚法第三十三条第一款）」. */
  ground: string;
  reconsiderationBody: string;
  reconsiderationDays: number;
  litigationCourt: string;
  litigationMonths: number;
  agencyName: string;
  decisionDate: string;
  sealed: boolean;
}

/**
 * A decision not to punish is still a decision the party may challenge, so it names the party,
 * the facts, the remedies, the agency and the date like 第五十九条 asks of a penalty decision.
 */
export function missingNoPenaltyElements(document: NoPenaltyDocument): Violation[] {
  return [
    ...partyViolations(document),
    violationIf(isBlank(document.facts), {
      code: 'DECISION_FACTS_MISSING',
      article: `${article59}第一款第二项`,
      message: '决定书缺少调查认定的事实',
    }),
    violationIf(isBlank(document.ground), {
      code: 'DECISION_NO_PENALTY_GROUND_MISSING',
      article: '行政处罚法第五十七条第一款',
      message: '不予行政处罚决定书缺少不予处罚的理由和依据',
    }),
    ...remedyViolations(document),
    ...agencyViolations(document),
  ].filter((violation) => violation !== null);
}
