import type { Benchmark, Tier } from '../benchmark.js';
import { always, type Condition } from '../condition.js';
import type { PenaltySpec } from '../penalty-rule.js';
import type { StatutoryBranch, ViolationType } from '../violation-type.js';
import { allOf, fineBetween, gainsMultiple, refusedCorrection } from './seed-blocks.js';
import { seedViolationTypes } from './violation-types.js';

/*
 * Example 裁量基准 (行政处罚法第三十四条), one per seeded violation type, so that a new
 * installation can assess cases at once. They are not any province's benchmark: the issuer
 * says so, and a bureau imports its province's published benchmark to replace them.
 */

export const seedBenchmarkIssuer = 'zhifa 示例基准（请按本省公布的裁量基准导入替换）';

const noAccident: Condition = { flag: 'accident', is: false };

/** The four 阶次 by the party's history, tried in this order (first match wins). */
const ladder = [
  {
    name: '轻微',
    circumstance: '初次违法，未造成危害后果',
    when: allOf(
      { fact: 'priorViolations', op: 'eq', value: 0 },
      { flag: 'harmCaused', is: false },
      noAccident,
    ),
  },
  {
    name: '一般',
    circumstance: '第二次违法，或者初次违法但造成危害后果',
    when: allOf({ fact: 'priorViolations', op: 'lte', value: 1 }, noAccident),
  },
  {
    name: '较重',
    circumstance: '第三次违法',
    when: allOf({ fact: 'priorViolations', op: 'lte', value: 2 }, noAccident),
  },
  {
    name: '严重',
    circumstance: '第四次以上违法，或者造成安全事故',
    when: always,
  },
] as const;

/** A range branch's own situation, when the ladder applies only within it. */
interface Within {
  label: string;
  when: Condition;
}

type Four<T> = readonly [T, T, T, T];

function ladderTiers(penalties: Four<PenaltySpec>, within?: Within): Tier[] {
  return ladder.map((rung, index) => ({
    name: within ? `${rung.name}（${within.label}）` : rung.name,
    circumstance: within ? `${within.label}，${rung.circumstance}` : rung.circumstance,
    when: within ? allOf(within.when, rung.when) : rung.when,
    penalty: penalties[index as 0 | 1 | 2 | 3],
  }));
}

const roundTo = (value: number, unit: number) => Math.round(value / unit) * unit;

function fourParts<T>(part: (k: number) => T): Four<T> {
  return [part(0), part(1), part(2), part(3)];
}

/**
 * A penalty in four consecutive parts, the same kinds in each: amounts to 50 yuan, multiples
 * to half a time. The over-limit amount is fixed by the law and is never split.
 */
function quarters({ kinds, fine }: PenaltySpec): Four<PenaltySpec> {
  if (fine?.basis === 'amount') {
    const at = (k: number) => fine.minFen + roundTo(((fine.maxFen - fine.minFen) * k) / 4, 5_000);
    return fourParts((k) => ({
      kinds,
      fine: { basis: 'amount', minFen: at(k), maxFen: at(k + 1) },
    }));
  }
  if (fine?.basis === 'gainsMultiple') {
    const at = (k: number) => fine.min + roundTo(((fine.max - fine.min) * k) / 4, 0.5);
    return fourParts((k) => ({
      kinds,
      fine: { basis: 'gainsMultiple', min: at(k), max: at(k + 1) },
    }));
  }
  throw new Error('只有数额或者倍数罚款可以分为裁量阶次');
}

/** The branch's fine split over the four 阶次. */
function ladderOf(branch: StatutoryBranch, within?: Within): Tier[] {
  return ladderTiers(quarters(branch.penalty), within);
}

/** One tier that prescribes what a range branch prescribes, in the same situation. */
function tierOf(name: string, circumstance: string, branch: StatutoryBranch): Tier {
  return { name, circumstance, when: branch.when, penalty: branch.penalty };
}

type BranchAt = (index: number) => StatutoryBranch;
type TierPlan = (branch: BranchAt) => Tier[];

const ladderOnly: TierPlan = (branch) => ladderOf(branch(0));

/** 「拒不改正的，处…」: no penalty once corrected; the ladder for a refusal. */
const correctionThenLadder: TierPlan = (branch) => [
  {
    name: '已改正',
    circumstance: '责令改正后按期改正',
    when: { flag: 'refusedCorrection', is: false },
    penalty: branch(1).penalty,
  },
  ...ladderOf(branch(0), { label: '拒不改正', when: refusedCorrection }),
];

/** 「情节严重的，吊销 / 停业整顿」 first, then the ladder of the plain fine. */
const seriousThenLadder: TierPlan = (branch) => [
  tierOf('情节严重', '情节严重', branch(0)),
  ...ladderOf(branch(1)),
];

/**
 * 道路运输条例第六十三条第二项, in the shape of the provinces' benchmarks for 非法营运 客运 (by
 * how often the party was caught, and by multiples of the gains above 20,000 yuan), the
 * amounts moved into today's range of 1万元以上10万元以下.
 */
const unlicensedPassengerTransport: TierPlan = (branch) => [
  ...ladderTiers(
    [gainsMultiple(2, 2), gainsMultiple(2, 5), gainsMultiple(5, 8), gainsMultiple(8, 10)],
    { label: '违法所得超过2万元', when: branch(0).when },
  ),
  ...ladderTiers([
    fineBetween(10_000, 30_000),
    fineBetween(30_000, 50_000),
    fineBetween(50_000, 80_000),
    fineBetween(80_000, 100_000),
  ]),
];

/** Gains above the article's threshold: multiples; otherwise the amounts. */
function gainsThenAmounts(label: string, amountBranch: number): TierPlan {
  return (branch) => [
    ...ladderOf(branch(0), { label, when: branch(0).when }),
    ...ladderOf(branch(amountBranch)),
  ];
}

/** 第七十一条、第七十二条: 情节严重 adds 责令停业整顿 to the fine (with or without gains). */
function repairFraud(thresholdLabel: string): TierPlan {
  return (branch) => [
    tierOf(`情节严重（${thresholdLabel}）`, `${thresholdLabel}，情节严重`, branch(0)),
    tierOf('情节严重', '没有违法所得，情节严重', branch(2)),
    ...ladderOf(branch(3), { label: thresholdLabel, when: branch(3).when }),
    ...ladderOf(branch(5)),
  ];
}

/**
 * 超限运输车辆行驶公路管理规定第四十三条 fixes the amount per tonne, so the 阶次 only name the
 * tonnage bands; each keeps the exact amount.
 */
const overweightBands: TierPlan = (branch) => {
  const bands = [
    { name: '轻微', circumstance: '超限1000千克以内', upToKg: 1_000 },
    { name: '一般', circumstance: '超限1000千克以上10000千克以内', upToKg: 10_000 },
    { name: '较重', circumstance: '超限10000千克以上30000千克以内', upToKg: 30_000 },
  ];
  const upTo = bands.map(({ name, circumstance, upToKg }) => ({
    name,
    circumstance,
    when: { fact: 'overweightKg', op: 'lte', value: upToKg } satisfies Condition,
    penalty: branch(0).penalty,
  }));
  return [...upTo, tierOf('严重', '超限30000千克以上', branch(0))];
};

const dimensionBands: TierPlan = (branch) => [
  tierOf('轻微', '车货总高度未超过4.2米、总宽度未超过3米且总长度未超过20米', branch(0)),
  tierOf('一般', '车货总高度未超过4.5米、总宽度未超过3.75米且总长度未超过28米', branch(1)),
  tierOf('严重', '车货总高度超过4.5米、总宽度超过3.75米或者总长度超过28米', branch(2)),
];

const tierPlans: Record<string, TierPlan> = {
  'RT-63-1': (branch) => [
    ...ladderOf(branch(0), { label: '违法所得超过1万元', when: branch(0).when }),
    tierOf('情节严重', '没有违法所得或者违法所得不足1万元，情节严重', branch(1)),
    ...ladderOf(branch(2)),
  ],
  'RT-63-2': unlicensedPassengerTransport,
  'RT-63-3': gainsThenAmounts('违法所得超过2万元', 1),
  'RT-64': ladderOnly,
  'RT-65-1': gainsThenAmounts('违法所得1万元以上', 2),
  'RT-65-2': (branch) => [
    tierOf('情节严重', '不符合机动车维修经营业务标准，情节严重', branch(0)),
    tierOf('一般', '不符合机动车维修经营业务标准，情节不严重', branch(1)),
  ],
  'RT-65-3': correctionThenLadder,
  'RT-65-4': correctionThenLadder,
  'RT-66': (branch) => ladderOf(branch(1)),
  'RT-67': (branch) => [
    tierOf('拒不投保', '责令限期投保，逾期拒不投保', branch(0)),
    tierOf('限期投保', '责令限期投保', branch(1)),
  ],
  'RT-68-1-1': seriousThenLadder,
  'RT-68-1-2': seriousThenLadder,
  'RT-68-1-3': seriousThenLadder,
  'RT-68-2-T': seriousThenLadder,
  'RT-68-2-L': seriousThenLadder,
  'RT-69-1': ladderOnly,
  'RT-69-2': ladderOnly,
  'RT-70-1': ladderOnly,
  'RT-70-2': ladderOnly,
  'RT-70-3': (branch) => [
    tierOf('拒不改正（有违法所得）', '拒不改正，有违法所得', branch(0)),
    tierOf('拒不改正', '拒不改正', branch(1)),
    tierOf('已改正（有违法所得）', '按期改正，有违法所得', branch(2)),
    tierOf('已改正', '按期改正', branch(3)),
  ],
  'RT-71': repairFraud('违法所得1万元以上'),
  'RT-72': repairFraud('违法所得3000元以上'),
  'RT-73': (branch) => [
    tierOf('拒不改正', '责令改正后拒不改正', branch(0)),
    tierOf('已改正', '责令改正后按期改正', branch(1)),
  ],
  'HS-64-W': overweightBands,
  'HS-64-D': dimensionBands,
  'HS-65-L': ladderOnly,
  'HS-65-F': ladderOnly,
  'HS-67-1': ladderOnly,
  'HS-67-2': ladderOnly,
  'HS-68': ladderOnly,
  'HS-69': ladderOnly,
  'HL-76-1': ladderOnly,
  'HL-76-3': ladderOnly,
  'HL-76-4': ladderOnly,
  'HL-77-P': ladderOnly,
  'HL-78': ladderOnly,
  'HL-79': ladderOnly,
  'HL-80': ladderOnly,
};

function seedBenchmark(type: ViolationType, plan: TierPlan): Benchmark {
  const [rule] = type.rules;
  if (!rule) throw new Error(`${type.code} has no rule`);
  const branch: BranchAt = (index) => {
    const found = rule.value.statutoryRange[index];
    if (!found) throw new Error(`${type.code} has no statutory branch ${index}`);
    return found;
  };
  return {
    violationCode: type.code,
    version: 1,
    effectiveFrom: rule.effectiveFrom,
    issuer: seedBenchmarkIssuer,
    tiers: plan(branch),
  };
}

export const seedBenchmarks: Benchmark[] = seedViolationTypes.flatMap((type) => {
  const plan = tierPlans[type.code];
  return plan ? [seedBenchmark(type, plan)] : [];
});
