import { computeDeadline, deadlineRules } from '../../domain/case/case-deadlines.js';
import {
  compulsoryMeasureKindLabels,
  isEmergencyReportLate,
  measureEnd,
} from '../../domain/case/investigation.js';
import { chinaDate } from '../../domain/china-date.js';
import type { WorkdayCalendar } from '../../domain/workday-calendar.js';
import type { CompulsoryMeasureRow, ListedItem } from '../../storage/tables/investigation.js';
import type { DeadlineSource, PendingDeadline } from '../deadline/deadline-source.js';
import { listOpenMeasures, listOpenPreservations } from './investigation.repository.js';

function itemNames(items: readonly ListedItem[]): string {
  return items.map((item) => item.name).join('、');
}

/**
 * Pending deadlines of 调查取证: the handling decision on preserved evidence (seven working days,
 * fixed on approval), the head's approval of an emergency measure (24 hours), and the end of a
 * 查封、扣押 still held.
 */
export const investigationDeadlineSource: DeadlineSource = {
  async pending(db, calendar, caseIds) {
    const [preservations, measures] = await Promise.all([
      listOpenPreservations(db, caseIds),
      listOpenMeasures(db, caseIds),
    ]);
    const preservationDeadlines = preservations.flatMap(
      ({ caseId, items, decisionDue, decisionDueProvisional }): PendingDeadline[] =>
        decisionDue
          ? [
              {
                caseId,
                kind: 'preservationDecision',
                label: `对先行登记保存的证据（${itemNames(items)}）作出处理决定`,
                due: decisionDue,
                article: deadlineRules.preservationDecision.article,
                provisional: decisionDueProvisional ?? false,
              },
            ]
          : [],
    );
    const measureDeadlines = measures.flatMap((measure) => {
      const implementedAt = measure.implementedAt;
      if (!implementedAt) return [];
      const what = `${compulsoryMeasureKindLabels[measure.kind]}（${itemNames(measure.items)}）`;
      const report =
        measure.emergency && measure.approval === 'pending'
          ? [emergencyReportDeadline(measure, implementedAt, what, calendar)]
          : [];
      const kind = measure.extensionDays === null ? 'seizure' : 'extendedSeizure';
      const end: PendingDeadline = {
        caseId: measure.caseId,
        kind,
        label: `${what}期限届满，作出处理决定或者解除`,
        due: measureEnd(chinaDate(implementedAt), measure.termDays, measure.extensionDays ?? 0),
        article: deadlineRules[kind].article,
        provisional: false,
      };
      return [...report, end];
    });
    return [...preservationDeadlines, ...measureDeadlines];
  },
};

/** 行政强制法第十九条: report within 24 hours and obtain the approval, else lift at once. */
function emergencyReportDeadline(
  measure: CompulsoryMeasureRow,
  implementedAt: Date,
  what: string,
  calendar: WorkdayCalendar,
): PendingDeadline {
  const due = computeDeadline('emergencyMeasureReport', chinaDate(implementedAt), calendar);
  return {
    caseId: measure.caseId,
    kind: 'emergencyMeasureReport',
    label: isEmergencyReportLate(implementedAt, measure.requestedAt)
      ? `当场实施的${what}未在二十四小时内报告，应当立即解除`
      : `负责人对当场实施的${what}补办批准手续`,
    due: due.date,
    article: due.article,
    provisional: due.provisional,
  };
}
