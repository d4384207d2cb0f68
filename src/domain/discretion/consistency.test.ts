import { describe, expect, it } from 'vitest';
import { amountHistogram, peerComparison } from './consistency.js';

describe('类案同罚：与同类案件比较', () => {
  it('中位数和四分位数（相邻数额之间按比例取值）', () => {
    const comparison = peerComparison(3_000_000, [1_000_000, 4_000_000, 2_000_000, 3_000_000], 0.3);
    expect(comparison).toMatchObject({
      count: 4,
      medianFen: 2_500_000,
      p25Fen: 1_750_000,
      p75Fen: 3_250_000,
      deviation: 0.2,
      flagged: false,
    });
  });

  it.each([
    ['高于中位数超过幅度的标记', 7_000_000, [5_000_000, 5_000_000, 5_000_000], 0.4, true],
    ['低于中位数超过幅度的也标记', 3_000_000, [5_000_000, 5_000_000, 5_000_000], -0.4, true],
    ['恰为幅度的不标记', 6_500_000, [5_000_000, 5_000_000, 5_000_000, 5_000_000], 0.3, false],
    ['同类案件不足3件的不标记', 9_000_000, [5_000_000, 5_000_000], 0.8, false],
  ] as const)('%s（幅度30%）', (_case, amountFen, peers, deviation, flagged) => {
    const comparison = peerComparison(amountFen, peers, 0.3);
    expect(comparison.deviation).toBeCloseTo(deviation);
    expect(comparison.flagged).toBe(flagged);
  });

  it('没有同类案件的，不标记', () => {
    expect(peerComparison(5_000_000, [], 0.3)).toEqual({
      count: 0,
      medianFen: 0,
      p25Fen: 0,
      p75Fen: 0,
      deviation: 0,
      flagged: false,
    });
  });
});

describe('类案同罚：数额分布图', () => {
  it('按整数额分组，空组也列出', () => {
    expect(amountHistogram([1_000_000, 1_200_000, 3_900_000, 5_000_000], 5)).toEqual([
      { fromFen: 1_000_000, toFen: 2_000_000, count: 2 },
      { fromFen: 2_000_000, toFen: 3_000_000, count: 0 },
      { fromFen: 3_000_000, toFen: 4_000_000, count: 1 },
      { fromFen: 4_000_000, toFen: 5_000_000, count: 0 },
      { fromFen: 5_000_000, toFen: 6_000_000, count: 1 },
    ]);
  });

  it('数额都相同的为一组；没有数额的没有分组', () => {
    expect(amountHistogram([20_000, 20_000])).toEqual([
      { fromFen: 20_000, toFen: 20_100, count: 2 },
    ]);
    expect(amountHistogram([])).toEqual([]);
  });
});
