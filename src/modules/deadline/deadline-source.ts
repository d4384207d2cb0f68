import type { DeadlineKind } from '../../domain/case/case-deadlines.js';
import type { WorkdayCalendar } from '../../domain/workday-calendar.js';
import type { Db } from '../../storage/database.js';

/** A deadline a case has not met yet: what is due, by when, under which article. */
export interface PendingDeadline {
  caseId: string;
  kind: DeadlineKind;
  /** What must be done, in Chinese, e.g. 「对先行登记保存的物品作出处理决定」. */
  label: string;
  /** YYYY-MM-DD, the last day (or, for a `noEarlierThan` rule, the first allowed day). */
  due: string;
  article: string;
  /** True when the calendar of the due year is not loaded yet, so `due` may move. */
  provisional: boolean;
}

/**
 * Each area of a case (investigation, decision, execution …) reports the deadlines its open
 * steps still have to meet; the 督办 board and the case page merge them.
 */
export interface DeadlineSource {
  pending(
    db: Db,
    calendar: WorkdayCalendar,
    caseIds: readonly string[],
  ): Promise<PendingDeadline[]>;
}
