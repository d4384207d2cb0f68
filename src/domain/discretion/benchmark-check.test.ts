import { describe, expect, it } from 'vitest';
import type { Tier } from './benchmark.js';
import { benchmarkViolations } from './benchmark-check.js';
import { always } from './condition.js';
import type { ViolationRule } from './violation-type.js';

/** Shaped like 道路运输条例第六十三条: fixed amounts, or multiples of gains above 1万元. */
const rule: ViolationRule = {
  violated: [{ law: '道路运输条例', article: 10 }],
  penaltyBasis: [{ law: '道路运输条例', article: 63, item: 1 }],
  summaryAllowed: false,
  statutoryRange: [
    {
      when: { fact: 'illegalGainsFen', op: 'gt', value: 1_000_000 },
      penalty: {
        kinds: ['illegalGainsConfiscation', 'fine'],
        fine: { basis: 'gainsMultiple', min: 1, max: 5 },
      },
      text: '违法所得超过1万元的，没收违法所得，处违法所得1倍以上5倍以下的罚款',
    },
    {
      when: always,
      penalty: { kinds: ['fine'], fine: { basis: 'amount', minFen: 300_000, maxFen: 1_000_000 } },
      text: '没有违法所得或者违法所得不足1万元的，处3000元以上1万元以下的罚款',
    },
  ],
};

const overloadRule: ViolationRule = {
  ...rule,
  statutoryRange: [
    {
      when: always,
      penalty: {
        kinds: ['warning', 'fine'],
        fine: {
          basis: 'perExcessTonne',
          fenPerTonne: 50_000,
          warningUpToKg: 1000,
          capFen: 3_000_000,
        },
      },
      text: '每超限1000千克罚款500元，最高不得超过3万元',
    },
  ],
};

function amountTier(name: string, minFen: number, maxFen: number): Tier {
  return {
    name,
    circumstance: name,
    when: always,
    penalty: { kinds: ['fine'], fine: { basis: 'amount', minFen, maxFen } },
  };
}

const codes = (tiers: Tier[], against: ViolationRule | null = rule) =>
  benchmarkViolations(tiers, against, '2024-01-01').map((v) => [v.code, v.tierIndex]);

describe('benchmarkViolations', () => {
  it('行政处罚法第三十四条：阶次在法定幅度内细化的基准可以登记', () => {
    const gains: Tier = {
      name: '严重',
      circumstance: '违法所得2万元以上',
      when: { fact: 'illegalGainsFen', op: 'gte', value: 2_000_000 },
      penalty: {
        kinds: ['illegalGainsConfiscation', 'fine'],
        fine: { basis: 'gainsMultiple', min: 2, max: 5 },
      },
    };
    expect(
      codes([amountTier('轻微', 300_000, 500_000), amountTier('一般', 500_000, 1_000_000), gains]),
    ).toEqual([]);
  });

  it('行政处罚法第三十四条：罚款超出法定幅度的阶次被拒绝，并指出是哪一阶次', () => {
    expect(
      codes([amountTier('轻微', 200_000, 500_000), amountTier('严重', 800_000, 1_200_000)]),
    ).toEqual([
      ['BENCHMARK_TIER_OUTSIDE_STATUTE', 0],
      ['BENCHMARK_TIER_OUTSIDE_STATUTE', 1],
    ]);
  });

  it('行政处罚法第三十四条：法定处罚种类之外的处罚种类被拒绝', () => {
    const revocation: Tier = {
      name: '严重',
      circumstance: '多次违法',
      when: always,
      penalty: { kinds: ['licenceRevocation'] },
    };
    expect(codes([revocation])).toEqual([['BENCHMARK_TIER_OUTSIDE_STATUTE', 0]]);
  });

  it('行政处罚法第三十四条：倍数罚款不得超出法定倍数', () => {
    const sixTimes: Tier = {
      name: '严重',
      circumstance: '违法所得巨大',
      when: always,
      penalty: { kinds: ['fine'], fine: { basis: 'gainsMultiple', min: 1, max: 6 } },
    };
    expect(codes([sixTimes])).toEqual([['BENCHMARK_TIER_OUTSIDE_STATUTE', 0]]);
  });

  it('超限运输车辆行驶公路管理规定第四十三条：按吨计罚的标准不能改，只能降低上限', () => {
    const tier = (fenPerTonne: number, capFen: number): Tier => ({
      name: `每吨${fenPerTonne}`,
      circumstance: '超限',
      when: always,
      penalty: {
        kinds: ['fine'],
        fine: { basis: 'perExcessTonne', fenPerTonne, warningUpToKg: 1000, capFen },
      },
    });
    expect(codes([tier(50_000, 1_000_000), tier(60_000, 3_000_000)], overloadRule)).toEqual([
      ['BENCHMARK_TIER_OUTSIDE_STATUTE', 1],
    ]);
  });

  it('同一基准中阶次名称不能重复', () => {
    expect(
      codes([amountTier('一般', 300_000, 500_000), amountTier('一般', 500_000, 600_000)]),
    ).toEqual([['BENCHMARK_TIER_NAME_REPEATED', 1]]);
  });

  it('行政处罚法第三十四条：施行之日没有违法行为规定的基准被拒绝', () => {
    const [violation] = benchmarkViolations(
      [amountTier('一般', 300_000, 500_000)],
      null,
      '1990-01-01',
    );
    expect(violation).toMatchObject({ code: 'BENCHMARK_NO_RULE_IN_FORCE', tierIndex: null });
    expect(violation?.message).toContain('1990-01-01');
  });
});
