import { deadlineRules } from '../../domain/case/case-deadlines.js';
import { paymentPlanKindLabels } from '../../domain/case/execution.js';
import { chinaDate } from '../../domain/china-date.js';
import type { DeadlineSource, PendingDeadline } from '../deadline/deadline-source.js';
import { loadExecutionFacts } from './execution.repository.js';
import { executionState, type ExecutionState } from './execution-state.js';

/**
 * 执行 deadlines of cases in execution: the next payment (行政处罚法第六十七条, or the approved
 * plan), then, once the party is in default, the first day the court may be asked after a
 * 催告 and the last day of the window to ask it (行政强制法第五十三条、第五十四条).
 */
export const executionDeadlines: DeadlineSource = {
  async pending(db, calendar, caseIds) {
    if (caseIds.length === 0) return [];
    const executing = await db
      .selectFrom('penaltyCase')
      .select('id')
      .where('id', 'in', caseIds)
      .where('stage', '=', 'executing')
      .execute();
    const facts = await loadExecutionFacts(
      db,
      executing.map((row) => row.id),
    );
    const today = chinaDate();
    return [...facts].flatMap(([caseId, caseFacts]) =>
      deadlinesOf(caseId, executionState(caseFacts, today, calendar)),
    );
  },
};

function deadlinesOf(caseId: string, state: ExecutionState): PendingDeadline[] {
  const { balance, owed } = state;
  if (state.completion.complete || balance === null || owed === null) return [];
  const deadlines: PendingDeadline[] = [];
  if (balance.nextDue) {
    const rule = deadlineRules.payment;
    deadlines.push({
      caseId,
      kind: 'payment',
      label: owed.plan ? `${rule.label}（${paymentPlanKindLabels[owed.plan.kind]}）` : rule.label,
      due: balance.nextDue.dueDate,
      article: owed.plan ? '行政处罚法第六十六条第二款' : rule.article,
      provisional: false,
    });
  }
  const inDefault = balance.nextDue === null || balance.nextDue.overdue;
  if (state.pendingApplication || !inDefault) return deadlines;
  if (state.earliestCourtApplication) {
    deadlines.push({
      caseId,
      kind: 'earliestCourtApplication',
      label: deadlineRules.earliestCourtApplication.label,
      due: state.earliestCourtApplication.date,
      article: state.earliestCourtApplication.article,
      provisional: state.earliestCourtApplication.provisional,
    });
  }
  if (state.window) {
    deadlines.push({
      caseId,
      kind: state.window.kind,
      label: deadlineRules[state.window.kind].label,
      due: state.window.closesOn,
      article: state.window.article,
      provisional: state.window.provisional,
    });
  }
  return deadlines;
}
