/**
 * Built-in holiday notices, taken from the `chinese-days` package, which transcribes the State
 * Council's yearly notices. Years the package does not have yet stay unloaded, so the calendar
 * flags dates in them as provisional.
 */
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { NamedDate, WorkdaySchedule } from './workday-calendar.js';

const FIRST_YEAR = 2020;

/** Values look like "National Day,国庆节,3": English name, Chinese name, holiday number. */
interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const data: ChineseDaysData = chineseDays;

export function builtinWorkdaySchedules(): WorkdaySchedule[] {
  const holidays = namedDates(data.holidays);
  const makeupWorkdays = namedDates(data.workdays);
  const lastYear = Math.max(...holidays.map(yearOf));
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  return years.map((year) => ({
    year,
    holidays: holidays.filter((h) => yearOf(h) === year),
    makeupWorkdays: makeupWorkdays.filter((m) => yearOf(m) === year),
  }));
}

function namedDates(entries: Record<string, string>): NamedDate[] {
  return Object.entries(entries)
    .map(([date, description]) => ({ date, name: chineseName(date, description) }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

function chineseName(date: string, description: string): string {
  const name = description.split(',').find((part) => /\p{Script=Han}/u.test(part));
  if (name === undefined) throw new Error(`chinese-days: no Chinese holiday name for ${date}`);
  return name.trim();
}

function yearOf(entry: NamedDate): number {
  return Number(entry.date.slice(0, 4));
}
