import { describe, expect, it } from 'vitest';
import {
  checkCollectionReceipt,
  checkOnTheSpotCollection,
  checkSummaryFacts,
  checkSummaryFiling,
  checkSummaryPenalty,
  summaryFilingDeadline,
  type OnTheSpotCollection,
} from './summary-procedure.js';
import type { PartyKind } from './penalty.js';

describe('行政处罚法第五十一条：简易程序的适用范围', () => {
  it.each([
    ['公民警告', 'citizen', 0, null],
    ['公民罚款 200 元', 'citizen', 20_000, null],
    ['公民罚款 200.01 元', 'citizen', 20_001, 'SUMMARY_FINE_TOO_HIGH'],
    ['公民罚款 201 元', 'citizen', 20_100, 'SUMMARY_FINE_TOO_HIGH'],
    ['组织罚款 200.01 元', 'organisation', 20_001, null],
    ['组织罚款 3000 元', 'organisation', 300_000, null],
    ['组织罚款 3000.01 元', 'organisation', 300_001, 'SUMMARY_FINE_TOO_HIGH'],
  ] as const satisfies readonly (readonly [string, PartyKind, number, string | null])[])(
    '行政处罚法第五十一条：%s',
    (_case, partyKind, fineFen, code) => {
      const violation = checkSummaryPenalty({ partyKind, fineFen, otherKinds: [] });
      expect(violation?.code ?? null).toBe(code);
      if (violation) {
        expect(violation.article).toBe('行政处罚法第五十一条');
        expect(violation.message).toContain('行政处罚法第五十一条');
      }
    },
  );

  it.each([
    ['公民', 'citizen', 20_001, '对公民当场罚款不得超过 200.00元，本案罚款 200.01元'],
    [
      '组织',
      'organisation',
      350_000,
      '对法人或者其他组织当场罚款不得超过 3,000.00元，本案罚款 3,500.00元',
    ],
  ] as const)(
    '行政处罚法第五十一条：%s超限额时写明限额与罚款',
    (_case, partyKind, fineFen, text) => {
      expect(checkSummaryPenalty({ partyKind, fineFen, otherKinds: [] })?.message).toContain(text);
    },
  );

  it('行政处罚法第五十一条：警告、罚款以外的处罚不适用简易程序', () => {
    const violation = checkSummaryPenalty({
      partyKind: 'organisation',
      fineFen: 10_000,
      otherKinds: ['暂扣许可证件'],
    });
    expect(violation).toMatchObject({
      code: 'SUMMARY_PENALTY_KIND_NOT_ALLOWED',
      article: '行政处罚法第五十一条',
    });
    expect(violation?.message).toContain('暂扣许可证件');
  });

  it.each([-1, 100.5, Number.NaN])('行政处罚法第五十一条：罚款 %s 分不是有效金额', (fineFen) => {
    expect(() => checkSummaryPenalty({ partyKind: 'citizen', fineFen, otherKinds: [] })).toThrow();
  });

  it.each([
    ['事实确凿且有依据', true, '道路运输条例第六十四条', null],
    ['事实未确认', false, '道路运输条例第六十四条', 'SUMMARY_FACTS_UNCONFIRMED'],
    ['缺少法定依据', true, ' ', 'SUMMARY_FACTS_UNCONFIRMED'],
  ] as const)(
    '行政处罚法第五十一条（违法事实确凿并有法定依据）：%s',
    (_case, factsConfirmed, legalBasis, code) => {
      const violation = checkSummaryFacts({ factsConfirmed, legalBasis });
      expect(violation?.code ?? null).toBe(code);
      if (violation) expect(violation.message).toContain('行政处罚法第五十一条');
    },
  );
});

describe('行政处罚法第六十七条至第六十九条：当场收缴罚款', () => {
  const base: OnTheSpotCollection = {
    procedure: 'summary',
    fineFen: 10_000,
    hardToEnforceLater: false,
    remoteArea: false,
    partyRequested: false,
  };

  it.each([
    ['行政处罚法第六十八条：当场处罚罚款 100 元', {}, true],
    ['行政处罚法第六十八条：当场处罚罚款 100.01 元', { fineFen: 10_001 }, false],
    [
      '行政处罚法第六十八条：罚款 200 元但事后难以执行',
      { fineFen: 20_000, hardToEnforceLater: true },
      true,
    ],
    ['行政处罚法第六十八条：普通程序罚款 100 元', { procedure: 'ordinary' }, false],
    [
      '行政处罚法第六十九条：边远地区经当事人提出（普通程序）',
      { procedure: 'ordinary', fineFen: 500_000, remoteArea: true, partyRequested: true },
      true,
    ],
    [
      '行政处罚法第六十九条：边远地区但当事人未提出',
      { procedure: 'ordinary', fineFen: 500_000, remoteArea: true },
      false,
    ],
    [
      '行政处罚法第六十九条：当事人提出但不在边远、水上、交通不便地区',
      { fineFen: 20_000, partyRequested: true },
      false,
    ],
  ] as const)('%s', (_case, change, allowed) => {
    const violation = checkOnTheSpotCollection({ ...base, ...change });
    expect(violation === null).toBe(allowed);
    if (violation) {
      expect(violation).toMatchObject({
        code: 'ON_THE_SPOT_COLLECTION_NOT_ALLOWED',
        article: '行政处罚法第六十七条',
      });
      expect(violation.message).toContain('行政处罚法第六十七条');
    }
  });

  it.each([
    ['已填写票据号码', 'FJ2026000123', null],
    ['未填写票据号码', null, 'COLLECTION_RECEIPT_MISSING'],
    ['票据号码为空白', '  ', 'COLLECTION_RECEIPT_MISSING'],
  ] as const)('行政处罚法第七十条（专用票据）：%s', (_case, receiptNumber, code) => {
    const violation = checkCollectionReceipt(receiptNumber);
    expect(violation?.code ?? null).toBe(code);
    if (violation) expect(violation.message).toContain('行政处罚法第七十条');
  });
});

describe('交通运输行政执法程序规定第六十一条：当场处罚决定五日内备案', () => {
  it.each([
    ['决定次日备案', '2026-04-30', '2026-05-01', '2026-05-20', null],
    ['第五日备案（期限最后一日）', '2026-04-30', '2026-05-05', '2026-05-20', null],
    ['第六日备案', '2026-04-30', '2026-05-06', '2026-05-20', 'SUMMARY_FILING_OVERDUE'],
    ['尚未备案、仍在期限内', '2026-04-30', null, '2026-05-05', null],
    ['尚未备案、已过期限', '2026-04-30', null, '2026-05-06', 'SUMMARY_FILING_OVERDUE'],
  ] as const)(
    '交通运输行政执法程序规定第六十一条：%s',
    (_case, decisionDate, filedDate, today, code) => {
      const violation = checkSummaryFiling({ decisionDate, filedDate, today });
      expect(violation?.code ?? null).toBe(code);
      if (violation) {
        expect(violation.article).toBe('交通运输行政执法程序规定第六十一条');
        expect(violation.message).toContain('交通运输行政执法程序规定第六十一条');
        expect(violation.message).toContain('至 2026-05-05');
      }
    },
  );

  it('交通运输行政执法程序规定第六十一条：按自然日计算，跨月', () => {
    expect(summaryFilingDeadline('2026-02-26')).toBe('2026-03-03');
  });
});
