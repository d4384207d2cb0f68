import { computeDeadline, deadlineRules } from '../../domain/case/case-deadlines.js';
import type { DeadlineSource } from '../deadline/deadline-source.js';

/**
 * 行政处罚法第六十一条: a decision not handed over on announcement is served within seven
 * working days. Pending while the case waits in 已决定.
 */
export const serviceDeadlines: DeadlineSource = {
  async pending(db, calendar, caseIds) {
    if (caseIds.length === 0) return [];
    const decisions = await db
      .selectFrom('decision')
      .innerJoin('penaltyCase', 'penaltyCase.id', 'decision.caseId')
      .select(['decision.caseId', 'decision.decidedOn'])
      .where('decision.caseId', 'in', caseIds)
      .where('penaltyCase.stage', '=', 'decided')
      .execute();
    return decisions.map(({ caseId, decidedOn }) => {
      const deadline = computeDeadline('decisionService', decidedOn, calendar);
      return {
        caseId,
        kind: 'decisionService',
        label: deadlineRules.decisionService.label,
        due: deadline.date,
        article: deadline.article,
        provisional: deadline.provisional,
      };
    });
  },
};
