import { describe, expect, it } from 'vitest';
import {
  createWorkdayCalendar,
  validateWorkdaySchedule,
  type WorkdaySchedule,
} from './workday-calendar.js';
import { builtinWorkdaySchedules } from './workday-schedules.js';

// Expected dates are worked out by hand from the State Council holiday notices, not from the code.
const calendar = createWorkdayCalendar(builtinWorkdaySchedules());

describe('addWorkdays', () => {
  it.each([
    // 春节 2025: 休 01-28(二)..02-04(二); 01-26(日)、02-08(六) 上班
    ['2025-01-24', 1, '2025-01-26'],
    ['2025-01-24', 3, '2025-02-05'],
    ['2025-01-27', 1, '2025-02-05'],
    ['2025-01-24', 7, '2025-02-10'],
    ['2025-02-07', 1, '2025-02-08'],
    // 国庆 2025: 休 10-01(三)..10-08(三); 09-28(日)、10-11(六) 上班
    ['2025-09-26', 1, '2025-09-28'],
    ['2025-09-26', 5, '2025-10-10'],
    ['2025-09-30', 2, '2025-10-10'],
    ['2025-09-30', 3, '2025-10-11'],
    // 国庆 2024: 休 10-01(二)..10-07(一); 09-29(日)、10-12(六) 上班
    ['2024-09-27', 3, '2024-10-08'],
    ['2024-09-30', 5, '2024-10-12'],
    ['2024-09-30', 7, '2024-10-15'],
    // 春节 2026: 休 02-15(日)..02-23(一); 02-14(六)、02-28(六) 上班
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-13', 2, '2026-02-24'],
    ['2026-02-13', 5, '2026-02-27'],
    ['2026-02-13', 6, '2026-02-28'],
    ['2026-02-13', 7, '2026-03-02'],
    // 中秋、国庆 2026: 休 09-25(五)..09-27(日)、10-01(四)..10-07(三); 09-20(日)、10-10(六) 上班
    ['2026-09-18', 1, '2026-09-20'],
    ['2026-09-25', 5, '2026-10-09'],
    ['2026-09-25', 6, '2026-10-10'],
    ['2026-09-25', 7, '2026-10-12'],
    // 普通周末
    ['2025-03-07', 1, '2025-03-10'],
    // 跨年: 2026 元旦休 01-01(四)..01-03(六), 01-04(日) 上班
    ['2025-12-31', 3, '2026-01-06'],
    // 起算日本身是节假日
    ['2025-10-03', 1, '2025-10-09'],
  ])('行政处罚法第八十五条：%s 起 %i 个工作日 → %s', (start, days, expected) => {
    expect(calendar.addWorkdays(start, days)).toEqual({ date: expected, provisional: false });
  });

  it.each([
    ['2025-09-26', 10, '2025-10-16'],
    ['2026-02-13', 10, '2026-03-05'],
  ])('行政强制法第六十九条：%s 起 %i 个工作日 → %s', (start, days, expected) => {
    expect(calendar.addWorkdays(start, days)).toEqual({ date: expected, provisional: false });
  });

  it('0 个工作日即起算日本身', () => {
    expect(calendar.addWorkdays('2025-10-03', 0)).toEqual({
      date: '2025-10-03',
      provisional: false,
    });
  });

  it('未载入放假安排的年份（2031）按周末推算并标记为暂定', () => {
    expect(calendar.addWorkdays('2031-03-07', 1)).toEqual({
      date: '2031-03-10',
      provisional: true,
    });
  });

  it('跨入未载入的年份时标记为暂定：只载入到 2025 年则不知道 2026 元旦', () => {
    const until2025 = createWorkdayCalendar(
      builtinWorkdaySchedules().filter((schedule) => schedule.year <= 2025),
    );
    expect(until2025.addWorkdays('2025-12-31', 3)).toEqual({
      date: '2026-01-05',
      provisional: true,
    });
  });

  it.each([-1, 1.5, Number.NaN])('拒绝无效的工作日数 %s', (days) => {
    expect(() => calendar.addWorkdays('2025-10-03', days)).toThrow(/non-negative integer/);
  });
});

describe('isWorkday', () => {
  it.each([
    ['2025-01-26', true, '春节调休上班的周日'],
    ['2025-02-08', true, '春节调休上班的周六'],
    ['2025-01-29', false, '春节假期中的周三'],
    ['2025-10-08', false, '国庆假期中的周三'],
    ['2024-10-12', true, '国庆调休上班的周六'],
    ['2026-02-28', true, '春节调休上班的周六'],
    ['2026-09-25', false, '中秋假期中的周五'],
    ['2025-03-08', false, '普通周六'],
    ['2025-03-10', true, '普通周一'],
  ])('%s 是否工作日：%s（%s）', (date, workday) => {
    expect(calendar.isWorkday(date)).toEqual({ workday, provisional: false });
  });

  it('未载入的年份只按周末判断并标记为暂定', () => {
    expect(calendar.isWorkday('2031-03-03')).toEqual({ workday: true, provisional: true });
    expect(calendar.isWorkday('2031-03-01')).toEqual({ workday: false, provisional: true });
  });

  it.each(['2025-02-30', '2025-2-3', '2025-02-03T08:00', '', 'abc'])(
    '拒绝格式错误的日期「%s」',
    (date) => {
      expect(() => calendar.isWorkday(date)).toThrow(/Invalid date/);
    },
  );
});

describe('countWorkdays', () => {
  it.each([
    ['2025-09-30', '2025-10-10', 2],
    ['2025-01-24', '2025-02-10', 7],
    ['2024-09-27', '2024-10-15', 9],
    ['2026-09-25', '2026-10-12', 7],
    ['2025-03-07', '2025-03-10', 1],
    ['2025-12-31', '2026-01-06', 3],
    ['2025-10-10', '2025-10-10', 0],
    ['2025-10-10', '2025-09-30', 0],
  ])('行政处罚法第八十五条：%s 之后至 %s 共 %i 个工作日', (from, to, count) => {
    expect(calendar.countWorkdays(from, to)).toEqual({ count, provisional: false });
  });

  it('区间落在未载入的年份时标记为暂定', () => {
    expect(calendar.countWorkdays('2030-12-31', '2031-01-10')).toEqual({
      count: 8,
      provisional: true,
    });
  });
});

describe('loadedYears', () => {
  it('按年份升序列出已载入的放假安排', () => {
    const years = createWorkdayCalendar([schedule(2025), schedule(2024)]).loadedYears;
    expect(years).toEqual([2024, 2025]);
  });
});

describe('createWorkdayCalendar', () => {
  it('拒绝同一年份载入两次', () => {
    expect(() => createWorkdayCalendar([schedule(2025), schedule(2025)])).toThrow(/twice/);
  });

  it('拒绝有问题的放假安排', () => {
    const broken = schedule(2027, { holidays: [{ date: '2026-12-31', name: '元旦' }] });
    expect(() => createWorkdayCalendar([broken])).toThrow(/2027/);
  });
});

describe('validateWorkdaySchedule', () => {
  it('内置的每一年放假安排都有效', () => {
    for (const builtin of builtinWorkdaySchedules()) {
      expect(validateWorkdaySchedule(builtin)).toEqual([]);
    }
  });

  it.each([
    [
      '日期不在该年内',
      schedule(2027, { holidays: [{ date: '2026-12-31', name: '元旦' }] }),
      '节假日 2026-12-31 不在 2027 年内',
    ],
    [
      '同时是节假日和调休上班日',
      schedule(2027, {
        holidays: [{ date: '2027-02-06', name: '春节' }],
        makeupWorkdays: [{ date: '2027-02-06', name: '春节' }],
      }),
      '2027-02-06 不能同时是节假日和调休上班日',
    ],
    [
      '调休上班日不是周末',
      schedule(2027, { makeupWorkdays: [{ date: '2027-02-03', name: '春节' }] }),
      '调休上班日 2027-02-03 应为周六或周日',
    ],
    [
      '节假日重复列出',
      schedule(2027, {
        holidays: [
          { date: '2027-01-01', name: '元旦' },
          { date: '2027-01-01', name: '元旦' },
        ],
      }),
      '节假日 2027-01-01 重复列出',
    ],
    [
      '日期格式错误',
      schedule(2027, { holidays: [{ date: '2027-1-1', name: '元旦' }] }),
      '节假日日期「2027-1-1」格式无效，应为 YYYY-MM-DD',
    ],
    [
      '缺少名称',
      schedule(2027, { holidays: [{ date: '2027-01-01', name: ' ' }] }),
      '节假日 2027-01-01 缺少名称',
    ],
  ])('%s', (_case, invalid, message) => {
    expect(validateWorkdaySchedule(invalid)).toEqual([message]);
  });
});

describe('builtinWorkdaySchedules', () => {
  const schedules = builtinWorkdaySchedules();
  const years = schedules.map((s) => s.year);

  it('从 2020 年起逐年连续覆盖到 chinese-days 的最后一年（至少到 2026 年）', () => {
    const lastYear = Math.max(...years);
    expect(lastYear).toBeGreaterThanOrEqual(2026);
    expect(years).toEqual(Array.from({ length: lastYear - 2019 }, (_, i) => 2020 + i));
  });

  it.each(years)('%i 年含春节和国庆节', (year) => {
    const names = schedules.find((s) => s.year === year)?.holidays.map((h) => h.name);
    expect(names).toContain('春节');
    expect(names).toContain('国庆节');
  });

  it('节日名称取中文名', () => {
    const newYear2026 = schedules.find((s) => s.year === 2026)?.holidays[0];
    expect(newYear2026).toEqual({ date: '2026-01-01', name: '元旦' });
  });
});

function schedule(year: number, lists: Partial<WorkdaySchedule> = {}): WorkdaySchedule {
  return { year, holidays: [], makeupWorkdays: [], ...lists };
}
