import { describe, expect, it } from 'vitest';
import type { Dated } from '../law/applicable-version.js';
import type { RuleViolation } from '../rule-violation.js';
import type { DiscretionAssessment } from './assessment.js';
import type { Benchmark, Tier } from './benchmark.js';
import type { CaseFacts } from './case-facts.js';
import type { Condition } from './condition.js';
import { assessDiscretion, type DiscretionInput } from './engine.js';
import { overloadWeightBranch } from './fine-range.js';
import type { PenaltySpec } from './penalty-rule.js';
import type { ViolationRule, ViolationType } from './violation-type.js';

const yuan = (amount: number) => amount * 100;
const gainsAtLeast20000: Condition = { fact: 'illegalGainsFen', op: 'gte', value: yuan(20_000) };

const multipleOfGains = (min: number, max: number): PenaltySpec => ({
  kinds: ['illegalGainsConfiscation', 'fine'],
  fine: { basis: 'gainsMultiple', min, max },
});
const fineOf = (minYuan: number, maxYuan = minYuan): PenaltySpec => ({
  kinds: ['fine'],
  fine: { basis: 'amount', minFen: yuan(minYuan), maxFen: yuan(maxYuan) },
});

/** 道路运输条例 before the 2022 revision: gains ×2–10, else 30,000–100,000 yuan (legal-facts §5.6). */
const oldRule: ViolationRule = {
  violated: [{ law: '道路运输条例', article: 10 }],
  penaltyBasis: [{ law: '道路运输条例', article: 64 }],
  statutoryRange: [
    {
      when: gainsAtLeast20000,
      penalty: multipleOfGains(2, 10),
      text: '违法所得2万元以上的，没收违法所得，处违法所得2倍以上10倍以下的罚款',
    },
    {
      when: { all: [] },
      penalty: fineOf(30_000, 100_000),
      text: '没有违法所得或者违法所得不足2万元的，处3万元以上10万元以下的罚款',
    },
  ],
  summaryAllowed: false,
};

/** The 2022 revision, 第六十三条第二项: the minimum without gains drops to 10,000 yuan. */
const currentRule: ViolationRule = {
  violated: [{ law: '道路运输条例', article: 10 }],
  penaltyBasis: [{ law: '道路运输条例', article: 63, item: 2 }],
  statutoryRange: [
    {
      when: { fact: 'illegalGainsFen', op: 'gt', value: yuan(20_000) },
      penalty: multipleOfGains(2, 10),
      text: '违法所得超过2万元的，没收违法所得，并处违法所得2倍以上10倍以下的罚款',
    },
    {
      when: { all: [] },
      penalty: fineOf(10_000, 100_000),
      text: '没有违法所得或者违法所得不超过2万元的，处1万元以上10万元以下的罚款',
    },
  ],
  summaryAllowed: false,
};

function unlicensedPassengerTransport(rules: Dated<ViolationRule>[]): ViolationType {
  return {
    code: 'RT-63-2',
    name: '未取得道路客运经营许可，擅自从事道路客运经营',
    category: 'transportAdministration',
    rules,
  };
}

const bothVersions = unlicensedPassengerTransport([
  { effectiveFrom: '2004-07-01', effectiveTo: '2022-04-30', value: oldRule },
  { effectiveFrom: '2022-05-01', value: currentRule },
]);

function priorsAre(count: number): Condition {
  return count >= 3
    ? { fact: 'priorViolations', op: 'gte', value: 3 }
    : { fact: 'priorViolations', op: 'eq', value: count };
}

/** The §5.6 table: each degree once for gains ≥ 20,000 yuan (multiples), once otherwise. */
function degree(
  name: string,
  priors: number,
  multiples: [number, number],
  fixedYuan: number,
): Tier[] {
  const circumstance = priors >= 3 ? '被查处3次以上' : `第${priors + 1}次被查处`;
  return [
    {
      name: `${name}（违法所得2万元以上）`,
      circumstance,
      when: { all: [priorsAre(priors), gainsAtLeast20000] },
      penalty: multipleOfGains(...multiples),
    },
    { name, circumstance, when: priorsAre(priors), penalty: fineOf(fixedYuan) },
  ];
}

const provincialBenchmark: Benchmark & { id: string } = {
  id: 'benchmark-1',
  violationCode: 'RT-63-2',
  version: 1,
  effectiveFrom: '2020-01-01',
  issuer: '某省交通运输厅',
  tiers: [
    ...degree('轻微', 0, [2, 2], 30_000),
    ...degree('一般', 1, [2, 5], 40_000),
    ...degree('较重', 2, [5, 8], 50_000),
    ...degree('严重', 3, [8, 10], 100_000),
  ],
};

function facts(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    partyKind: 'citizen',
    actDate: '2021-06-01',
    decisionDate: '2021-09-01',
    quantities: { priorViolations: 0 },
    flags: {},
    mitigations: [],
    ...overrides,
  };
}

function assess(overrides: Partial<DiscretionInput> = {}): DiscretionAssessment {
  const result = assessDiscretion({
    violation: bothVersions,
    benchmarks: [provincialBenchmark],
    facts: facts(),
    options: { overloadTonneRounding: 'down' },
    ...overrides,
  });
  if (Array.isArray(result)) throw new Error(result.map((v) => v.message).join('\n'));
  return result;
}

function refusal(input: Partial<DiscretionInput>): RuleViolation[] {
  const result = assessDiscretion({
    violation: bothVersions,
    benchmarks: [provincialBenchmark],
    facts: facts(),
    options: { overloadTonneRounding: 'down' },
    ...input,
  });
  if (!Array.isArray(result)) throw new Error('expected a refusal');
  return result;
}

describe('行政处罚法第三十四条：裁量基准阶次（legal-facts §5.6 未取得道路客运经营许可）', () => {
  it.each([
    ['初次被查处、无违法所得：轻微，罚款3万元', 0, 0, '轻微', [30_000, 30_000], 30_000],
    [
      '初次被查处、违法所得3万元：轻微，违法所得2倍',
      0,
      30_000,
      '轻微（违法所得2万元以上）',
      [60_000, 60_000],
      60_000,
    ],
    [
      '第2次、违法所得3万元：一般，2至5倍，取中间值',
      1,
      30_000,
      '一般（违法所得2万元以上）',
      [60_000, 150_000],
      105_000,
    ],
    ['第2次、无违法所得：一般，罚款4万元', 1, 0, '一般', [40_000, 40_000], 40_000],
    [
      '第3次、违法所得23456.78元：较重，5至8倍，中间值取整到元',
      2,
      23_456.78,
      '较重（违法所得2万元以上）',
      [117_283.9, 187_654.24],
      152_469,
    ],
    [
      '第3次、违法所得1万元（不足2万元）：较重，罚款5万元',
      2,
      10_000,
      '较重',
      [50_000, 50_000],
      50_000,
    ],
    ['3次以上、无违法所得：严重，罚款10万元', 3, 0, '严重', [100_000, 100_000], 100_000],
    [
      '6次、违法所得4万元：严重，8至10倍',
      5,
      40_000,
      '严重（违法所得2万元以上）',
      [320_000, 400_000],
      360_000,
    ],
  ] as const)('%s', (_case, priors, gainsYuan, tierName, [minYuan, maxYuan], suggestedYuan) => {
    const assessment = assess({
      facts: facts({
        quantities: { priorViolations: priors, illegalGainsFen: Math.round(yuan(gainsYuan)) },
      }),
    });
    expect(assessment.tier?.name).toBe(tierName);
    expect(assessment.rangeFen).toEqual({
      minFen: Math.round(yuan(minYuan)),
      maxFen: Math.round(yuan(maxYuan)),
    });
    expect(assessment.suggestedFineFen).toBe(yuan(suggestedYuan));
    expect(assessment.outcome).toBe('penalty');
    expect(assessment.benchmark).toEqual({
      violationCode: 'RT-63-2',
      version: 1,
      issuer: '某省交通运输厅',
    });
  });

  it('行政处罚法第三十四条：说明写明违反条款、处罚依据、法定幅度、阶次及其条件和建议罚款的取法', () => {
    const assessment = assess({
      facts: facts({ quantities: { priorViolations: 1, illegalGainsFen: yuan(30_000) } }),
    });
    expect(assessment.tier?.conditions).toEqual(['此前同类违法次数=1次', '违法所得≥20000元']);
    expect(assessment.kinds).toEqual(['illegalGainsConfiscation', 'fine']);
    expect(assessment.reasons).toEqual(
      expect.arrayContaining([
        expect.stringContaining('违反《道路运输条例》第十条，依据《道路运输条例》第六十四条'),
        expect.stringMatching(/^法定幅度：违法所得30,000\.00元的2倍至10倍.*第六十四条/),
        expect.stringContaining(
          '适用某省交通运输厅行政处罚裁量基准（第1版）“一般（违法所得2万元以上）”阶次：第2次被查处',
        ),
        '建议罚款105,000.00元：取某省交通运输厅行政处罚裁量基准（第1版）“一般（违法所得2万元以上）”阶次罚款幅度罚款60,000.00元至150,000.00元的中间值，取整到元',
      ]),
    );
  });

  it('行政处罚法第三十四条：阶次所依据的事实未录入的，按0计并在说明中写明', () => {
    const assessment = assess({ facts: facts({ quantities: {} }) });
    expect(assessment.tier?.name).toBe('轻微');
    expect(assessment.reasons).toEqual(
      expect.arrayContaining([
        '未录入“此前同类违法次数”，按0次计（某省交通运输厅行政处罚裁量基准（第1版）“轻微”阶次）',
        '未录入“违法所得”，按0元计（《道路运输条例》第六十四条）',
      ]),
    );
  });

  it('行政处罚法第三十四条：没有裁量基准的，在法定幅度内取中间值', () => {
    const assessment = assess({ benchmarks: [] });
    expect(assessment.benchmark).toBeNull();
    expect(assessment.tier).toBeNull();
    expect(assessment.rangeFen).toEqual({ minFen: yuan(30_000), maxFen: yuan(100_000) });
    expect(assessment.suggestedFineFen).toBe(yuan(65_000));
    expect(assessment.reasons).toContain(
      '违法行为发生时没有施行中的“未取得道路客运经营许可，擅自从事道路客运经营”裁量基准，在法定幅度内裁量（行政处罚法第三十四条）',
    );
  });

  it('行政处罚法第三十四条：其他违法行为的裁量基准不适用', () => {
    const assessment = assess({ benchmarks: [{ ...provincialBenchmark, violationCode: 'RT-64' }] });
    expect(assessment.benchmark).toBeNull();
  });

  it('行政处罚法第三十四条：阶次部分超出法定幅度的，只取法定幅度内的部分', () => {
    const wide = {
      ...provincialBenchmark,
      tiers: [{ ...provincialBenchmark.tiers[1]!, penalty: fineOf(20_000, 40_000) }],
    };
    const assessment = assess({ benchmarks: [wide] });
    expect(assessment.rangeFen).toEqual({ minFen: yuan(30_000), maxFen: yuan(40_000) });
    expect(assessment.reasons).toContain(
      '某省交通运输厅行政处罚裁量基准（第1版）“轻微”阶次超出法定幅度的部分不适用，罚款幅度为罚款30,000.00元至40,000.00元（行政处罚法第三十四条）',
    );
  });

  it('行政处罚法第三十四条：阶次完全在法定幅度之外的，是基准的错误，拒绝裁量', () => {
    const wrong = {
      ...provincialBenchmark,
      tiers: [{ ...provincialBenchmark.tiers[1]!, penalty: fineOf(5_000) }],
    };
    const [violation] = refusal({ benchmarks: [wrong] });
    expect(violation?.code).toBe('TIER_OUTSIDE_STATUTORY_RANGE');
    expect(violation?.article).toBe('行政处罚法第三十四条');
    expect(violation?.message).toContain('“轻微”阶次');
  });

  it('行政处罚法第三十四条：没有相符阶次的，在法定幅度内裁量并写明', () => {
    const narrow = { ...provincialBenchmark, tiers: provincialBenchmark.tiers.slice(2) };
    const assessment = assess({ benchmarks: [narrow] });
    expect(assessment.tier).toBeNull();
    expect(assessment.benchmark?.version).toBe(1);
    expect(assessment.rangeFen).toEqual({ minFen: yuan(30_000), maxFen: yuan(100_000) });
    expect(assessment.reasons).toContain(
      '某省交通运输厅行政处罚裁量基准（第1版）没有与本案情形相符的裁量阶次，在法定幅度内裁量',
    );
  });
});

describe('行政处罚法第三十七条：从旧兼从轻（同一规定的两个版本）', () => {
  it('行政处罚法第三十七条：旧规定较重、新规定较轻的，适用新规定', () => {
    const assessment = assess({
      benchmarks: [],
      facts: facts({
        actDate: '2022-03-01',
        decisionDate: '2022-06-01',
        quantities: { priorViolations: 0 },
      }),
    });
    expect(assessment.rule.effectiveFrom).toBe('2022-05-01');
    expect(assessment.rule.penaltyBasis).toEqual([{ law: '道路运输条例', article: 63, item: 2 }]);
    expect(assessment.rule.choice).toContain('从轻适用新规定');
    expect(assessment.statutory.rangeFen).toEqual({ minFen: yuan(10_000), maxFen: yuan(100_000) });
    expect(assessment.reasons[0]).toBe(assessment.rule.choice);
  });

  it('行政处罚法第三十七条：新规定较重的，适用违法行为发生时的规定', () => {
    const lighterOld = unlicensedPassengerTransport([
      {
        effectiveFrom: '2004-07-01',
        effectiveTo: '2022-04-30',
        value: {
          ...oldRule,
          statutoryRange: [{ ...oldRule.statutoryRange[1]!, penalty: fineOf(10_000, 50_000) }],
        },
      },
      { effectiveFrom: '2022-05-01', value: currentRule },
    ]);
    const assessment = assess({
      violation: lighterOld,
      benchmarks: [],
      facts: facts({ actDate: '2022-03-01', decisionDate: '2022-06-01' }),
    });
    expect(assessment.rule.effectiveFrom).toBe('2004-07-01');
    expect(assessment.statutory.rangeFen).toEqual({ minFen: yuan(10_000), maxFen: yuan(50_000) });
    expect(assessment.rule.choice).toContain('适用违法行为发生时（2022-03-01）有效的规定');
  });

  it('行政处罚法第三十七条：新旧规定同样轻重的，适用违法行为发生时的规定', () => {
    const assessment = assess({
      benchmarks: [],
      facts: facts({
        actDate: '2022-03-01',
        decisionDate: '2022-06-01',
        quantities: { illegalGainsFen: yuan(30_000) },
      }),
    });
    expect(assessment.rule.effectiveFrom).toBe('2004-07-01');
  });

  it('行政处罚法第三十七条：违法行为发生时没有有效规定的，不能处罚', () => {
    const [violation] = refusal({ facts: facts({ actDate: '2003-01-01' }) });
    expect(violation?.code).toBe('NO_RULE_IN_FORCE_AT_ACT');
    expect(violation?.article).toBe('行政处罚法第三十七条');
  });

  it('行政处罚法第三十七条：作出决定时的规定不再处罚的，不予行政处罚', () => {
    const repealed = unlicensedPassengerTransport([
      { effectiveFrom: '2004-07-01', effectiveTo: '2022-04-30', value: oldRule },
      { effectiveFrom: '2022-05-01', value: { ...currentRule, statutoryRange: [] } },
    ]);
    const assessment = assess({
      violation: repealed,
      facts: facts({ actDate: '2022-03-01', decisionDate: '2022-06-01' }),
    });
    expect(assessment.outcome).toBe('noPenalty');
    expect(assessment.kinds).toEqual([]);
    expect(assessment.rangeFen).toBeNull();
    expect(assessment.reasons.at(-1)).toContain('不予行政处罚（行政处罚法第三十七条）');
  });

  it('行政处罚法第三十七条：本案事实不符合违法行为发生时规定的任何情形的，拒绝裁量', () => {
    const gap = unlicensedPassengerTransport([
      {
        effectiveFrom: '2004-07-01',
        value: { ...oldRule, statutoryRange: oldRule.statutoryRange.slice(0, 1) },
      },
    ]);
    const [violation] = refusal({ violation: gap });
    expect(violation?.code).toBe('NO_STATUTORY_BRANCH');
    expect(violation?.article).toBe('《道路运输条例》第六十四条');
  });

  it('行政处罚法第三十七条：裁量基准的新版本较轻的，适用新版本', () => {
    const first = { ...provincialBenchmark, effectiveTo: '2022-12-31' };
    const second = {
      ...provincialBenchmark,
      id: 'benchmark-2',
      version: 2,
      effectiveFrom: '2023-01-01',
      tiers: [{ ...provincialBenchmark.tiers[1]!, penalty: fineOf(20_000) }],
    };
    const later = assess({
      benchmarks: [first, second],
      facts: facts({ actDate: '2022-10-01', decisionDate: '2023-02-01' }),
    });
    expect(later.benchmark?.version).toBe(2);
    expect(later.suggestedFineFen).toBe(yuan(20_000));
    const heavierLater = {
      ...second,
      tiers: [{ ...provincialBenchmark.tiers[1]!, penalty: fineOf(50_000) }],
    };
    const earlier = assess({
      benchmarks: [first, heavierLater],
      facts: facts({ actDate: '2022-10-01', decisionDate: '2023-02-01' }),
    });
    expect(earlier.benchmark?.version).toBe(1);
    expect(earlier.suggestedFineFen).toBe(yuan(30_000));
  });
});

describe('行政处罚法第三十条至第三十二条：应当不予、从轻或者减轻处罚', () => {
  const secondTime = { priorViolations: 1 };

  it.each([
    [
      '行政处罚法第三十条：不满十四周岁的，不予行政处罚',
      { partyAge: 13 },
      'underFourteen',
      '行政处罚法第三十条',
    ],
    [
      '行政处罚法第三十一条：不能辨认或者控制自己行为的，不予行政处罚',
      { mentalCapacity: 'none' },
      'mentalIncapacity',
      '行政处罚法第三十一条',
    ],
  ] as const)('%s', (_case, party, ground, article) => {
    const assessment = assess({ facts: facts({ quantities: secondTime, ...party }) });
    expect(assessment.outcome).toBe('noPenalty');
    expect(assessment.noPenaltyGround).toBe(ground);
    expect(assessment.mitigation).toBe('noPenalty');
    expect(assessment.kinds).toEqual([]);
    expect(assessment.rangeFen).toBeNull();
    expect(assessment.suggestedFineFen).toBe(0);
    expect(assessment.reasons.at(-1)).toContain(`不予行政处罚（${article}）`);
  });

  it.each([
    [
      '行政处罚法第三十条：已满十四周岁不满十八周岁的，应当从轻处罚',
      { partyAge: 16, mitigations: [] },
      '行政处罚法第三十条',
    ],
    [
      '行政处罚法第三十二条第二项：受他人胁迫实施违法行为的，应当从轻处罚',
      { partyAge: 40, mitigations: ['coerced'] },
      '行政处罚法第三十二条第二项',
    ],
    [
      '行政处罚法第三十二条第一项：主动减轻危害后果的，应当从轻处罚',
      { partyAge: 40, mitigations: ['eliminatedHarm'] },
      '行政处罚法第三十二条第一项',
    ],
  ] satisfies [string, Pick<CaseFacts, 'partyAge' | 'mitigations'>, string][])(
    '%s',
    (_case, party, article) => {
      const assessment = assess({ facts: facts({ quantities: secondTime, ...party }) });
      expect(assessment.outcome).toBe('penalty');
      expect(assessment.mitigation).toBe('lighter');
      expect(assessment.rangeFen).toEqual({ minFen: yuan(30_000), maxFen: yuan(40_000) });
      expect(assessment.suggestedFineFen).toBe(yuan(30_000));
      expect(assessment.reasons).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            new RegExp(`^应当从轻处罚：.*建议罚款30,000\\.00元（${article}）$`),
          ),
          `确需减轻处罚、低于法定最低数额的，应当写明理由，并经法制审核（${article}）`,
        ]),
      );
    },
  );

  it('行政处罚法第三十条：单位没有年龄，不因年龄从轻', () => {
    const assessment = assess({
      facts: facts({ partyKind: 'organisation', partyAge: 16, quantities: secondTime }),
    });
    expect(assessment.mitigation).toBe('none');
  });

  it('行政处罚法第三十一条：尚未完全丧失辨认或者控制能力的，可以从轻，只写入说明', () => {
    const assessment = assess({
      facts: facts({ quantities: secondTime, mentalCapacity: 'partial' }),
    });
    expect(assessment.mitigation).toBe('none');
    expect(assessment.rangeFen).toEqual({ minFen: yuan(40_000), maxFen: yuan(40_000) });
    expect(assessment.reasons).toContain(
      '当事人是尚未完全丧失辨认或者控制自己行为能力的精神病人、智力残疾人，可以从轻或者减轻处罚（行政处罚法第三十一条）',
    );
  });
});

describe('超限运输车辆行驶公路管理规定第四十三条：按超限重量罚款', () => {
  const overload: ViolationType = {
    code: 'OL-43',
    name: '车货总质量超过限定标准',
    category: 'roadAdministration',
    rules: [
      {
        effectiveFrom: '2016-09-21',
        value: {
          violated: [{ law: '超限运输车辆行驶公路管理规定', article: 3 }],
          penaltyBasis: [{ law: '超限运输车辆行驶公路管理规定', article: 43 }],
          statutoryRange: [overloadWeightBranch],
          summaryAllowed: false,
        },
      },
    ],
  };

  it.each([
    ['超限1000千克：予以警告，不罚款', 1000, 'up', ['warning'], null],
    ['超限1001千克，不足1000千克部分不计：罚款500元', 1001, 'down', ['fine'], 500],
    ['超限1001千克，不足1000千克部分按1000千克计：罚款1000元', 1001, 'up', ['fine'], 1000],
    ['超限61000千克：最高30000元', 61_000, 'down', ['fine'], 30_000],
  ] as const)(
    '超限运输车辆行驶公路管理规定第四十三条：%s',
    (_case, overweightKg, rounding, kinds, fineYuan) => {
      const assessment = assess({
        violation: overload,
        benchmarks: [],
        facts: facts({
          actDate: '2024-03-01',
          decisionDate: '2024-03-05',
          quantities: { overweightKg },
        }),
        options: { overloadTonneRounding: rounding },
      });
      expect(assessment.kinds).toEqual(kinds);
      expect(assessment.rangeFen).toEqual(
        fineYuan === null ? null : { minFen: yuan(fineYuan), maxFen: yuan(fineYuan) },
      );
      expect(assessment.suggestedFineFen).toBe(fineYuan === null ? 0 : yuan(fineYuan));
    },
  );
});
