import type { Selectable } from 'kysely';
import { computeDeadline, type Deadline } from '../../domain/case/case-deadlines.js';
import {
  courtApplicationWindow,
  executionBalance,
  pausedPeriodsAsOf,
  paymentTranches,
  type Balance,
  type CourtApplicationWindow,
  type PaymentFact,
  type PaymentPlan,
  type RemedyFact,
} from '../../domain/case/execution.js';
import { formatYuan } from '../../domain/case/penalty.js';
import type { WorkdayCalendar } from '../../domain/workday-calendar.js';
import type { DecisionTable } from '../../storage/tables/review-and-decision.js';
import type {
  CourtApplicationRow,
  DemandRow,
  PaymentPlanDecisionTable,
  PaymentPlanRow,
  PaymentRow,
  RemedyPeriodRow,
} from '../../storage/tables/service-and-execution.js';

export type PlanWithDecision = PaymentPlanRow & {
  decision: Selectable<PaymentPlanDecisionTable> | null;
};
export type DemandWithService = DemandRow & { servedOn: string | null };
export type CourtApplicationWithRuling = CourtApplicationRow & {
  rulingOutcome: 'granted' | 'refused' | 'notAccepted' | null;
  ruledOn: string | null;
  rulingNumber: string | null;
  rulingNote: string | null;
};

export interface ExecutionFacts {
  decision: Selectable<DecisionTable>;
  /** When the decision was served; execution runs from then (行政处罚法第六十七条第三款). */
  servedOn: string | null;
  plans: PlanWithDecision[];
  payments: PaymentRow[];
  remedies: RemedyPeriodRow[];
  demands: DemandWithService[];
  applications: CourtApplicationWithRuling[];
}

/** What the party owes once the decision is served: the fine, due by `dueDate` or the plan. */
export interface Owed {
  fineFen: number;
  /** The statutory last day to pay: fifteen days after service. */
  dueDate: string;
  plan: PaymentPlan | null;
}

export interface ExecutionState {
  owed: Owed | null;
  approvedPlan: PlanWithDecision | null;
  balance: Balance | null;
  window: CourtApplicationWindow | null;
  /** The latest 催告书 that was served, and from when the court may be asked. */
  servedDemand: DemandWithService | null;
  earliestCourtApplication: Deadline | null;
  pendingApplication: CourtApplicationWithRuling | null;
  completion: { complete: boolean; missing: string[] };
}

/** Where execution stands on `asOf`: what is owed, what is allowed next, what is missing. */
export function executionState(
  facts: ExecutionFacts,
  asOf: string,
  calendar: WorkdayCalendar,
): ExecutionState {
  const { decision, servedOn } = facts;
  const approvedPlan = facts.plans.findLast((plan) => plan.decision?.approved) ?? null;
  const plan: PaymentPlan | null = approvedPlan && {
    kind: approvedPlan.kind,
    instalments: approvedPlan.instalments,
  };
  const servedDemand = facts.demands.findLast((demand) => demand.servedOn !== null) ?? null;
  const pendingApplication =
    facts.applications.find((application) => application.rulingOutcome === null) ?? null;
  const owed: Owed | null =
    servedOn !== null && decision.fineFen > 0
      ? {
          fineFen: decision.fineFen,
          dueDate: computeDeadline('payment', servedOn, calendar).date,
          plan,
        }
      : null;
  const balance = owed && balanceOn(facts, asOf, owed);
  return {
    owed,
    approvedPlan,
    balance,
    window: owed && servedOn ? courtApplicationWindow(servedOn, plan, calendar) : null,
    servedDemand,
    earliestCourtApplication: servedDemand?.servedOn
      ? computeDeadline('earliestCourtApplication', servedDemand.servedOn, calendar)
      : null,
    pendingApplication,
    completion: completion(facts, balance, pendingApplication, asOf),
  };
}

/** The balance on any day (today, a 催告's issue, a court application). */
export function balanceOn(
  facts: { remedies: readonly RemedyFact[]; payments: readonly PaymentFact[] },
  asOf: string,
  owed: Owed,
): Balance {
  return executionBalance({
    fineFen: owed.fineFen,
    tranches: paymentTranches(owed.fineFen, owed.dueDate, owed.plan),
    pausedPeriods: pausedPeriodsAsOf(facts.remedies, asOf),
    payments: facts.payments,
    asOf,
  });
}

function completion(
  facts: ExecutionFacts,
  balance: Balance | null,
  pendingApplication: CourtApplicationWithRuling | null,
  asOf: string,
): ExecutionState['completion'] {
  if (facts.servedOn === null) return { complete: false, missing: ['决定书尚未送达当事人'] };
  const done =
    balance === null ||
    balance.outstandingFen <= 0 ||
    facts.remedies.some((remedy) => remedy.outcome === 'revoked') ||
    facts.applications.some((application) => application.rulingOutcome !== null);
  if (done) return { complete: true, missing: [] };
  return {
    complete: false,
    missing: [
      `尚欠罚款及加处罚款 ${formatYuan(balance.outstandingFen)}（计至 ${asOf}）`,
      pendingApplication
        ? '已申请人民法院强制执行，尚待法院裁定'
        : '未缴清的，须经催告后申请人民法院强制执行',
    ],
  };
}
