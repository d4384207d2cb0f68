/**
 * Working-day calendar (工作日历). 行政处罚法第八十五条 and 行政强制法第六十九条 count short
 * periods in 工作日, which in China depend on the State Council's yearly holiday notice: holidays
 * fall on weekdays and some weekends become make-up working days (调休上班). A date in a year
 * without a loaded notice can only be estimated from the weekend rule, so it is flagged
 * `provisional` instead of being presented as certain.
 */
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';

dayjs.extend(customParseFormat);

const DATE_FORMAT = 'YYYY-MM-DD';
const SATURDAY = 6;
const SUNDAY = 0;

export interface NamedDate {
  /** Calendar date in China, `YYYY-MM-DD`. */
  date: string;
  name: string;
}

/** One year of the State Council's holiday notice (国务院办公厅关于部分节假日安排的通知). */
export interface WorkdaySchedule {
  year: number;
  /** Every non-working day of the holiday periods, weekends inside a period included. */
  holidays: NamedDate[];
  /** Weekend days that are working days (调休上班日). */
  makeupWorkdays: NamedDate[];
}

export interface WorkdayAnswer {
  workday: boolean;
  provisional: boolean;
}

export interface WorkdayDate {
  date: string;
  provisional: boolean;
}

export interface WorkdayCount {
  count: number;
  provisional: boolean;
}

export interface WorkdayCalendar {
  readonly loadedYears: readonly number[];
  isWorkday(date: string): WorkdayAnswer;
  /** The `days`-th working day after `start`; `start` itself never counts. */
  addWorkdays(start: string, days: number): WorkdayDate;
  /** Working days in the half-open interval (`from`, `to`]. */
  countWorkdays(from: string, to: string): WorkdayCount;
}

export function createWorkdayCalendar(schedules: readonly WorkdaySchedule[]): WorkdayCalendar {
  assertSchedulesValid(schedules);
  const loadedYears = schedules.map((schedule) => schedule.year).sort((a, b) => a - b);
  const years = new Set(loadedYears);
  const holidays = new Set(schedules.flatMap((s) => s.holidays.map((h) => h.date)));
  const makeupWorkdays = new Set(schedules.flatMap((s) => s.makeupWorkdays.map((m) => m.date)));

  function answerFor(day: Dayjs): WorkdayAnswer {
    const key = day.format(DATE_FORMAT);
    const provisional = !years.has(day.year());
    if (holidays.has(key)) return { workday: false, provisional };
    if (makeupWorkdays.has(key)) return { workday: true, provisional };
    return { workday: !isWeekend(day), provisional };
  }

  return {
    loadedYears,
    isWorkday: (date) => answerFor(parseDate(date)),
    addWorkdays(start, days) {
      assertDayCount(days);
      let day = parseDate(start);
      let provisional = false;
      for (let found = 0; found < days;) {
        day = day.add(1, 'day');
        const answer = answerFor(day);
        provisional ||= answer.provisional;
        if (answer.workday) found += 1;
      }
      return { date: day.format(DATE_FORMAT), provisional };
    },
    countWorkdays(from, to) {
      const last = parseDate(to);
      let count = 0;
      let provisional = false;
      for (let day = parseDate(from).add(1, 'day'); !day.isAfter(last); day = day.add(1, 'day')) {
        const answer = answerFor(day);
        provisional ||= answer.provisional;
        if (answer.workday) count += 1;
      }
      return { count, provisional };
    },
  };
}

/** Problems with a schedule an administrator loads, as Chinese sentences; empty when valid. */
export function validateWorkdaySchedule(schedule: WorkdaySchedule): string[] {
  const { year, holidays, makeupWorkdays } = schedule;
  if (!Number.isInteger(year)) return [`年份 ${year} 无效`];
  const holidayDates = new Set(holidays.map((h) => h.date));
  return [
    ...holidays.flatMap((h) => dateProblems(h, year, '节假日')),
    ...makeupWorkdays.flatMap((m) => dateProblems(m, year, '调休上班日')),
    ...duplicateDates(holidays).map((date) => `节假日 ${date} 重复列出`),
    ...duplicateDates(makeupWorkdays).map((date) => `调休上班日 ${date} 重复列出`),
    ...makeupWorkdays
      .filter((m) => holidayDates.has(m.date))
      .map((m) => `${m.date} 不能同时是节假日和调休上班日`),
    ...makeupWorkdays
      .filter((m) => isStrictDate(m.date) && !isWeekend(parseDate(m.date)))
      .map((m) => `调休上班日 ${m.date} 应为周六或周日`),
  ];
}

function dateProblems(entry: NamedDate, year: number, kind: string): string[] {
  if (!isStrictDate(entry.date)) return [`${kind}日期「${entry.date}」格式无效，应为 YYYY-MM-DD`];
  const problems: string[] = [];
  if (parseDate(entry.date).year() !== year) {
    problems.push(`${kind} ${entry.date} 不在 ${year} 年内`);
  }
  if (entry.name.trim() === '') problems.push(`${kind} ${entry.date} 缺少名称`);
  return problems;
}

function duplicateDates(entries: readonly NamedDate[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { date } of entries) (seen.has(date) ? duplicates : seen).add(date);
  return [...duplicates];
}

function assertSchedulesValid(schedules: readonly WorkdaySchedule[]): void {
  const years = schedules.map((schedule) => schedule.year);
  const repeated = years.filter((year, index) => years.indexOf(year) !== index);
  if (repeated.length > 0) throw new Error(`Workday schedule loaded twice for ${repeated[0]}`);
  for (const schedule of schedules) {
    const problems = validateWorkdaySchedule(schedule);
    if (problems.length > 0) {
      throw new Error(`Invalid workday schedule ${schedule.year}: ${problems.join('; ')}`);
    }
  }
}

function assertDayCount(days: number): void {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new Error(`Working-day count must be a non-negative integer, got ${days}`);
  }
}

function isStrictDate(text: string): boolean {
  return dayjs(text, DATE_FORMAT, true).isValid();
}

function parseDate(text: string): Dayjs {
  const day = dayjs(text, DATE_FORMAT, true);
  if (!day.isValid()) throw new Error(`Invalid date "${text}": expected a real date as YYYY-MM-DD`);
  return day;
}

function isWeekend(day: Dayjs): boolean {
  return day.day() === SATURDAY || day.day() === SUNDAY;
}
