import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../../storage/package-root.js';
import { versionInForce } from '../../law/applicable-version.js';
import type { Citation } from '../../law/citation.js';
import { findProvision, isStatuteFileName, parseStatute, type Statute } from '../../law/statute.js';
import { benchmarkViolations } from '../benchmark-check.js';
import type { CaseFacts } from '../case-facts.js';
import { conditionHolds } from '../condition-check.js';
import { describeCondition, parseConditionText } from '../condition-text.js';
import type { Condition } from '../condition.js';
import { assessDiscretion } from '../engine.js';
import { exemptionGround } from '../exemption-check.js';
import { concretePenalty } from '../fine-range.js';
import { describePenaltySpec, parsePenaltyText } from '../penalty-text.js';
import type { ViolationType } from '../violation-type.js';
import { seedBenchmarkIssuer, seedBenchmarks } from './benchmarks.js';
import { seedExemptionEntries } from './exemption-entries.js';
import { seedViolationTypes } from './violation-types.js';

const lawsDir = path.join(packageRoot(), 'laws');
const library: Statute[] = readdirSync(lawsDir)
  .filter(isStatuteFileName)
  .map((file) => parseStatute(file, readFileSync(path.join(lawsDir, file), 'utf8')));

function statuteOn(law: string, date: string): Statute | null {
  const versions = library
    .filter((statute) => statute.shortTitle === law)
    .map((statute) => ({ effectiveFrom: statute.versionDate, value: statute }));
  return versionInForce(versions, date)?.value ?? null;
}

function unresolved(citations: Citation[], date: string): Citation[] {
  return citations.filter((citation) => {
    const statute = statuteOn(citation.law, date);
    return !statute || findProvision(statute, citation) === null;
  });
}

const typesByCode = new Map(seedViolationTypes.map((type) => [type.code, type]));

function seedType(code: string): ViolationType {
  const type = typesByCode.get(code);
  if (!type) throw new Error(`no seed type ${code}`);
  return type;
}

function facts(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    partyKind: 'organisation',
    actDate: '2026-03-02',
    decisionDate: '2026-03-20',
    quantities: {},
    flags: {},
    mitigations: [],
    ...overrides,
  };
}

/** Facts under which a condition holds: each comparison at (or just past) its bound. */
function witness(condition: Condition, into: CaseFacts = facts()): CaseFacts {
  if ('fact' in condition) {
    const shift = { gt: 1, gte: 0, eq: 0, lte: 0, lt: -1 }[condition.op];
    into.quantities[condition.fact] = condition.value + shift;
  } else if ('flag' in condition) {
    into.flags[condition.flag] = condition.is;
  } else if ('all' in condition) {
    for (const part of condition.all) witness(part, into);
  } else if (condition.any[0]) {
    witness(condition.any[0], into);
  }
  return into;
}

function ruleOf(code: string) {
  const rule = seedType(code).rules[0];
  if (!rule) throw new Error(`no rule for ${code}`);
  return rule;
}

describe('违法行为目录（种子数据）', () => {
  it('收录道路运输、公路、超限违法行为至少25类，编码不重复', () => {
    expect(seedViolationTypes.length).toBeGreaterThanOrEqual(25);
    expect(typesByCode.size).toBe(seedViolationTypes.length);
  });

  it.each(seedViolationTypes.map((type) => [type.code, type] as const))(
    '%s：违反条款和处罚依据均能在法律法规库中找到',
    (_code, type) => {
      for (const rule of type.rules) {
        expect(
          unresolved([...rule.value.violated, ...rule.value.penaltyBasis], rule.effectiveFrom),
        ).toEqual([]);
        expect(rule.value.penaltyBasis.length).toBeGreaterThan(0);
        expect(rule.value.statutoryRange.length).toBeGreaterThan(0);
      }
    },
  );

  it('每一规则版本自所依据法规文本的版本日期起施行', () => {
    for (const type of seedViolationTypes) {
      for (const rule of type.rules) {
        const [basis] = rule.value.penaltyBasis;
        expect(basis && statuteOn(basis.law, rule.effectiveFrom)?.versionDate).toBe(
          rule.effectiveFrom,
        );
      }
    }
  });

  it('道路运输条例由运政执法、公路安全保护条例第六十八条由道路运输管理机构、其余公路违法行为由路政执法', () => {
    expect(seedType('RT-63-2').category).toBe('transportAdministration');
    expect(seedType('HS-68').category).toBe('transportAdministration');
    expect(seedType('HS-64-W').category).toBe('roadAdministration');
    expect(seedType('HL-76-4').category).toBe('roadAdministration');
  });

  it.each([
    ['最低罚款200元，可对个人当场处罚', 'RT-64', true],
    ['最低罚款1万元，不适用', 'RT-63-2', false],
    ['超限1000千克以内予以警告', 'HS-64-W', true],
    ['“3万元以下”的罚款可低至简易程序限额', 'HS-69', true],
    ['最低罚款1万元的站场违法行为，不适用', 'RT-70-1', false],
    ['拒不改正才处5000元以上罚款，不适用', 'RT-65-3', false],
    ['仅有停业整顿的，不适用', 'RT-73', false],
  ])('行政处罚法第五十一条：%s（%s）', (_name, code, expected) => {
    expect(ruleOf(code).value.summaryAllowed).toBe(expected);
  });

  it('道路运输条例第六十三条第一项：违法所得超过1万元按倍数，情节严重的1万元至5万元，其余3000元至1万元', () => {
    const range = ruleOf('RT-63-1').value.statutoryRange;
    const branchFor = (f: CaseFacts) => range.find((branch) => conditionHolds(branch.when, f));
    expect(branchFor(facts({ quantities: { illegalGainsFen: 1_000_001 } }))?.penalty).toEqual({
      kinds: ['illegalGainsConfiscation', 'fine'],
      fine: { basis: 'gainsMultiple', min: 1, max: 5 },
    });
    expect(branchFor(facts({ flags: { serious: true } }))?.penalty.fine).toEqual({
      basis: 'amount',
      minFen: 1_000_000,
      maxFen: 5_000_000,
    });
    expect(branchFor(facts({ quantities: { illegalGainsFen: 1_000_000 } }))?.penalty.fine).toEqual({
      basis: 'amount',
      minFen: 300_000,
      maxFen: 1_000_000,
    });
  });
});

describe('示例裁量基准（种子数据）', () => {
  it('每类违法行为一个第1版示例基准，注明须按本省基准替换', () => {
    expect(seedBenchmarks.map((b) => b.violationCode).sort()).toEqual(
      seedViolationTypes.map((t) => t.code).sort(),
    );
    for (const benchmark of seedBenchmarks) {
      expect(benchmark.version).toBe(1);
      expect(benchmark.issuer).toBe(seedBenchmarkIssuer);
      expect(benchmark.tiers.length).toBeGreaterThan(0);
    }
  });

  it.each(seedBenchmarks.map((benchmark) => [benchmark.violationCode, benchmark] as const))(
    '行政处罚法第三十四条：%s 的每一阶次都在其情形所对应的法定幅度之内',
    (code, benchmark) => {
      const rule = ruleOf(code);
      expect(benchmark.effectiveFrom).toBe(rule.effectiveFrom);
      expect(benchmarkViolations(benchmark.tiers, rule.value, benchmark.effectiveFrom)).toEqual([]);
      for (const tier of benchmark.tiers) {
        const tierFacts = witness(tier.when);
        expect(conditionHolds(tier.when, tierFacts), tier.name).toBe(true);
        const branch = rule.value.statutoryRange.find((each) =>
          conditionHolds(each.when, tierFacts),
        );
        expect(branch, tier.name).toBeDefined();
        if (!branch) continue;
        const statutory = concretePenalty(branch.penalty, tierFacts, 'down');
        const tiered = concretePenalty(tier.penalty, tierFacts, 'down');
        expect(statutory.kinds, tier.name).toEqual(expect.arrayContaining(tiered.kinds));
        expect(tiered.rangeFen === null, tier.name).toBe(statutory.rangeFen === null);
        if (tiered.rangeFen && statutory.rangeFen) {
          expect(tiered.rangeFen.minFen, tier.name).toBeGreaterThanOrEqual(
            statutory.rangeFen.minFen,
          );
          expect(tiered.rangeFen.maxFen, tier.name).toBeLessThanOrEqual(statutory.rangeFen.maxFen);
        }
      }
    },
  );

  it.each(seedBenchmarks.map((benchmark) => [benchmark.violationCode, benchmark] as const))(
    '%s：裁量引擎对每一阶次的情形都能得出裁量结果',
    (code, benchmark) => {
      for (const tier of benchmark.tiers) {
        const assessment = assessDiscretion({
          violation: seedType(code),
          benchmarks: [{ ...benchmark, id: 'seed' }],
          facts: witness(tier.when),
          options: { overloadTonneRounding: 'down' },
        });
        expect(Array.isArray(assessment) ? assessment : [], tier.name).toEqual([]);
      }
    },
  );

  it('每一阶次的适用条件和处罚标准写成文字后能原样读回（裁量基准表格的导出与导入）', () => {
    for (const tier of seedBenchmarks.flatMap((benchmark) => benchmark.tiers)) {
      expect(parseConditionText(describeCondition(tier.when))).toEqual({
        ok: true,
        condition: tier.when,
      });
      expect(parsePenaltyText(describePenaltySpec(tier.penalty))).toEqual({
        ok: true,
        spec: tier.penalty,
      });
    }
  });

  const firstTier = (code: string, f: CaseFacts) =>
    seedBenchmarks
      .find((b) => b.violationCode === code)
      ?.tiers.find((tier) => conditionHolds(tier.when, f));

  it.each([
    ['初次', 0, 0, '轻微', { basis: 'amount', minFen: 1_000_000, maxFen: 3_000_000 }],
    ['第三次', 2, 0, '较重', { basis: 'amount', minFen: 5_000_000, maxFen: 8_000_000 }],
    ['第五次', 4, 0, '严重', { basis: 'amount', minFen: 8_000_000, maxFen: 10_000_000 }],
    [
      '第二次且违法所得3万元',
      1,
      3_000_000,
      '一般（违法所得超过2万元）',
      { basis: 'gainsMultiple', min: 2, max: 5 },
    ],
  ])(
    '道路运输条例第六十三条第二项：%s非法从事客运，适用示例基准的相应阶次',
    (_name, priorViolations, illegalGainsFen, tierName, fine) => {
      const tier = firstTier(
        'RT-63-2',
        facts({ quantities: { priorViolations, illegalGainsFen } }),
      );
      expect(tier?.name).toBe(tierName);
      expect(tier?.penalty.fine).toEqual(fine);
    },
  );

  it('超限运输车辆行驶公路管理规定第四十三条：各吨位阶次保持法定的确定数额', () => {
    const at = (overweightKg: number) => {
      const f = facts({ quantities: { overweightKg } });
      const tier = firstTier('HS-64-W', f);
      return tier && { name: tier.name, penalty: concretePenalty(tier.penalty, f, 'down') };
    };
    expect(at(1_000)).toMatchObject({
      name: '轻微',
      penalty: { kinds: ['warning'], rangeFen: null },
    });
    expect(at(2_500)).toMatchObject({
      name: '一般',
      penalty: { rangeFen: { minFen: 100_000, maxFen: 100_000 } },
    });
    expect(at(61_000)).toMatchObject({
      name: '严重',
      penalty: { rangeFen: { minFen: 3_000_000, maxFen: 3_000_000 } },
    });
  });
});

describe('不予处罚、从轻处罚清单（种子数据）', () => {
  it('编码不重复，所列违法行为均在目录中，每项至少一个适用条件且条件编码不重复', () => {
    const codes = seedExemptionEntries.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of seedExemptionEntries) {
      expect(entry.violationCodes.length, entry.code).toBeGreaterThan(0);
      expect(
        entry.violationCodes.filter((code) => !typesByCode.has(code)),
        entry.code,
      ).toEqual([]);
      expect(entry.conditions.length, entry.code).toBeGreaterThan(0);
      const conditionCodes = entry.conditions.map((condition) => condition.code);
      expect(new Set(conditionCodes).size, entry.code).toBe(conditionCodes.length);
    }
  });

  it.each(seedExemptionEntries.map((entry) => [entry.code, entry] as const))(
    '%s：法律依据均能在法律法规库中找到',
    (_code, entry) => {
      expect(unresolved(entry.legalBasis, '2026-01-01')).toEqual([]);
    },
  );

  it('行政处罚法第三十三条第一款：含初次违法条件的为首违不罚，其余为轻微不罚', () => {
    const ground = (code: string) =>
      exemptionGround(seedExemptionEntries.find((entry) => entry.code === code)!);
    expect(ground('NP-HS-69')).toBe('firstViolation');
    expect(ground('NP-HL-76-4')).toBe('firstViolation');
    expect(ground('NP-RT-69-2')).toBe('minorViolation');
  });

  it('行政处罚法第三十二条第一项：主动消除或者减轻危害后果的从轻处罚清单适用于多类违法行为', () => {
    const lighter = seedExemptionEntries.filter((entry) => entry.list === 'lighter');
    expect(lighter.length).toBeGreaterThan(0);
    expect(lighter[0]?.legalBasis).toEqual([{ law: '行政处罚法', article: 32, item: 1 }]);
    expect(lighter[0]?.violationCodes.length).toBeGreaterThan(1);
  });
});
