/**
 * Deadlines (期限) of a penalty case, one table row per kind. Short periods run in working days
 * where the law says so: 行政处罚法第八十五条 (its 二日、三日、五日、七日) and 行政强制法第六十九条
 * (its periods of 十日 or less). Every other period runs in calendar days or months, the day of
 * the starting event not counted and a month ending on the corresponding day (or the month's
 * last day when there is none), as dayjs `add` does.
 */
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import { assertNever } from '../app-error.js';
import type { WorkdayCalendar } from '../workday-calendar.js';

dayjs.extend(customParseFormat);

const DATE_FORMAT = 'YYYY-MM-DD';
const HOURS_PER_DAY = 24;

export type PeriodUnit = 'workdays' | 'days' | 'months' | 'hours';

export interface Period {
  amount: number;
  unit: PeriodUnit;
  /**
   * 期间届满的最后一日是法定休假日的，以其后的第一日为届满日: the 民事诉讼法 rule that
   * 行政复议法第八十八条 and 行政诉讼法第一百零一条 adopt for their own periods.
   */
  rollsPastRestDays: boolean;
}

/**
 * `noLaterThan`: the act is due by `date`. `noEarlierThan`: the act is allowed from `date` on,
 * because the law demands a period to pass first (a hearing notice, a 催告).
 */
export type DeadlineBound = 'noLaterThan' | 'noEarlierThan';

export interface Deadline {
  date: string;
  provisional: boolean;
  article: string;
}

export interface DeadlineRule {
  label: string;
  article: string;
  startEvent: string;
  /** Applied one after another: the end of one period starts the next. */
  periods: readonly Period[];
  bound: DeadlineBound;
  due(start: string, calendar: WorkdayCalendar): Deadline;
}

export const deadlineKinds = [
  'decision',
  'hearingRequest',
  'earliestHearing',
  'decisionService',
  'preservationDecision',
  'seizure',
  'extendedSeizure',
  'emergencyMeasureReport',
  'payment',
  'reviewApplication',
  'lawsuit',
  'earliestCourtApplication',
  'courtApplication',
  'courtApplicationAfterDeferral',
  'summaryDecisionFiling',
  'decisionDisclosure',
  'disclosureWithdrawal',
  'transferDecision',
  'transferHandover',
  'policeFilingDecision',
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

export const deadlineRules: Record<DeadlineKind, DeadlineRule> = {
  decision: deadlineRule({
    label: '作出行政处罚决定',
    article: '行政处罚法第六十条',
    startEvent: '立案',
    periods: [days(90)],
  }),
  hearingRequest: deadlineRule({
    label: '当事人要求听证',
    article: '行政处罚法第六十四条第一项',
    startEvent: '告知听证权利',
    periods: [workdays(5)],
  }),
  // "七日" is in 第八十五条's list, so the notice period is seven working days. Whether the
  // hearing day may be the seventh day itself is read both ways; the later date satisfies both.
  earliestHearing: deadlineRule({
    label: '举行听证（通知送达后满七个工作日）',
    article: '行政处罚法第六十四条第二项、第八十五条',
    startEvent: '送达听证通知',
    periods: [workdays(7)],
    bound: 'noEarlierThan',
  }),
  decisionService: deadlineRule({
    label: '送达行政处罚决定书（当事人不在场）',
    article: '行政处罚法第六十一条',
    startEvent: '宣告行政处罚决定',
    periods: [workdays(7)],
  }),
  preservationDecision: deadlineRule({
    label: '对先行登记保存的证据作出处理决定',
    article: '行政处罚法第五十六条',
    startEvent: '先行登记保存',
    periods: [workdays(7)],
  }),
  seizure: deadlineRule({
    label: '查封、扣押期限届满',
    article: '行政强制法第二十五条',
    startEvent: '实施查封、扣押',
    periods: [days(30)],
  }),
  extendedSeizure: deadlineRule({
    label: '查封、扣押延长期限届满（经负责人批准延长一次）',
    article: '行政强制法第二十五条',
    startEvent: '实施查封、扣押',
    periods: [days(30), days(30)],
  }),
  emergencyMeasureReport: deadlineRule({
    label: '当场实施行政强制措施后向负责人报告',
    article: '行政强制法第十九条',
    startEvent: '当场实施行政强制措施',
    periods: [hours(24)],
  }),
  payment: deadlineRule({
    label: '缴纳罚款',
    article: '行政处罚法第六十七条第三款',
    startEvent: '当事人收到行政处罚决定书',
    periods: [days(15)],
  }),
  reviewApplication: deadlineRule({
    label: '申请行政复议',
    article: '行政复议法第二十条',
    startEvent: '当事人收到行政处罚决定书',
    periods: [days(60, { rollsPastRestDays: true })],
  }),
  lawsuit: deadlineRule({
    label: '提起行政诉讼',
    article: '行政诉讼法第四十六条',
    startEvent: '当事人收到行政处罚决定书',
    periods: [months(6, { rollsPastRestDays: true })],
  }),
  // "送达十日后" leaves the party the whole tenth working day to pay.
  earliestCourtApplication: deadlineRule({
    label: '申请人民法院强制执行（催告书送达满十个工作日）',
    article: '行政强制法第五十四条、第六十九条',
    startEvent: '送达催告书',
    periods: [workdays(10)],
    bound: 'noEarlierThan',
  }),
  // The six-month lawsuit period always ends after the sixty-day review period, so it is the
  // one whose expiry starts the three months.
  courtApplication: deadlineRule({
    label: '申请人民法院强制执行（复议、诉讼期限届满后三个月内）',
    article: '行政强制法第五十三条',
    startEvent: '当事人收到行政处罚决定书',
    periods: [months(6, { rollsPastRestDays: true }), months(3)],
  }),
  courtApplicationAfterDeferral: deadlineRule({
    label: '申请人民法院强制执行（暂缓或者分期缴纳期限结束后三个月内）',
    article: '行政处罚法第七十二条第二款、行政强制法第五十三条',
    startEvent: '暂缓或者分期缴纳罚款期限结束',
    periods: [months(3)],
  }),
  // Whether the transport rule counts these five days as working days is unconfirmed;
  // calendar days give the earlier date, so the agency cannot miss it by following this one.
  summaryDecisionFiling: deadlineRule({
    label: '当场处罚决定书报所属执法部门备案',
    article: '交通运输行政执法程序规定第六十一条第八项',
    startEvent: '当场作出行政处罚决定',
    periods: [days(5)],
  }),
  decisionDisclosure: deadlineRule({
    label: '公开行政处罚决定信息',
    article: '国办发〔2018〕118号',
    startEvent: '作出行政处罚决定',
    periods: [workdays(7)],
  }),
  disclosureWithdrawal: deadlineRule({
    label: '撤回已公开的行政处罚决定信息并说明理由',
    article: '行政处罚法第四十八条第二款',
    startEvent: '决定被变更、撤销、确认违法或者确认无效',
    periods: [workdays(3)],
  }),
  // 行政处罚法第八十五条 covers only that law's own periods: the regulation's days and hours
  // run on the calendar.
  transferDecision: deadlineRule({
    label: '负责人作出批准或者不批准移送的决定',
    article: '行政执法机关移送涉嫌犯罪案件的规定第五条',
    startEvent: '接到移送涉嫌犯罪案件的书面报告',
    periods: [days(3)],
  }),
  transferHandover: deadlineRule({
    label: '向公安机关移送涉嫌犯罪案件',
    article: '行政执法机关移送涉嫌犯罪案件的规定第五条',
    startEvent: '批准移送',
    periods: [hours(24)],
  }),
  policeFilingDecision: deadlineRule({
    label: '公安机关审查移送案件并决定是否立案（跟踪回复）',
    article: '行政执法机关移送涉嫌犯罪案件的规定第八条',
    startEvent: '公安机关接受移送',
    periods: [days(3)],
  }),
};

export function computeDeadline(
  kind: DeadlineKind,
  start: string,
  calendar: WorkdayCalendar,
): Deadline {
  return deadlineRules[kind].due(start, calendar);
}

export type DeadlineStatus = 'ok' | 'dueSoon' | 'overdue';

/** For the 督办 board: `dueSoon` from `warnDays` calendar days before `due` up to `due` itself. */
export function deadlineStatus(due: string, today: string, warnDays: number): DeadlineStatus {
  const daysLeft = parseCaseDate(due).diff(parseCaseDate(today), 'day');
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= warnDays ? 'dueSoon' : 'ok';
}

export function isCaseDate(text: string): boolean {
  return dayjs(text, DATE_FORMAT, true).isValid();
}

export function parseCaseDate(text: string): Dayjs {
  const day = dayjs(text, DATE_FORMAT, true);
  if (!day.isValid()) throw new Error(`Invalid date "${text}": expected a real date as YYYY-MM-DD`);
  return day;
}

interface DeadlineSpec {
  label: string;
  article: string;
  startEvent: string;
  periods: readonly Period[];
  bound?: DeadlineBound;
}

function deadlineRule(spec: DeadlineSpec): DeadlineRule {
  const bound = spec.bound ?? 'noLaterThan';
  return {
    ...spec,
    bound,
    due(start, calendar) {
      const end = spec.periods.reduce((reached, period) => addPeriod(reached, period, calendar), {
        date: formatDate(parseCaseDate(start)),
        provisional: false,
      });
      const date = bound === 'noEarlierThan' ? addDays(end.date, 1) : end.date;
      return { date, provisional: end.provisional, article: spec.article };
    },
  };
}

interface ReachedDate {
  date: string;
  provisional: boolean;
}

function addPeriod(from: ReachedDate, period: Period, calendar: WorkdayCalendar): ReachedDate {
  const end = periodEnd(from.date, period, calendar);
  const rolled = period.rollsPastRestDays ? firstWorkdayFrom(end.date, calendar) : end;
  return {
    date: rolled.date,
    provisional: from.provisional || end.provisional || rolled.provisional,
  };
}

function periodEnd(start: string, period: Period, calendar: WorkdayCalendar): ReachedDate {
  switch (period.unit) {
    case 'workdays':
      return calendar.addWorkdays(start, period.amount);
    case 'days':
      return { date: addDays(start, period.amount), provisional: false };
    case 'months':
      return {
        date: formatDate(parseCaseDate(start).add(period.amount, 'month')),
        provisional: false,
      };
    case 'hours':
      // Dates carry no clock time: hours counted from any moment of `start` end at the latest
      // on this day.
      return { date: addDays(start, Math.ceil(period.amount / HOURS_PER_DAY)), provisional: false };
    default:
      return assertNever(period.unit);
  }
}

function firstWorkdayFrom(date: string, calendar: WorkdayCalendar): ReachedDate {
  const answer = calendar.isWorkday(date);
  if (answer.workday) return { date, provisional: answer.provisional };
  return calendar.addWorkdays(date, 1);
}

function addDays(date: string, count: number): string {
  return formatDate(parseCaseDate(date).add(count, 'day'));
}

function formatDate(day: Dayjs): string {
  return day.format(DATE_FORMAT);
}

function workdays(amount: number): Period {
  return { amount, unit: 'workdays', rollsPastRestDays: false };
}

function days(amount: number, options = { rollsPastRestDays: false }): Period {
  return { amount, unit: 'days', ...options };
}

function months(amount: number, options = { rollsPastRestDays: false }): Period {
  return { amount, unit: 'months', ...options };
}

function hours(amount: number): Period {
  return { amount, unit: 'hours', rollsPastRestDays: false };
}
