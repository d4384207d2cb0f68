import { describe, expect, it } from 'vitest';
import { createWorkdayCalendar } from '../workday-calendar.js';
import { builtinWorkdaySchedules } from '../workday-schedules.js';
import {
  computeDeadline,
  deadlineKinds,
  deadlineRules,
  deadlineStatus,
  type DeadlineKind,
} from './case-deadlines.js';

// Expected dates are worked out by hand from the State Council holiday notices:
// 春节 2026: 休 02-15(日)..02-23(一); 02-14(六)、02-28(六) 上班.
// 中秋、国庆 2026: 休 09-25(五)..09-27(日)、10-01(四)..10-07(三); 09-20(日)、10-10(六) 上班.
const calendar = createWorkdayCalendar(builtinWorkdaySchedules());

describe('working-day deadlines', () => {
  it.each<[string, DeadlineKind, string, string]>([
    ['行政处罚法第六十四条第一项', 'hearingRequest', '2026-02-12', '2026-02-26'],
    ['行政处罚法第六十四条第二项、第八十五条', 'earliestHearing', '2026-02-11', '2026-02-28'],
    ['行政处罚法第六十一条', 'decisionService', '2026-09-29', '2026-10-14'],
    ['行政处罚法第五十六条', 'preservationDecision', '2026-09-24', '2026-10-12'],
    ['行政处罚法第四十八条第二款', 'disclosureWithdrawal', '2026-09-30', '2026-10-10'],
    ['国办发〔2018〕118号', 'decisionDisclosure', '2026-02-13', '2026-03-02'],
    ['行政强制法第五十四条、第六十九条', 'earliestCourtApplication', '2026-02-10', '2026-03-03'],
  ])('%s：%s 自 %s 起 → %s', (article, kind, start, expected) => {
    expect(computeDeadline(kind, start, calendar)).toEqual({
      date: expected,
      provisional: false,
      article,
    });
  });

  it('行政处罚法第六十四条第一项：2031 年尚无放假安排，按周末推算并标记为暂定', () => {
    expect(computeDeadline('hearingRequest', '2031-03-07', calendar)).toEqual({
      date: '2031-03-14',
      provisional: true,
      article: '行政处罚法第六十四条第一项',
    });
  });

  it.each(deadlineKinds.filter((kind) => usesWorkdays(kind)))(
    '行政处罚法第八十五条、行政强制法第六十九条：%s 的工作日期限在法定清单内',
    (kind) => {
      const rule = deadlineRules[kind];
      const amounts = rule.periods.map((period) => period.amount);
      const allowed = workdayAllowance(rule.article);
      expect(amounts.every(allowed)).toBe(true);
    },
  );
});

describe('calendar-day and month deadlines', () => {
  it.each<[string, DeadlineKind, string, string]>([
    ['行政处罚法第六十条', 'decision', '2026-01-20', '2026-04-20'],
    ['行政处罚法第六十七条第三款', 'payment', '2026-09-20', '2026-10-05'],
    ['行政强制法第二十五条', 'seizure', '2026-09-10', '2026-10-10'],
    ['行政强制法第二十五条', 'extendedSeizure', '2026-09-10', '2026-11-09'],
    ['行政强制法第十九条', 'emergencyMeasureReport', '2026-09-30', '2026-10-01'],
    ['行政复议法第二十条', 'reviewApplication', '2026-01-05', '2026-03-06'],
    ['行政复议法第二十条', 'reviewApplication', '2026-08-03', '2026-10-08'],
    ['行政诉讼法第四十六条', 'lawsuit', '2026-03-31', '2026-09-30'],
    ['行政诉讼法第四十六条', 'lawsuit', '2026-04-01', '2026-10-08'],
    ['行政强制法第五十三条', 'courtApplication', '2026-03-31', '2026-12-30'],
    ['行政强制法第五十三条', 'courtApplication', '2026-04-01', '2027-01-08'],
    [
      '行政处罚法第七十二条第二款、行政强制法第五十三条',
      'courtApplicationAfterDeferral',
      '2026-11-30',
      '2027-02-28',
    ],
    [
      '交通运输行政执法程序规定第六十一条第八项',
      'summaryDecisionFiling',
      '2026-09-30',
      '2026-10-05',
    ],
    ['行政执法机关移送涉嫌犯罪案件的规定第五条', 'transferDecision', '2026-09-30', '2026-10-03'],
    ['行政执法机关移送涉嫌犯罪案件的规定第五条', 'transferHandover', '2026-09-30', '2026-10-01'],
    [
      '行政执法机关移送涉嫌犯罪案件的规定第八条',
      'policeFilingDecision',
      '2026-09-29',
      '2026-10-02',
    ],
  ])('%s：%s 自 %s 起 → %s', (article, kind, start, expected) => {
    expect(computeDeadline(kind, start, calendar)).toEqual({
      date: expected,
      provisional: false,
      article,
    });
  });

  it('行政处罚法第六十七条第三款：自然日期限不依赖放假安排，2031 年也不是暂定', () => {
    expect(computeDeadline('payment', '2031-03-07', calendar)).toEqual({
      date: '2031-03-22',
      provisional: false,
      article: '行政处罚法第六十七条第三款',
    });
  });

  it('行政诉讼法第四十六条：届满日落在 2031 年时，是否顺延只能推算，标记为暂定', () => {
    expect(computeDeadline('lawsuit', '2031-04-01', calendar).provisional).toBe(true);
  });

  it('行政处罚法第六十条：立案日期 2026-02-30 不存在时拒绝计算', () => {
    expect(() => computeDeadline('decision', '2026-02-30', calendar)).toThrow(/Invalid date/);
  });
});

describe('deadlineStatus', () => {
  it.each([
    ['2026-10-01', 'ok'],
    ['2026-10-05', 'dueSoon'],
    ['2026-10-08', 'dueSoon'],
    ['2026-10-09', 'overdue'],
  ])('行政处罚法第六十条：决定期限 2026-10-08、督办提前 3 日预警，%s → %s', (today, expected) => {
    expect(deadlineStatus('2026-10-08', today, 3)).toBe(expected);
  });
});

function usesWorkdays(kind: DeadlineKind): boolean {
  return deadlineRules[kind].periods.some((period) => period.unit === 'workdays');
}

/** Which working-day amounts the cited source allows. */
function workdayAllowance(article: string): (amount: number) => boolean {
  if (article.startsWith('行政处罚法')) return (amount) => [2, 3, 5, 7].includes(amount);
  if (article.startsWith('行政强制法')) return (amount) => amount <= 10;
  // 118号 itself says "7个工作日".
  return (amount) => article === '国办发〔2018〕118号' && amount === 7;
}
