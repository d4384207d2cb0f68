import { computeDeadline, deadlineRules } from '../../domain/case/case-deadlines.js';
import { decisionDue, undecidedStages } from '../../domain/case/decision-deadline.js';
import type { DeadlineSource } from '../deadline/deadline-source.js';
import { listExtensions } from './decision.repository.js';

/**
 * 行政处罚法第六十条: a filed case not yet decided is due ninety days after 立案, or on the
 * date of the latest extension the head approved.
 */
export const decisionDeadlines: DeadlineSource = {
  async pending(db, calendar, caseIds) {
    if (caseIds.length === 0) return [];
    const cases = await db
      .selectFrom('penaltyCase')
      .select(['id', 'filingDate'])
      .where('id', 'in', caseIds)
      .where('stage', 'in', undecidedStages)
      .where('filingDate', 'is not', null)
      .execute();
    const extensions = await listExtensions(
      db,
      cases.map((penaltyCase) => penaltyCase.id),
    );
    return cases.map(({ id, filingDate }) => {
      const statutory = computeDeadline('decision', filingDate ?? '', calendar);
      const extendedTo = extensions.filter((e) => e.caseId === id).map((e) => e.newDue);
      const due = decisionDue(statutory.date, extendedTo);
      return {
        caseId: id,
        kind: 'decision' as const,
        label: due.extended
          ? `${deadlineRules.decision.label}（经负责人批准延长）`
          : deadlineRules.decision.label,
        due: due.date,
        article: due.extended
          ? `${statutory.article}、交通运输行政执法程序规定`
          : statutory.article,
        provisional: !due.extended && statutory.provisional,
      };
    });
  },
};
