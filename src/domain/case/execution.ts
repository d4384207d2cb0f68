/**
 * 执行 of a fine: what is owed and when (行政处罚法第六十六条、第六十七条), the surcharge on what
 * is late (第七十二条, computed by lateFee), and when the agency may demand (催告) and apply to
 * the people's court (行政强制法第五十三条、第五十四条; 行政处罚法第七十二条第二款).
 */
import type { RuleViolation } from '../rule-violation.js';
import type { WorkdayCalendar } from '../workday-calendar.js';
import { computeDeadline, parseCaseDate } from './case-deadlines.js';
import { lateFee, validateInstalmentPlan, type Instalment, type PausedPeriod } from './late-fee.js';

export type PaymentPlanKind = 'deferral' | 'instalments';

export const paymentPlanKindLabels: Record<PaymentPlanKind, string> = {
  deferral: '延期（暂缓）缴纳',
  instalments: '分期缴纳',
};

export const paymentChannels = ['bank', 'ePayment'] as const;
export type PaymentChannel = (typeof paymentChannels)[number];

export const paymentChannelLabels: Record<PaymentChannel, string> = {
  bank: '指定银行',
  ePayment: '电子支付系统',
};

export const remedyKinds = ['reconsideration', 'litigation'] as const;
export type RemedyKind = (typeof remedyKinds)[number];

export const remedyKindLabels: Record<RemedyKind, string> = {
  reconsideration: '行政复议',
  litigation: '行政诉讼',
};

export const remedyOutcomes = ['upheld', 'changed', 'revoked', 'withdrawn'] as const;
export type RemedyOutcome = (typeof remedyOutcomes)[number];

export const remedyOutcomeLabels: Record<RemedyOutcome, string> = {
  upheld: '维持',
  changed: '变更',
  revoked: '撤销',
  withdrawn: '撤回申请或者起诉',
};

export const courtRulingOutcomes = ['granted', 'refused', 'notAccepted'] as const;
export type CourtRulingOutcome = (typeof courtRulingOutcomes)[number];

export const courtRulingOutcomeLabels: Record<CourtRulingOutcome, string> = {
  granted: '裁定准予强制执行',
  refused: '裁定不准予执行',
  notAccepted: '裁定不予受理',
};

/** An approved 暂缓 or 分期: a deferral is one instalment of the whole fine. */
export interface PaymentPlan {
  kind: PaymentPlanKind;
  instalments: readonly Instalment[];
}

/** One amount due on one day: the whole fine, or an instalment. */
export interface Tranche {
  dueDate: string;
  amountFen: number;
}

export interface PaymentFact {
  paidOn: string;
  amountFen: number;
}

export interface BalanceInput {
  fineFen: number;
  tranches: readonly Tranche[];
  pausedPeriods: readonly PausedPeriod[];
  payments: readonly PaymentFact[];
  asOf: string;
}

export interface Balance {
  fineFen: number;
  lateFeeFen: number;
  paidFen: number;
  /** fine + surcharge − paid; negative only if more was paid than owed. */
  outstandingFen: number;
  principalOutstandingFen: number;
  /** The longest run of surcharge days of any tranche (行政强制法第四十六条 looks for > 30). */
  lateFeeDays: number;
  /** The first tranche not yet fully paid, and whether it is past due on `asOf`. */
  nextDue: (Tranche & { overdue: boolean }) | null;
}

/** A 复议 or 诉讼 the party brought; `endedOn` is null while it runs. */
export interface RemedyFact {
  startedOn: string;
  endedOn: string | null;
}

/** The 复议/诉讼 days up to `asOf` (第七十三条第三款), a running one counted to `asOf`. */
export function pausedPeriodsAsOf(remedies: readonly RemedyFact[], asOf: string): PausedPeriod[] {
  return remedies
    .filter((remedy) => remedy.startedOn <= asOf)
    .map((remedy) => ({
      from: remedy.startedOn,
      to: remedy.endedOn === null || remedy.endedOn > asOf ? asOf : remedy.endedOn,
    }));
}

/** The day the plan's last instalment is due: 行政处罚法第七十二条第二款 counts from it. */
export function planEndDate(plan: PaymentPlan): string {
  const last = plan.instalments.at(-1);
  if (!last) throw new Error('A payment plan has at least one instalment');
  return last.dueDate;
}

/**
 * What is due when. Without a plan the whole fine is due on `dueDate`; an instalment plan whose
 * total is below the fine leaves the rest due on the original day.
 */
export function paymentTranches(
  fineFen: number,
  dueDate: string,
  plan: PaymentPlan | null,
): Tranche[] {
  if (plan === null) return [{ dueDate, amountFen: fineFen }];
  const plannedFen = plan.instalments.reduce((sum, instalment) => sum + instalment.amountFen, 0);
  const rest = fineFen - plannedFen;
  const instalments = plan.instalments.map(({ dueDate, amountFen }) => ({ dueDate, amountFen }));
  return rest > 0 ? [{ dueDate, amountFen: rest }, ...instalments] : instalments;
}

/**
 * The balance on `asOf`. Payments cover the tranches in the order they fall due; each tranche
 * bears the surcharge of 行政处罚法第七十二条 on its own amount from the day after it falls due
 * until the day it is covered (both counted), outside the 复议/诉讼 periods. Covering the fine
 * before the surcharge stops the surcharge as early as the payments allow.
 */
export function executionBalance(input: BalanceInput): Balance {
  const payments = input.payments
    .filter((payment) => payment.paidOn <= input.asOf)
    .toSorted((a, b) => a.paidOn.localeCompare(b.paidOn));
  const paidFen = payments.reduce((sum, payment) => sum + payment.amountFen, 0);
  const tranches = input.tranches.toSorted((a, b) => a.dueDate.localeCompare(b.dueDate));
  let dueSoFar = 0;
  let lateFeeFen = 0;
  let lateFeeDays = 0;
  let nextDue: Balance['nextDue'] = null;
  for (const tranche of tranches) {
    dueSoFar += tranche.amountFen;
    const coveredOn = dayPaymentsReach(payments, dueSoFar);
    if (coveredOn === null && nextDue === null) {
      nextDue = { ...tranche, overdue: tranche.dueDate < input.asOf };
    }
    const fee = lateFee({
      fineFen: tranche.amountFen,
      dueDate: tranche.dueDate,
      asOf: coveredOn ?? input.asOf,
      pausedPeriods: input.pausedPeriods,
    });
    lateFeeFen += fee.feeFen;
    lateFeeDays = Math.max(lateFeeDays, fee.days);
  }
  return {
    fineFen: input.fineFen,
    lateFeeFen,
    paidFen,
    outstandingFen: input.fineFen + lateFeeFen - paidFen,
    principalOutstandingFen: Math.max(0, input.fineFen - paidFen),
    lateFeeDays,
    nextDue,
  };
}

function dayPaymentsReach(payments: readonly PaymentFact[], amountFen: number): string | null {
  let paid = 0;
  for (const payment of payments) {
    paid += payment.amountFen;
    if (paid >= amountFen) return payment.paidOn;
  }
  return null;
}

export type ExecutionRuleCode =
  | 'EXECUTION_BEFORE_SERVICE'
  | 'PAYMENT_WITHOUT_REFERENCE'
  | 'DEFERRAL_NOT_AFTER_DUE_DATE'
  | 'DEMAND_BEFORE_DEFAULT'
  | 'COURT_APPLICATION_NOTHING_OUTSTANDING'
  | 'COURT_APPLICATION_DURING_REMEDY'
  | 'COURT_APPLICATION_BEFORE_REMEDY_PERIODS_EXPIRE'
  | 'COURT_APPLICATION_DURING_PAYMENT_PLAN'
  | 'COURT_APPLICATION_LATE'
  | 'COURT_APPLICATION_WITHOUT_DEMAND'
  | 'COURT_APPLICATION_BEFORE_DEMAND_PERIOD_ENDS';

type Violation = RuleViolation<ExecutionRuleCode>;

function violation(code: ExecutionRuleCode, article: string, message: string): Violation {
  return { code, article, message: `${message}（${article}）。` };
}

/** 行政处罚法第六十七条第三款: the time to pay, and so execution, runs from service. */
export function executionStartViolations(decisionServedOn: string | null): Violation[] {
  if (decisionServedOn !== null) return [];
  return [
    violation(
      'EXECUTION_BEFORE_SERVICE',
      '行政处罚法第六十七条第三款',
      '行政处罚决定书尚未送达当事人，缴款期限尚未起算，不能办理执行；请先登记送达',
    ),
  ];
}

/**
 * 罚缴分离 (行政处罚法第六十七条): the party pays the bank or the electronic payment system, never
 * the agency, so a payment is recorded only with the bank's or the system's reference.
 */
export function paymentViolations(payment: { reference: string }): Violation[] {
  if (payment.reference.trim() !== '') return [];
  return [
    violation(
      'PAYMENT_WITHOUT_REFERENCE',
      '行政处罚法第六十七条',
      '罚款只能由当事人到指定银行或者通过电子支付系统缴纳，本机关不收缴现金；请填写银行缴款凭证号或者电子支付流水号',
    ),
  ];
}

/** 行政处罚法第六十六条第二款: a deferral or instalment plan the head may approve. */
export function paymentPlanViolations(
  fineFen: number,
  dueDate: string,
  plan: PaymentPlan,
): RuleViolation[] {
  const planProblems = validateInstalmentPlan(fineFen, plan.instalments);
  if (plan.kind !== 'deferral' || planProblems.length > 0) return planProblems;
  const deferredTo = planEndDate(plan);
  if (deferredTo > dueDate) return [];
  return [
    violation(
      'DEFERRAL_NOT_AFTER_DUE_DATE',
      '行政处罚法第六十六条第二款',
      `暂缓缴纳的期限 ${deferredTo} 应晚于原缴款期限 ${dueDate}`,
    ),
  ];
}

/**
 * 催告 only once the party is in default: 行政处罚法第七十二条 and 行政强制法第五十四条 speak of a
 * party who has not paid when due.
 */
export function demandViolations(balanceOnIssue: Balance): Violation[] {
  if (balanceOnIssue.outstandingFen > 0 && balanceOnIssue.nextDue?.overdue) return [];
  return [
    violation(
      'DEMAND_BEFORE_DEFAULT',
      '行政处罚法第七十二条、行政强制法第五十四条',
      balanceOnIssue.outstandingFen > 0 && balanceOnIssue.nextDue
        ? `当事人的缴款期限到 ${balanceOnIssue.nextDue.dueDate} 才届满，逾期不缴纳的才能催告`
        : '当事人已缴清罚款和加处罚款，无需催告',
    ),
  ];
}

export interface CourtApplicationWindow {
  /** First day the 复议 and 诉讼 periods (and any deferral or instalments) have all ended. */
  opensOn: string;
  /** Last day of the three months of 行政强制法第五十三条. */
  closesOn: string;
  /** The later of the two ends decides which deadline rule (and article) governs. */
  kind: 'courtApplication' | 'courtApplicationAfterDeferral';
  article: string;
  provisional: boolean;
}

/**
 * 行政强制法第五十三条: within three months after the periods for 复议 and 诉讼 end (the six months
 * to sue always end last). 行政处罚法第七十二条第二款: after an approved deferral or instalment plan
 * the three months run from its end. When both apply, the later end governs.
 */
export function courtApplicationWindow(
  servedOn: string,
  plan: PaymentPlan | null,
  calendar: WorkdayCalendar,
): CourtApplicationWindow {
  const lawsuit = computeDeadline('lawsuit', servedOn, calendar);
  const afterRemedies = computeDeadline('courtApplication', servedOn, calendar);
  const planEnd = plan ? planEndDate(plan) : null;
  const afterPlan = planEnd
    ? computeDeadline('courtApplicationAfterDeferral', planEnd, calendar)
    : null;
  const planGoverns = planEnd !== null && afterPlan !== null && afterPlan.date > afterRemedies.date;
  const closing = planGoverns ? afterPlan : afterRemedies;
  const lastBlockedDay = planEnd !== null && planEnd > lawsuit.date ? planEnd : lawsuit.date;
  return {
    opensOn: nextDay(lastBlockedDay),
    closesOn: closing.date,
    kind: planGoverns ? 'courtApplicationAfterDeferral' : 'courtApplication',
    article: closing.article,
    provisional: lawsuit.provisional || closing.provisional,
  };
}

export interface CourtApplicationFacts {
  outstandingFen: number;
  remedyPending: boolean;
  window: CourtApplicationWindow;
  /** The 催告书's service date, if it was served. */
  demandServedOn: string | null;
  plan: PaymentPlan | null;
  calendar: WorkdayCalendar;
}

const article53 = '行政强制法第五十三条';
const article54 = '行政强制法第五十四条';

export function courtApplicationViolations(
  appliedOn: string,
  facts: CourtApplicationFacts,
): Violation[] {
  return [
    ...obligationViolations(facts),
    ...windowViolations(appliedOn, facts),
    ...demandPeriodViolations(appliedOn, facts),
  ];
}

function obligationViolations(facts: CourtApplicationFacts): Violation[] {
  if (facts.outstandingFen <= 0) {
    return [
      violation(
        'COURT_APPLICATION_NOTHING_OUTSTANDING',
        article53,
        '当事人已履行行政处罚决定，不能申请人民法院强制执行',
      ),
    ];
  }
  if (facts.remedyPending) {
    return [
      violation(
        'COURT_APPLICATION_DURING_REMEDY',
        article53,
        '当事人已申请行政复议或者提起行政诉讼，尚未结束，不能申请人民法院强制执行',
      ),
    ];
  }
  return [];
}

function windowViolations(appliedOn: string, facts: CourtApplicationFacts): Violation[] {
  const { window, plan } = facts;
  if (appliedOn > window.closesOn) {
    return [
      violation(
        'COURT_APPLICATION_LATE',
        window.article,
        `申请人民法院强制执行的期限已于 ${window.closesOn} 届满，不能再申请`,
      ),
    ];
  }
  if (appliedOn >= window.opensOn) return [];
  if (plan !== null && appliedOn <= planEndDate(plan)) {
    return [
      violation(
        'COURT_APPLICATION_DURING_PAYMENT_PLAN',
        '行政处罚法第七十二条第二款',
        `批准的${paymentPlanKindLabels[plan.kind]}期限到 ${planEndDate(plan)} 才结束，期限结束后才能申请人民法院强制执行`,
      ),
    ];
  }
  return [
    violation(
      'COURT_APPLICATION_BEFORE_REMEDY_PERIODS_EXPIRE',
      article53,
      `申请行政复议、提起行政诉讼的期限尚未届满，${window.opensOn} 起才能申请人民法院强制执行`,
    ),
  ];
}

function demandPeriodViolations(appliedOn: string, facts: CourtApplicationFacts): Violation[] {
  if (facts.demandServedOn === null) {
    return [
      violation(
        'COURT_APPLICATION_WITHOUT_DEMAND',
        article54,
        '申请人民法院强制执行前，应当催告当事人履行义务；请先制作并送达催告书',
      ),
    ];
  }
  const earliest = computeDeadline(
    'earliestCourtApplication',
    facts.demandServedOn,
    facts.calendar,
  );
  if (appliedOn >= earliest.date) return [];
  return [
    violation(
      'COURT_APPLICATION_BEFORE_DEMAND_PERIOD_ENDS',
      `${article54}、第六十九条`,
      `催告书于 ${facts.demandServedOn} 送达，满十个工作日后（${earliest.date} 起）当事人仍未履行的，才能申请人民法院强制执行`,
    ),
  ];
}

function nextDay(date: string): string {
  return parseCaseDate(date).add(1, 'day').format('YYYY-MM-DD');
}
