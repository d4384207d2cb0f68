import { describe, expect, it } from 'vitest';
import {
  deciderViolation,
  decisionDeadlineViolation,
  decisionDue,
  extensionViolations,
} from './decision-deadline.js';

describe('作出决定的期限', () => {
  it.each([
    ['未延长', [], { date: '2026-03-01', extended: false }],
    ['两次延长取最后批准的', ['2026-04-01', '2026-03-20'], { date: '2026-04-01', extended: true }],
  ] as const)('行政处罚法第六十条：%s', (_case, extensions, due) => {
    expect(decisionDue('2026-03-01', extensions)).toEqual(due);
  });

  it.each([
    ['期限届满当日', '2026-03-01', false, null],
    ['期限届满次日、未延长', '2026-03-02', false, 'DECISION_OVERDUE'],
    ['延长的期限届满后', '2026-04-02', true, 'DECISION_OVERDUE'],
  ] as const)('交通运输行政执法程序规定：%s作出决定', (_case, today, extended, code) => {
    const due = { date: extended ? '2026-04-01' : '2026-03-01', extended };
    expect(decisionDeadlineViolation(today, due)?.code ?? null).toBe(code);
  });

  it('交通运输行政执法程序规定：逾期未延长的消息写明九十日和做法', () => {
    expect(
      decisionDeadlineViolation('2026-03-02', { date: '2026-03-01', extended: false }),
    ).toEqual({
      code: 'DECISION_OVERDUE',
      article: '交通运输行政执法程序规定',
      message:
        '自立案之日起九十日的办案期限已于 2026-03-01 届满（行政处罚法第六十条），未经负责人批准延长，不能作出决定；请先报执法部门负责人批准延长办案期限（交通运输行政执法程序规定）',
    });
  });

  it.each([
    ['延长到更晚的日期', '2026-03-31', []],
    ['延长到同一天', '2026-03-01', ['EXTENSION_NOT_LATER']],
    ['延长到今天以前', '2026-03-05', ['EXTENSION_NOT_LATER']],
  ] as const)('交通运输行政执法程序规定：%s', (_case, newDue, codes) => {
    const violations = extensionViolations(
      { date: '2026-03-01', extended: false },
      newDue,
      '2026-03-06',
    );
    expect(violations.map((violation) => violation.code)).toEqual(codes);
  });

  it.each([
    [true, 'DECIDER_IS_CASE_OFFICER'],
    [false, null],
  ] as const)(
    '行政处罚法第五十七条（查处分离）：决定人是否本案执法人员 %s',
    (isCaseOfficer, code) => {
      expect(deciderViolation('赵局', isCaseOfficer)?.code ?? null).toBe(code);
    },
  );
});
