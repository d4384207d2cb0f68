import { describe, expect, it } from 'vitest';
import { createWorkdayCalendar } from '../workday-calendar.js';
import { builtinWorkdaySchedules } from '../workday-schedules.js';
import {
  courtApplicationViolations,
  courtApplicationWindow,
  demandViolations,
  executionBalance,
  executionStartViolations,
  pausedPeriodsAsOf,
  paymentPlanViolations,
  paymentTranches,
  paymentViolations,
  type CourtApplicationFacts,
  type PaymentPlan,
} from './execution.js';

const calendar = createWorkdayCalendar(builtinWorkdaySchedules());
const FINE = 300_000;
const SERVED = '2026-03-02';
const DUE = '2026-03-17';
const plan: PaymentPlan = {
  kind: 'instalments',
  instalments: [
    { dueDate: '2026-04-17', amountFen: 100_000 },
    { dueDate: '2026-05-17', amountFen: 100_000 },
    { dueDate: '2026-06-17', amountFen: 100_000 },
  ],
};

describe('应缴款项', () => {
  it('行政处罚法第六十七条：未批准分期的，全部罚款在缴款期限内缴纳', () => {
    expect(paymentTranches(FINE, DUE, null)).toEqual([{ dueDate: DUE, amountFen: FINE }]);
  });

  it('行政处罚法第六十六条第二款：分期合计少于罚款的，余额仍按原期限缴纳', () => {
    const partial: PaymentPlan = { kind: 'instalments', instalments: plan.instalments.slice(1) };
    expect(paymentTranches(FINE, DUE, partial)).toEqual([
      { dueDate: DUE, amountFen: 100_000 },
      ...partial.instalments,
    ]);
  });
});

describe('余额与加处罚款', () => {
  it('行政处罚法第七十二条：按期缴清的不加处罚款', () => {
    const balance = executionBalance({
      fineFen: FINE,
      tranches: paymentTranches(FINE, DUE, null),
      pausedPeriods: [],
      payments: [{ paidOn: DUE, amountFen: FINE }],
      asOf: '2026-12-31',
    });
    expect(balance).toMatchObject({ lateFeeFen: 0, paidFen: FINE, outstandingFen: 0 });
    expect(balance.nextDue).toBeNull();
  });

  it('行政处罚法第七十二条：逾期加处罚款计至缴清罚款之日，缴清罚款后只欠加处罚款', () => {
    const balance = executionBalance({
      fineFen: FINE,
      tranches: paymentTranches(FINE, DUE, null),
      pausedPeriods: [],
      payments: [{ paidOn: '2026-03-20', amountFen: FINE }],
      asOf: '2026-06-30',
    });
    // 03-18, 03-19, 03-20: 3 days × 3% of 3000 yuan.
    expect(balance).toMatchObject({ lateFeeFen: 27_000, lateFeeDays: 3, outstandingFen: 27_000 });
    expect(balance.principalOutstandingFen).toBe(0);
  });

  it('行政处罚法第六十六条、第七十二条、第七十三条：分期缴纳，一期逾期、诉讼期间不计加处罚款', () => {
    const litigation = { startedOn: '2026-06-10', endedOn: '2026-06-30' };
    const asOf = '2026-07-10';
    const balance = executionBalance({
      fineFen: FINE,
      tranches: paymentTranches(FINE, DUE, plan),
      pausedPeriods: pausedPeriodsAsOf([litigation], asOf),
      payments: [
        { paidOn: '2026-04-15', amountFen: 100_000 },
        { paidOn: '2026-05-20', amountFen: 100_000 },
      ],
      asOf,
    });
    // 2nd instalment: 05-18..05-20 = 3 days → 9,000. 3rd: 06-18..07-10 = 23 days, of which
    // 06-18..06-30 fall in the lawsuit → 10 days → 30,000.
    expect(balance).toMatchObject({
      lateFeeFen: 39_000,
      paidFen: 200_000,
      outstandingFen: 139_000,
      principalOutstandingFen: 100_000,
      lateFeeDays: 10,
      nextDue: { dueDate: '2026-06-17', amountFen: 100_000, overdue: true },
    });
  });

  it('行政处罚法第七十三条第三款：尚未结束的复议计至当日', () => {
    expect(
      pausedPeriodsAsOf(
        [
          { startedOn: '2026-04-01', endedOn: null },
          { startedOn: '2026-08-01', endedOn: null },
        ],
        '2026-05-01',
      ),
    ).toEqual([{ from: '2026-04-01', to: '2026-05-01' }]);
  });

  it('行政强制法第四十五条：加处罚款不超过罚款数额', () => {
    const balance = executionBalance({
      fineFen: FINE,
      tranches: paymentTranches(FINE, DUE, null),
      pausedPeriods: [],
      payments: [],
      asOf: '2027-03-01',
    });
    expect(balance).toMatchObject({ lateFeeFen: FINE, outstandingFen: 2 * FINE });
  });
});

describe('执行的起点', () => {
  it.each([
    ['决定书未送达不能执行', null, ['EXECUTION_BEFORE_SERVICE']],
    ['决定书送达后可以执行', SERVED, []],
  ])('行政处罚法第六十七条第三款：%s', (_name, servedOn, expected) => {
    expect(executionStartViolations(servedOn).map((v) => v.code)).toEqual(expected);
  });
});

describe('罚缴分离与分期', () => {
  it.each([
    [
      '行政处罚法第六十七条：没有银行或电子支付凭证号的缴款不予登记',
      '  ',
      ['PAYMENT_WITHOUT_REFERENCE'],
    ],
    ['行政处罚法第六十七条：有凭证号的缴款可以登记', 'NT2026030500012', []],
  ])('%s', (_name, reference, expected) => {
    expect(paymentViolations({ reference }).map((v) => v.code)).toEqual(expected);
  });

  it.each<[string, PaymentPlan, string[]]>([
    ['分期计划合计不超过罚款', plan, []],
    [
      '暂缓期限晚于原期限',
      { kind: 'deferral', instalments: [{ dueDate: '2026-06-30', amountFen: FINE }] },
      [],
    ],
    [
      '暂缓期限不晚于原期限',
      { kind: 'deferral', instalments: [{ dueDate: DUE, amountFen: FINE }] },
      ['DEFERRAL_NOT_AFTER_DUE_DATE'],
    ],
    [
      '分期合计超过罚款',
      {
        kind: 'instalments',
        instalments: [...plan.instalments, { dueDate: '2026-07-17', amountFen: 1 }],
      },
      ['instalmentsExceedFine'],
    ],
  ])('行政处罚法第六十六条第二款：%s', (_name, candidate, expected) => {
    expect(paymentPlanViolations(FINE, DUE, candidate).map((v) => v.code)).toEqual(expected);
  });
});

describe('催告', () => {
  const unpaid = (asOf: string) =>
    executionBalance({
      fineFen: FINE,
      tranches: paymentTranches(FINE, DUE, null),
      pausedPeriods: [],
      payments: [],
      asOf,
    });

  it.each([
    ['缴款期限届满前不能催告', DUE, ['DEMAND_BEFORE_DEFAULT']],
    ['逾期未缴纳的可以催告', '2026-03-18', []],
  ])('行政处罚法第七十二条、行政强制法第五十四条：%s', (_name, asOf, expected) => {
    expect(demandViolations(unpaid(asOf)).map((v) => v.code)).toEqual(expected);
  });
});

describe('申请人民法院强制执行', () => {
  it('行政强制法第五十三条：诉讼期限（六个月）届满次日起三个月内', () => {
    expect(courtApplicationWindow(SERVED, null, calendar)).toEqual({
      opensOn: '2026-09-03',
      closesOn: '2026-12-02',
      kind: 'courtApplication',
      article: '行政强制法第五十三条',
      provisional: false,
    });
  });

  it('行政处罚法第七十二条第二款：批准分期的，自分期期限结束之日起计算', () => {
    const late: PaymentPlan = {
      kind: 'instalments',
      instalments: [{ dueDate: '2026-10-31', amountFen: FINE }],
    };
    expect(courtApplicationWindow(SERVED, late, calendar)).toEqual({
      opensOn: '2026-11-01',
      closesOn: '2027-01-31',
      kind: 'courtApplicationAfterDeferral',
      article: '行政处罚法第七十二条第二款、行政强制法第五十三条',
      provisional: false,
    });
  });

  const facts = (change: Partial<CourtApplicationFacts> = {}): CourtApplicationFacts => ({
    outstandingFen: FINE,
    remedyPending: false,
    window: courtApplicationWindow(SERVED, change.plan ?? null, calendar),
    // Served on Tuesday 09-01: ten working days end on 09-15.
    demandServedOn: '2026-09-01',
    plan: null,
    calendar,
    ...change,
  });
  const deferral: PaymentPlan = {
    kind: 'deferral',
    instalments: [{ dueDate: '2026-10-31', amountFen: FINE }],
  };

  it.each<[string, string, Partial<CourtApplicationFacts>, string[]]>([
    ['行政强制法第五十三条、第五十四条：期限内、催告满十个工作日后申请', '2026-09-16', {}, []],
    ['行政强制法第五十三条：三个月的最后一日仍可申请', '2026-12-02', {}, []],
    [
      '行政强制法第五十三条：诉讼期限届满前不能申请',
      '2026-09-02',
      { demandServedOn: '2026-08-01' },
      ['COURT_APPLICATION_BEFORE_REMEDY_PERIODS_EXPIRE'],
    ],
    ['行政强制法第五十三条：超过三个月不能申请', '2026-12-03', {}, ['COURT_APPLICATION_LATE']],
    [
      '行政强制法第五十三条：复议或诉讼尚未结束不能申请',
      '2026-09-16',
      { remedyPending: true },
      ['COURT_APPLICATION_DURING_REMEDY'],
    ],
    [
      '行政强制法第五十三条：已缴清的不能申请',
      '2026-09-16',
      { outstandingFen: 0 },
      ['COURT_APPLICATION_NOTHING_OUTSTANDING'],
    ],
    [
      '行政强制法第五十四条：未催告不能申请',
      '2026-09-16',
      { demandServedOn: null },
      ['COURT_APPLICATION_WITHOUT_DEMAND'],
    ],
    [
      '行政强制法第五十四条、第六十九条：催告书送达未满十个工作日不能申请',
      '2026-09-15',
      {},
      ['COURT_APPLICATION_BEFORE_DEMAND_PERIOD_ENDS'],
    ],
    [
      '行政处罚法第七十二条第二款：暂缓缴纳期间不能申请',
      '2026-10-20',
      { plan: deferral },
      ['COURT_APPLICATION_DURING_PAYMENT_PLAN'],
    ],
    [
      '行政处罚法第七十二条第二款：暂缓期限结束后三个月内可以申请',
      '2027-01-31',
      { plan: deferral },
      [],
    ],
    [
      '行政处罚法第七十二条第二款：暂缓期限结束后超过三个月不能申请',
      '2027-02-01',
      { plan: deferral },
      ['COURT_APPLICATION_LATE'],
    ],
  ])('%s', (_name, appliedOn, change, expected) => {
    const found = courtApplicationViolations(appliedOn, facts(change));
    expect(found.map((v) => v.code)).toEqual(expected);
    for (const v of found) expect(v.message).toContain(v.article);
  });
});
