import { chinaDate } from '../../domain/china-date.js';
import type { Db } from '../../storage/database.js';
import { loadWorkdayCalendar } from '../calendar/calendar.service.js';
import {
  DECISION_DOCUMENT_CODE,
  servedDates,
  servedDocumentKey,
} from '../service/service.repository.js';
import { executionState, type ExecutionFacts } from './execution-state.js';

export const DEMAND_NOTICE_CODE = 'demandNotice';
export const INSTALMENT_NOTICE_CODE = 'instalmentNotice';

/** Everything execution rests on, for each of these cases that has a decision. */
export async function loadExecutionFacts(
  db: Db,
  caseIds: readonly string[],
): Promise<Map<string, ExecutionFacts>> {
  if (caseIds.length === 0) return new Map();
  const [decisions, served, plans, planDecisions, payments, remedies, demands, applications] =
    await Promise.all([
      db.selectFrom('decision').selectAll().where('caseId', 'in', caseIds).execute(),
      servedDates(db, caseIds),
      db
        .selectFrom('paymentPlan')
        .selectAll()
        .where('caseId', 'in', caseIds)
        .orderBy('createdAt')
        .execute()
        .then(groupByCase),
      db
        .selectFrom('paymentPlanDecision')
        .innerJoin('paymentPlan', 'paymentPlan.id', 'paymentPlanDecision.planId')
        .selectAll('paymentPlanDecision')
        .where('paymentPlan.caseId', 'in', caseIds)
        .execute(),
      db
        .selectFrom('payment')
        .selectAll()
        .where('caseId', 'in', caseIds)
        .orderBy('paidOn')
        .execute()
        .then(groupByCase),
      db
        .selectFrom('remedyPeriod')
        .selectAll()
        .where('caseId', 'in', caseIds)
        .orderBy('startedOn')
        .execute()
        .then(groupByCase),
      db
        .selectFrom('demand')
        .selectAll()
        .where('caseId', 'in', caseIds)
        .orderBy('createdAt')
        .execute()
        .then(groupByCase),
      db
        .selectFrom('courtApplication')
        .leftJoin('courtRuling', 'courtRuling.applicationId', 'courtApplication.id')
        .selectAll('courtApplication')
        .select([
          'courtRuling.outcome as rulingOutcome',
          'courtRuling.ruledOn',
          'courtRuling.rulingNumber',
          'courtRuling.note as rulingNote',
        ])
        .where('courtApplication.caseId', 'in', caseIds)
        .orderBy('courtApplication.createdAt')
        .execute()
        .then(groupByCase),
    ]);
  const facts = new Map<string, ExecutionFacts>();
  for (const decision of decisions) {
    const caseId = decision.caseId;
    const servedOn = (code: string, itemId: string | null) =>
      served.get(servedDocumentKey(caseId, code, itemId)) ?? null;
    facts.set(caseId, {
      decision,
      servedOn: servedOn(DECISION_DOCUMENT_CODE, null),
      plans: (plans.get(caseId) ?? []).map((plan) => ({
        ...plan,
        decision: planDecisions.find((row) => row.planId === plan.id) ?? null,
      })),
      payments: payments.get(caseId) ?? [],
      remedies: remedies.get(caseId) ?? [],
      demands: (demands.get(caseId) ?? []).map((demand) => ({
        ...demand,
        servedOn: servedOn(DEMAND_NOTICE_CODE, demand.id),
      })),
      applications: applications.get(caseId) ?? [],
    });
  }
  return facts;
}

function groupByCase<T extends { caseId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.caseId, [...(groups.get(row.caseId) ?? []), row]);
  return groups;
}

/**
 * For 结案: is the decision carried out? Yes once it was served and the fine and its surcharge
 * are paid, the court has ruled on the application for compulsory execution, or a 复议 or
 * 诉讼 revoked the decision. `missing` says, in Chinese, what is still open.
 */
export async function executionComplete(
  db: Db,
  caseId: string,
): Promise<{ complete: boolean; missing: string[] }> {
  const facts = (await loadExecutionFacts(db, [caseId])).get(caseId);
  if (!facts) return { complete: false, missing: ['案件尚未作出决定'] };
  const state = executionState(facts, chinaDate(), await loadWorkdayCalendar(db));
  return state.completion;
}

/** The execution documents that go to the party: each 催告书, each approved plan's notice. */
export async function listExecutionDocuments(
  db: Db,
  caseId: string,
): Promise<{ code: string; itemId: string; title: string; issuedOn: string }[]> {
  const [demands, plans] = await Promise.all([
    db
      .selectFrom('demand')
      .select(['id', 'issuedOn'])
      .where('caseId', '=', caseId)
      .orderBy('createdAt')
      .execute(),
    db
      .selectFrom('paymentPlan')
      .innerJoin('paymentPlanDecision', 'paymentPlanDecision.planId', 'paymentPlan.id')
      .select(['paymentPlan.id', 'paymentPlanDecision.decidedOn'])
      .where('paymentPlan.caseId', '=', caseId)
      .where('paymentPlanDecision.approved', '=', true)
      .orderBy('paymentPlan.createdAt')
      .execute(),
  ]);
  return [
    ...plans.map((plan) => ({
      code: INSTALMENT_NOTICE_CODE,
      itemId: plan.id,
      title: '分期（延期）缴纳罚款通知书',
      issuedOn: plan.decidedOn,
    })),
    ...demands.map((demand) => ({
      code: DEMAND_NOTICE_CODE,
      itemId: demand.id,
      title: '催告书',
      issuedOn: demand.issuedOn,
    })),
  ];
}
