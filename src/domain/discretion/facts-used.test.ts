import { describe, expect, it } from 'vitest';
import type { Benchmark } from './benchmark.js';
import { factsUsed } from './facts-used.js';
import type { ViolationType } from './violation-type.js';

const violation: ViolationType = {
  code: 'RT-63-1',
  name: '未取得道路运输经营许可，擅自从事道路普通货物运输经营',
  category: 'transportAdministration',
  rules: [
    {
      effectiveFrom: '2023-07-20',
      value: {
        violated: [{ law: '道路运输条例', article: 24 }],
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
            when: { flag: 'serious', is: true },
            penalty: {
              kinds: ['fine'],
              fine: { basis: 'amount', minFen: 1_000_000, maxFen: 5_000_000 },
            },
            text: '情节严重的，处1万元以上5万元以下的罚款',
          },
        ],
      },
    },
  ],
};

const benchmark: Benchmark = {
  violationCode: 'RT-63-1',
  version: 1,
  effectiveFrom: '2024-01-01',
  issuer: '某省交通运输厅',
  tiers: [
    {
      name: '一般',
      circumstance: '经营不满3个月，车辆1辆',
      when: {
        all: [
          { fact: 'durationDays', op: 'lt', value: 90 },
          {
            any: [
              { fact: 'vehicleCount', op: 'lte', value: 1 },
              { flag: 'harmCaused', is: false },
            ],
          },
        ],
      },
      penalty: { kinds: ['fine'], fine: { basis: 'amount', minFen: 300_000, maxFen: 500_000 } },
    },
  ],
};

describe('factsUsed', () => {
  it('asks for every fact the statutory ranges and the tiers speak of, and no other', () => {
    const used = factsUsed(violation, [benchmark]);
    expect(used.quantities.sort()).toEqual(['durationDays', 'illegalGainsFen', 'vehicleCount']);
    expect(used.flags.sort()).toEqual(['harmCaused', 'serious']);
  });

  it('asks for the tonnage over the limit where the fine is counted per tonne', () => {
    const overweight: ViolationType = {
      ...violation,
      rules: [
        {
          effectiveFrom: '2011-07-01',
          value: {
            ...violation.rules[0]!.value,
            statutoryRange: [
              {
                when: { all: [] },
                penalty: {
                  kinds: ['fine'],
                  fine: {
                    basis: 'perExcessTonne',
                    fenPerTonne: 50_000,
                    warningUpToKg: 1000,
                    capFen: 3_000_000,
                  },
                },
                text: '每超限1000千克罚款500元，最高不得超过30000元',
              },
            ],
          },
        },
      ],
    };
    expect(factsUsed(overweight, [])).toEqual({ quantities: ['overweightKg'], flags: [] });
  });
});
