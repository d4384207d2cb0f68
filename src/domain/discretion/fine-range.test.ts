import { describe, expect, it } from 'vitest';
import type { CaseFacts } from './case-facts.js';
import { conditionHolds } from './condition-check.js';
import {
  combinedOverloadCap,
  concretePenalty,
  overloadDimensionBands,
  overloadWeightBranch,
  type TonneRounding,
} from './fine-range.js';

function facts(quantities: CaseFacts['quantities']): CaseFacts {
  return {
    partyKind: 'organisation',
    actDate: '2024-03-01',
    decisionDate: '2024-03-05',
    quantities,
    flags: {},
    mitigations: [],
  };
}

describe('超限运输车辆行驶公路管理规定第四十三条：超限重量', () => {
  it.each([
    ['超限1000千克以内予以警告（不足部分不计）', 1000, 'down', ['warning'], null],
    ['超限1000千克以内予以警告（不足部分按1000千克计）', 1000, 'up', ['warning'], null],
    ['超限1001千克：计1个1000千克', 1001, 'down', ['fine'], 500],
    ['超限1001千克：不足部分按1000千克计，计2个', 1001, 'up', ['fine'], 1000],
    ['超限2500千克：计2个1000千克', 2500, 'down', ['fine'], 1000],
    ['超限2500千克：不足部分按1000千克计，计3个', 2500, 'up', ['fine'], 1500],
    ['超限60000千克：恰为最高30000元', 60_000, 'down', ['fine'], 30_000],
    ['超限61000千克：30500元，以30000元为限', 61_000, 'down', ['fine'], 30_000],
  ] as const satisfies readonly (readonly [
    string,
    number,
    TonneRounding,
    readonly string[],
    number | null,
  ])[])(
    '超限运输车辆行驶公路管理规定第四十三条：%s',
    (_case, overweightKg, rounding, kinds, fineYuan) => {
      const penalty = concretePenalty(
        overloadWeightBranch.penalty,
        facts({ overweightKg }),
        rounding,
      );
      expect(penalty.kinds).toEqual(kinds);
      expect(penalty.rangeFen).toEqual(
        fineYuan === null ? null : { minFen: fineYuan * 100, maxFen: fineYuan * 100 },
      );
    },
  );

  it('超限运输车辆行驶公路管理规定第四十三条：说明写明计重方法和最高限额', () => {
    const { measure } = concretePenalty(
      overloadWeightBranch.penalty,
      facts({ overweightKg: 61_000 }),
      'up',
    );
    expect(measure).toBe(
      '超限61000千克，计61个1000千克（不足1000千克的部分按1000千克计），每1000千克500.00元，共30,500.00元，超过最高限额，按30,000.00元计（超限运输车辆行驶公路管理规定第四十三条）',
    );
  });
});

describe('超限运输车辆行驶公路管理规定第四十三条：外廓尺寸的三档', () => {
  it.each([
    ['高4.2米、宽3米、长20米：200元以下', 4200, 3000, 20_000, 0, [0, 200]],
    ['高4.3米：200元以上1000元以下', 4300, 2550, 18_000, 1, [200, 1000]],
    ['高4.5米、宽3.75米、长28米：200元以上1000元以下', 4500, 3750, 28_000, 1, [200, 1000]],
    ['高超过4.5米：1000元以上3000元以下', 4501, 2550, 18_000, 2, [1000, 3000]],
    ['宽超过3.75米：1000元以上3000元以下', 4000, 3800, 18_000, 2, [1000, 3000]],
    ['长超过28米：1000元以上3000元以下', 4000, 2550, 28_001, 2, [1000, 3000]],
  ] as const)('%s', (_case, heightMm, widthMm, lengthMm, band, [minYuan, maxYuan]) => {
    const caseFacts = facts({ heightMm, widthMm, lengthMm });
    const first = overloadDimensionBands.findIndex((branch) =>
      conditionHolds(branch.when, caseFacts),
    );
    expect(first).toBe(band);
    const { rangeFen } = concretePenalty(overloadDimensionBands[first]!.penalty, caseFacts, 'down');
    expect(rangeFen).toEqual({ minFen: minYuan * 100, maxFen: maxYuan * 100 });
  });
});

describe('超限运输车辆行驶公路管理规定第四十三条：多项违法行为累计罚款', () => {
  it('超限运输车辆行驶公路管理规定第四十三条：累计不超过30000元的照加', () => {
    expect(combinedOverloadCap([2_500_000, 300_000])).toEqual({
      totalFen: 2_800_000,
      capped: false,
      reason: '多项超限违法行为罚款累计28,000.00元（超限运输车辆行驶公路管理规定第四十三条）',
    });
  });

  it('超限运输车辆行驶公路管理规定第四十三条：累计超过30000元的按30000元', () => {
    const combined = combinedOverloadCap([3_000_000, 300_000]);
    expect(combined.totalFen).toBe(3_000_000);
    expect(combined.capped).toBe(true);
    expect(combined.reason).toContain('累计33,000.00元，超过最高限额，按30,000.00元处罚');
  });
});

describe('罚款幅度的计算', () => {
  it('按违法所得倍数的，以违法所得乘以倍数，取整到分', () => {
    const penalty = concretePenalty(
      {
        kinds: ['illegalGainsConfiscation', 'fine'],
        fine: { basis: 'gainsMultiple', min: 2, max: 5 },
      },
      facts({ illegalGainsFen: 1_234_567 }),
      'down',
    );
    expect(penalty.rangeFen).toEqual({ minFen: 2_469_134, maxFen: 6_172_835 });
    expect(penalty.measure).toBe('违法所得12,345.67元的2倍至5倍，即罚款24,691.34元至61,728.35元');
  });

  it('不处罚款的处罚种类没有罚款幅度', () => {
    const penalty = concretePenalty({ kinds: ['warning'] }, facts({}), 'down');
    expect(penalty).toEqual({ kinds: ['warning'], rangeFen: null, measure: '警告' });
  });
});
