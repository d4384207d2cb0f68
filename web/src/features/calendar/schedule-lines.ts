import dayjs from 'dayjs';
import type { NamedDate, YearSchedule } from './api';

export interface LineProblem {
  line: number;
  message: string;
}

export type ParsedSchedule =
  { ok: true; schedule: YearSchedule } | { ok: false; problems: LineProblem[] };

const scheduleListOf = { holiday: 'holidays', workday: 'makeupWorkdays' } as const;
type LineKind = keyof typeof scheduleListOf;

function isLineKind(value: string): value is LineKind {
  return Object.hasOwn(scheduleListOf, value);
}

function isCalendarDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value).format('YYYY-MM-DD') === value;
}

/** One pasted line, or the reason it cannot be read. */
function parseLine(raw: string, year: number): { kind: LineKind; entry: NamedDate } | string {
  const parts = raw.split(/[,，]/).map((part) => part.trim());
  if (parts.length !== 3) return '应为“日期,名称,holiday 或 workday”三项';
  const [date = '', name = '', kind = ''] = parts;
  if (!isCalendarDate(date)) return `日期“${date}”无效，格式应为 YYYY-MM-DD`;
  if (Number(date.slice(0, 4)) !== year) return `日期 ${date} 不在 ${year} 年`;
  if (name === '') return '缺少名称';
  if (!isLineKind(kind)) return `类型“${kind}”无效，应为 holiday（放假）或 workday（调休上班）`;
  return { kind, entry: { date, name } };
}

/**
 * Read a year's schedule pasted as lines of `date,name,kind`, for example
 * `2027-01-01,元旦,holiday` or `2027-02-07,春节调休,workday`. Blank lines are skipped;
 * every bad line is reported with its number, so the whole paste can be fixed at once.
 */
export function parseScheduleLines(text: string, year: number): ParsedSchedule {
  const schedule: YearSchedule = { holidays: [], makeupWorkdays: [] };
  const problems: LineProblem[] = [];
  const seenDates = new Set<string>();

  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const parsed = parseLine(raw, year);
    if (typeof parsed === 'string') {
      problems.push({ line: index + 1, message: parsed });
    } else if (seenDates.has(parsed.entry.date)) {
      problems.push({ line: index + 1, message: `日期 ${parsed.entry.date} 重复` });
    } else {
      seenDates.add(parsed.entry.date);
      schedule[scheduleListOf[parsed.kind]].push(parsed.entry);
    }
  });

  if (problems.length > 0) return { ok: false, problems };
  if (seenDates.size === 0)
    return { ok: false, problems: [{ line: 1, message: '没有填写任何日期' }] };
  return { ok: true, schedule };
}
