import { describe, expect, it } from 'vitest';
import { lateFee, validateInstalmentPlan, type Instalment } from './late-fee.js';
import { formatYuan } from './penalty.js';

const FINE_1000_YUAN = 100_000;
const DUE = '2026-01-31';

describe('lateFee', () => {
  it.each([
    ['2026-01-31', 0, 0, false],
    ['2026-02-01', 1, 3_000, false],
    ['2026-03-05', 33, 99_000, false],
    ['2026-03-06', 34, 100_000, true],
    ['2026-12-31', 334, 100_000, true],
  ])(
    '行政处罚法第七十二条：罚款1000元，计至 %s 逾期%i日 → 加处%i分（封顶：%s）',
    (asOf, days, feeFen, capped) => {
      expect(lateFee({ fineFen: FINE_1000_YUAN, dueDate: DUE, asOf, pausedPeriods: [] })).toEqual({
        days,
        feeFen,
        capped,
      });
    },
  );

  it.each([
    ['2026-02-01', 1, 9],
    ['2026-02-02', 2, 19],
    ['2026-03-05', 33, 329],
    ['2026-03-06', 34, 333],
  ])(
    '行政强制法第四十五条：罚款333分逾期，计至 %s 共%i日 → 合计按百分之三计算后舍去不足1分，加处%i分',
    (asOf, days, feeFen) => {
      expect(lateFee({ fineFen: 333, dueDate: DUE, asOf, pausedPeriods: [] })).toMatchObject({
        days,
        feeFen,
      });
    },
  );

  it.each([
    ['复议期间 02-05 至 03-20 不计', 15, 45_000, [{ from: '2026-02-05', to: '2026-03-20' }]],
    [
      '复议、诉讼期间重叠的日子只扣一次',
      10,
      30_000,
      [
        { from: '2026-02-05', to: '2026-03-20' },
        { from: '2026-03-01', to: '2026-03-25' },
      ],
    ],
  ])(
    '行政处罚法第七十三条第三款：%s → 逾期%i日，加处%i分',
    (_name, days, feeFen, pausedPeriods) => {
      expect(
        lateFee({ fineFen: FINE_1000_YUAN, dueDate: DUE, asOf: '2026-03-31', pausedPeriods }),
      ).toEqual({ days, feeFen, capped: false });
    },
  );

  it('行政处罚法第六十六条第二款：批准暂缓缴纳后，自暂缓期限届满次日起加处', () => {
    expect(
      lateFee({
        fineFen: FINE_1000_YUAN,
        dueDate: DUE,
        deferredTo: '2026-04-30',
        asOf: '2026-05-02',
        pausedPeriods: [],
      }),
    ).toEqual({ days: 2, feeFen: 6_000, capped: false });
  });

  it.each([
    ['暂缓期限早于原缴款期限', { deferredTo: '2026-01-01' }, /Deferral/],
    ['罚款不是正整数分', { fineFen: 100.5 }, /Fine/],
    ['暂停期间起止颠倒', { pausedPeriods: [{ from: '2026-03-01', to: '2026-02-01' }] }, /Paused/],
  ])('行政处罚法第七十二条：%s时拒绝计算', (_name, override, error) => {
    const input = { fineFen: FINE_1000_YUAN, dueDate: DUE, asOf: '2026-03-31', pausedPeriods: [] };
    expect(() => lateFee({ ...input, ...override })).toThrow(error);
  });
});

describe('validateInstalmentPlan', () => {
  it.each<[string, Instalment[]]>([
    [
      '两期合计等于罚款',
      [
        { dueDate: '2026-03-31', amountFen: 50_000 },
        { dueDate: '2026-04-30', amountFen: 50_000 },
      ],
    ],
    ['只分期缴纳部分罚款', [{ dueDate: '2026-03-31', amountFen: 30_000 }]],
  ])('行政处罚法第六十六条第二款：%s → 通过', (_name, instalments) => {
    expect(validateInstalmentPlan(FINE_1000_YUAN, instalments)).toEqual([]);
  });

  it.each<[string, string, Instalment[]]>([
    [
      '各期合计超过罚款',
      'instalmentsExceedFine',
      [
        { dueDate: '2026-03-31', amountFen: 60_000 },
        { dueDate: '2026-04-30', amountFen: 50_000 },
      ],
    ],
    ['没有任何一期', 'instalmentPlanEmpty', []],
    ['某期金额为零', 'instalmentAmountInvalid', [{ dueDate: '2026-03-31', amountFen: 0 }]],
    ['缴款日期不存在', 'instalmentDateInvalid', [{ dueDate: '2026-02-30', amountFen: 10_000 }]],
    [
      '缴款日期未按先后排列',
      'instalmentDatesNotAscending',
      [
        { dueDate: '2026-04-30', amountFen: 50_000 },
        { dueDate: '2026-03-31', amountFen: 50_000 },
      ],
    ],
  ])('行政处罚法第六十六条第二款：%s → 拒绝（%s）', (_name, code, instalments) => {
    const violations = validateInstalmentPlan(FINE_1000_YUAN, instalments);
    expect(violations.map((violation) => violation.code)).toEqual([code]);
    expect(violations[0]?.article).toBe('行政处罚法第六十六条第二款');
  });

  it('行政处罚法第六十六条第二款：超过罚款时用中文说明合计与罚款金额', () => {
    const [violation] = validateInstalmentPlan(FINE_1000_YUAN, [
      { dueDate: '2026-03-31', amountFen: 110_000 },
    ]);
    expect(violation?.message).toBe(
      `行政处罚法第六十六条第二款：各期金额合计 ${formatYuan(110_000)}，超过罚款 ${formatYuan(FINE_1000_YUAN)}，请调整各期金额。`,
    );
  });
});
