import {
  computeDeadline,
  deadlineRules,
  type DeadlineKind,
} from '../../domain/case/case-deadlines.js';
import type { CaseStage } from '../../domain/case/case-stage.js';
import { chinaDate } from '../../domain/china-date.js';
import type { DeadlineSource, PendingDeadline } from '../deadline/deadline-source.js';

const statementStages: readonly CaseStage[] = ['priorNoticeServed', 'statementPeriod'];

function pendingOf(
  caseId: string,
  kind: DeadlineKind,
  due: { date: string; provisional: boolean },
) {
  return {
    caseId,
    kind,
    label: deadlineRules[kind].label,
    due: due.date,
    article: deadlineRules[kind].article,
    provisional: due.provisional,
  } satisfies PendingDeadline;
}

/**
 * While the party may answer the notice: the five working days to ask for a hearing
 * (行政处罚法第六十四条第一项) until the party asks or waives or the days run out, and the earliest day a scheduled
 * hearing may be held (第二项) until it is recorded.
 */
export const noticeDeadlines: DeadlineSource = {
  async pending(db, calendar, caseIds) {
    if (caseIds.length === 0) return [];
    const notices = await db
      .selectFrom('priorNotice')
      .innerJoin('penaltyCase', 'penaltyCase.id', 'priorNotice.caseId')
      .select(['priorNotice.caseId', 'priorNotice.servedOn'])
      .where('priorNotice.caseId', 'in', caseIds)
      .where('priorNotice.hearingRight', '=', true)
      .where('penaltyCase.stage', 'in', statementStages)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('partyResponse')
              .select('partyResponse.id')
              .whereRef('partyResponse.noticeId', '=', 'priorNotice.id')
              .where('partyResponse.kind', 'in', ['hearingRequest', 'waiver']),
          ),
        ),
      )
      // Only the latest notice's period runs: a new notice replaces the earlier one.
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('priorNotice as later')
              .select('later.id')
              .whereRef('later.caseId', '=', 'priorNotice.caseId')
              .whereRef('later.sequence', '>', 'priorNotice.sequence'),
          ),
        ),
      )
      .execute();
    const hearings = await db
      .selectFrom('hearing')
      .innerJoin('penaltyCase', 'penaltyCase.id', 'hearing.caseId')
      .leftJoin('hearingRecord', 'hearingRecord.hearingId', 'hearing.id')
      .select(['hearing.caseId', 'hearing.noticeServedOn'])
      .where('hearing.caseId', 'in', caseIds)
      .where('hearingRecord.hearingId', 'is', null)
      .where('penaltyCase.stage', '=', 'statementPeriod')
      .execute();
    const today = chinaDate();
    return [
      // The party's window, not the agency's: once it has run out there is nothing overdue,
      // and the next step (结束陈述申辩期) is the agency's, shown among the next actions.
      ...notices
        .map((notice) => ({
          caseId: notice.caseId,
          due: computeDeadline('hearingRequest', notice.servedOn, calendar),
        }))
        .filter(({ due }) => due.date >= today)
        .map(({ caseId, due }) => pendingOf(caseId, 'hearingRequest', due)),
      ...hearings.map((hearing) =>
        pendingOf(
          hearing.caseId,
          'earliestHearing',
          computeDeadline('earliestHearing', hearing.noticeServedOn, calendar),
        ),
      ),
    ];
  },
};
