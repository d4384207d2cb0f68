import { noPenaltyGroundRules, type NoPenaltyGround } from '../case/no-penalty.js';
import { formatYuan } from '../case/penalty.js';
import {
  chooseApplicableVersion,
  isRuleViolation,
  versionInForce,
  type ApplicableVersion,
  type Dated,
} from '../law/applicable-version.js';
import { formatCitation, type Citation } from '../law/citation.js';
import type { RuleViolation } from '../rule-violation.js';
import type { DiscretionAssessment, MitigationEffect } from './assessment.js';
import type { Benchmark, Tier } from './benchmark.js';
import { mandatoryMitigations, type CaseFacts, type MandatoryMitigation } from './case-facts.js';
import {
  heldConditions,
  traceCondition,
  unenteredFactNotes,
  type ConditionTrace,
} from './condition-check.js';
import { describeCondition } from './condition-text.js';
import {
  concretePenalty,
  describeFenRange,
  type ConcretePenalty,
  type TonneRounding,
} from './fine-range.js';
import type { FenRange } from './penalty-rule.js';
import { describePenaltySpec } from './penalty-text.js';
import type { StatutoryBranch, ViolationRule, ViolationType } from './violation-type.js';

export interface DiscretionInput {
  violation: ViolationType;
  /** The published benchmark versions; those of other violation types are ignored. */
  benchmarks: readonly (Benchmark & { id: string })[];
  facts: CaseFacts;
  options: { overloadTonneRounding: TonneRounding };
}

export type DiscretionViolationCode =
  'NO_RULE_IN_FORCE_AT_ACT' | 'NO_STATUTORY_BRANCH' | 'TIER_OUTSIDE_STATUTORY_RANGE';

interface Measured<T> {
  source: T;
  trace: ConditionTrace;
  penalty: ConcretePenalty;
  /** 「未录入…」 notes for the facts the conditions spoke of that were left blank. */
  unentered: string[];
}

/** What the statute and the benchmark set before the party's circumstances are weighed. */
interface Selection {
  benchmark: Benchmark | null;
  tier: Measured<Tier> | null;
  kinds: DiscretionAssessment['kinds'];
  rangeFen: FenRange | null;
  /** Who set `rangeFen`: the tier, or the article when no tier applies. */
  rangeSource: string;
  reasons: string[];
}

const zeroRange: FenRange = { minFen: 0, maxFen: 0 };

/**
 * The discretion engine: the rule version (从旧兼从轻), the statutory branch, the benchmark
 * version and tier, the range and suggested fine, then the mandatory circumstances of
 * 行政处罚法第三十条至第三十二条 — every step explained in `reasons`.
 */
export function assessDiscretion(
  input: DiscretionInput,
): DiscretionAssessment | RuleViolation<DiscretionViolationCode>[] {
  const { violation, facts } = input;
  const rounding = input.options.overloadTonneRounding;
  const ruleChoice = chooseApplicableVersion(
    violation.rules,
    facts.actDate,
    facts.decisionDate,
    (later, earlier) =>
      isLighter(
        measureBranch(later, facts, rounding)?.penalty ?? null,
        measureBranch(earlier, facts, rounding)?.penalty ?? null,
      ),
  );
  if (isRuleViolation(ruleChoice)) return [ruleChoice];
  const rule = ruleChoice.version.value;
  const statutory = measureBranch(rule, facts, rounding);
  if (!statutory) {
    return ruleChoice.version === versionInForce(violation.rules, facts.actDate)
      ? [noBranchViolation(violation, rule)]
      : noLongerPunished(violation, ruleChoice);
  }
  const selection = selectTier(input, rule, statutory);
  if ('code' in selection) return [selection];
  return assemble(violation, ruleChoice, statutory, selection, facts);
}

/**
 * 第三十七条's "lighter", compared on the fine: a lower maximum, or the same maximum and a
 * lower minimum. No fine counts as a fine of 0, and a rule that no longer punishes (null) is
 * the lightest of all.
 */
function isLighter(later: ConcretePenalty | null, earlier: ConcretePenalty | null): boolean {
  if (!later) return earlier !== null;
  if (!earlier) return false;
  const laterRange = later.rangeFen ?? zeroRange;
  const earlierRange = earlier.rangeFen ?? zeroRange;
  return (
    laterRange.maxFen < earlierRange.maxFen ||
    (laterRange.maxFen === earlierRange.maxFen && laterRange.minFen < earlierRange.minFen)
  );
}

/** The first branch of the 法定幅度 whose condition holds. */
function measureBranch(
  rule: ViolationRule,
  facts: CaseFacts,
  rounding: TonneRounding,
): Measured<StatutoryBranch> | null {
  return firstHolding(rule.statutoryRange, facts, rounding);
}

/**
 * The first candidate whose condition holds. `unentered` also names the blank facts of the
 * candidates tried before it, since a blank fact may be why they did not hold.
 */
function firstHolding<T extends StatutoryBranch | Tier>(
  candidates: readonly T[],
  facts: CaseFacts,
  rounding: TonneRounding,
): Measured<T> | null {
  const tried: ConditionTrace[] = [];
  for (const source of candidates) {
    const trace = traceCondition(source.when, facts);
    tried.push(trace);
    if (trace.holds) {
      const penalty = concretePenalty(source.penalty, facts, rounding);
      return { source, trace, penalty, unentered: unenteredFactNotes(tried) };
    }
  }
  return null;
}

function citations(list: readonly Citation[]): string {
  return list.map(formatCitation).join('、');
}

function noBranchViolation(
  violation: ViolationType,
  rule: ViolationRule,
): RuleViolation<'NO_STATUTORY_BRANCH'> {
  return {
    code: 'NO_STATUTORY_BRANCH',
    article: citations(rule.penaltyBasis),
    message: `本案事实不符合${citations(rule.penaltyBasis)}规定的任何处罚情形，不能据此对“${violation.name}”裁量，请核对录入的案件事实`,
  };
}

/** 第三十七条: the rule in force at the decision no longer punishes the act. */
function noLongerPunished(
  violation: ViolationType,
  ruleChoice: ApplicableVersion<ViolationRule>,
): DiscretionAssessment {
  const rule = ruleChoice.version.value;
  return {
    violationCode: violation.code,
    violationName: violation.name,
    rule: ruleView(ruleChoice),
    statutory: {
      text: '作出决定时施行的规定对本案情形不再处罚',
      penalty: { kinds: [] },
      rangeFen: null,
    },
    benchmark: null,
    tier: null,
    outcome: 'noPenalty',
    mitigation: 'noPenalty',
    kinds: [],
    rangeFen: null,
    suggestedFineFen: 0,
    reasons: [
      ruleChoice.reason,
      `${citations(rule.penaltyBasis)}（${ruleChoice.version.effectiveFrom}起施行）对本案情形不再处罚，不予行政处罚（行政处罚法第三十七条）`,
    ],
  };
}

function ruleView(ruleChoice: ApplicableVersion<ViolationRule>): DiscretionAssessment['rule'] {
  const rule = ruleChoice.version.value;
  return {
    effectiveFrom: ruleChoice.version.effectiveFrom,
    violated: rule.violated,
    penaltyBasis: rule.penaltyBasis,
    choice: ruleChoice.reason,
  };
}

function benchmarkName(benchmark: Benchmark): string {
  return `${benchmark.issuer}行政处罚裁量基准（第${benchmark.version}版）`;
}

function tierLabel(benchmark: Benchmark, tier: Tier): string {
  return `${benchmarkName(benchmark)}“${tier.name}”阶次`;
}

/** The benchmark version for the act, with 第三十七条 between its versions as between rules. */
function chooseBenchmark(
  input: DiscretionInput,
): ApplicableVersion<Benchmark> | RuleViolation<'NO_RULE_IN_FORCE_AT_ACT'> {
  const { violation, facts } = input;
  const rounding = input.options.overloadTonneRounding;
  const versions: Dated<Benchmark>[] = input.benchmarks
    .filter((benchmark) => benchmark.violationCode === violation.code)
    .map((benchmark) => ({
      effectiveFrom: benchmark.effectiveFrom,
      effectiveTo: benchmark.effectiveTo,
      value: benchmark,
    }));
  return chooseApplicableVersion(versions, facts.actDate, facts.decisionDate, (later, earlier) => {
    const laterTier = firstHolding(later.tiers, facts, rounding);
    const earlierTier = firstHolding(earlier.tiers, facts, rounding);
    return (
      laterTier !== null &&
      earlierTier !== null &&
      isLighter(laterTier.penalty, earlierTier.penalty)
    );
  });
}

function selectTier(
  input: DiscretionInput,
  rule: ViolationRule,
  statutory: Measured<StatutoryBranch>,
): Selection | RuleViolation<'TIER_OUTSIDE_STATUTORY_RANGE'> {
  const fallback: Selection = {
    benchmark: null,
    tier: null,
    kinds: statutory.penalty.kinds,
    rangeFen: statutory.penalty.rangeFen,
    rangeSource: citations(rule.penaltyBasis),
    reasons: [],
  };
  const choice = chooseBenchmark(input);
  if (isRuleViolation(choice)) {
    const reason = `违法行为发生时没有施行中的“${input.violation.name}”裁量基准，在法定幅度内裁量（行政处罚法第三十四条）`;
    return { ...fallback, reasons: [reason] };
  }
  const benchmark = choice.version.value;
  const chosen = `${benchmarkName(benchmark)}：${choice.reason}`;
  const tier = firstHolding(benchmark.tiers, input.facts, input.options.overloadTonneRounding);
  if (!tier) {
    const reason = `${benchmarkName(benchmark)}没有与本案情形相符的裁量阶次，在法定幅度内裁量`;
    return { ...fallback, benchmark, reasons: [chosen, reason] };
  }
  const rangeFen = clipToStatute(tier.penalty.rangeFen, statutory.penalty.rangeFen);
  if (rangeFen === 'outside') return tierOutsideViolation(benchmark, tier, statutory);
  return {
    benchmark,
    tier,
    kinds: tier.penalty.kinds,
    rangeFen,
    rangeSource: tierLabel(benchmark, tier.source),
    reasons: [chosen, ...tierReasons(benchmark, tier, rangeFen)],
  };
}

/**
 * The tier's range inside the statutory one; a tier wholly outside it is a data error that
 * the benchmark's issuer must correct, not something the officer can decide.
 */
function clipToStatute(
  tier: FenRange | null,
  statute: FenRange | null,
): FenRange | null | 'outside' {
  const tierRange = tier ?? zeroRange;
  const statuteRange = statute ?? zeroRange;
  if (tierRange.maxFen < statuteRange.minFen || tierRange.minFen > statuteRange.maxFen) {
    return 'outside';
  }
  if (!tier) return null;
  return {
    minFen: Math.max(tierRange.minFen, statuteRange.minFen),
    maxFen: Math.min(tierRange.maxFen, statuteRange.maxFen),
  };
}

function tierOutsideViolation(
  benchmark: Benchmark,
  tier: Measured<Tier>,
  statutory: Measured<StatutoryBranch>,
): RuleViolation<'TIER_OUTSIDE_STATUTORY_RANGE'> {
  return {
    code: 'TIER_OUTSIDE_STATUTORY_RANGE',
    article: '行政处罚法第三十四条',
    message: `${tierLabel(benchmark, tier.source)}对本案为${tier.penalty.measure}，在法定幅度（${statutory.penalty.measure}）之外；裁量基准只能在法定幅度内细化，请由制定机关更正该基准`,
  };
}

function tierReasons(
  benchmark: Benchmark,
  tier: Measured<Tier>,
  rangeFen: FenRange | null,
): string[] {
  const label = tierLabel(benchmark, tier.source);
  const held = heldConditions(tier.trace);
  const found = held.length > 0 ? `；本案符合：${held.join('、')}` : '';
  const clipped =
    tier.penalty.rangeFen &&
    rangeFen &&
    (rangeFen.minFen !== tier.penalty.rangeFen.minFen ||
      rangeFen.maxFen !== tier.penalty.rangeFen.maxFen)
      ? [
          `${label}超出法定幅度的部分不适用，罚款幅度为${describeFenRange(rangeFen)}（行政处罚法第三十四条）`,
        ]
      : [];
  return [
    `适用${label}：${tier.source.circumstance}（适用条件：${describeCondition(tier.source.when)}${found}）`,
    ...tier.unentered.map((note) => `${note}（${label}）`),
    `${label}处罚标准：${describePenaltySpec(tier.source.penalty)}；本案为${tier.penalty.measure}`,
    ...clipped,
  ];
}

function statutoryReasons(rule: ViolationRule, statutory: Measured<StatutoryBranch>): string[] {
  const basis = citations(rule.penaltyBasis);
  const held = heldConditions(statutory.trace);
  const found = held.length > 0 ? `（本案符合：${held.join('、')}）` : '';
  return [
    `违反${citations(rule.violated)}，依据${basis}：“${statutory.source.text}”${found}`,
    ...statutory.unentered.map((note) => `${note}（${basis}）`),
    `法定幅度：${statutory.penalty.measure}（${basis}）`,
  ];
}

/**
 * The suggested fine is the midpoint of the range, rounded to whole yuan (and kept inside
 * the range), or the exact amount when the range is one sum.
 */
function midpointFine(range: FenRange | null): number {
  if (!range) return 0;
  if (range.minFen === range.maxFen) return range.minFen;
  const midpointFen = Math.round((range.minFen + range.maxFen) / 200) * 100;
  return Math.min(Math.max(midpointFen, range.minFen), range.maxFen);
}

function suggestionReason(range: FenRange | null, suggestedFen: number, source: string): string {
  if (!range) return `不处罚款（${source}）`;
  if (range.minFen === range.maxFen) {
    return `建议罚款${formatYuan(suggestedFen)}：${source}规定的确定数额`;
  }
  return `建议罚款${formatYuan(suggestedFen)}：取${source}罚款幅度${describeFenRange(range)}的中间值，取整到元`;
}

/** 行政处罚法第三十条、第三十一条: the party is not punished at all. */
function noPenaltyGround(facts: CaseFacts): NoPenaltyGround | null {
  if (facts.partyKind === 'citizen' && facts.partyAge != null && facts.partyAge < 14) {
    return 'underFourteen';
  }
  return facts.mentalCapacity === 'none' ? 'mentalIncapacity' : null;
}

/** 第三十二条's circumstances, with 第三十条's minor of 14 to 17 whether ticked or derived from the age. */
function mandatoryGrounds(facts: CaseFacts): MandatoryMitigation[] {
  const minorByAge =
    facts.partyKind === 'citizen' &&
    facts.partyAge != null &&
    facts.partyAge >= 14 &&
    facts.partyAge < 18;
  const grounds = new Set<MandatoryMitigation>(facts.mitigations);
  if (minorByAge) grounds.add('minor');
  return [...grounds];
}

interface Weighed {
  outcome: DiscretionAssessment['outcome'];
  noPenaltyGround?: NoPenaltyGround;
  mitigation: MitigationEffect;
  kinds: DiscretionAssessment['kinds'];
  rangeFen: FenRange | null;
  suggestedFineFen: number;
  reasons: string[];
}

function weighCircumstances(
  selection: Selection,
  statutoryRange: FenRange | null,
  facts: CaseFacts,
): Weighed {
  const ground = noPenaltyGround(facts);
  if (ground) {
    const { label, article } = noPenaltyGroundRules[ground];
    return {
      outcome: 'noPenalty',
      noPenaltyGround: ground,
      mitigation: 'noPenalty',
      kinds: [],
      rangeFen: null,
      suggestedFineFen: 0,
      reasons: [`${label}，不予行政处罚（${article}）`],
    };
  }
  const partialCapacity =
    facts.mentalCapacity === 'partial'
      ? [
          '当事人是尚未完全丧失辨认或者控制自己行为能力的精神病人、智力残疾人，可以从轻或者减轻处罚（行政处罚法第三十一条）',
        ]
      : [];
  const grounds = mandatoryGrounds(facts);
  if (grounds.length === 0) {
    const suggestedFineFen = midpointFine(selection.rangeFen);
    return {
      outcome: 'penalty',
      mitigation: 'none',
      kinds: selection.kinds,
      rangeFen: selection.rangeFen,
      suggestedFineFen,
      reasons: [
        ...partialCapacity,
        suggestionReason(selection.rangeFen, suggestedFineFen, selection.rangeSource),
      ],
    };
  }
  const lighter = lighterPenalty(selection, statutoryRange, grounds);
  return { ...lighter, reasons: [...partialCapacity, ...lighter.reasons] };
}

/**
 * 应当从轻: the fine goes down to between the statutory minimum and the lowest the tier would
 * give, and the suggestion is that minimum. 减轻 below the statutory minimum is the agency's
 * decision, with 法制审核; the engine only says it is possible.
 */
function lighterPenalty(
  selection: Selection,
  statutoryRange: FenRange | null,
  grounds: MandatoryMitigation[],
): Weighed {
  const articles = [...new Set(grounds.map((ground) => mandatoryMitigations[ground].article))];
  const circumstances = grounds.map((ground) => mandatoryMitigations[ground].label).join('；');
  const rangeFen =
    selection.rangeFen && statutoryRange
      ? { minFen: statutoryRange.minFen, maxFen: selection.rangeFen.minFen }
      : selection.rangeFen;
  const suggestedFineFen = rangeFen?.minFen ?? 0;
  const cited = articles.join('、');
  const lighter = rangeFen
    ? `应当从轻处罚：罚款幅度为法定最低数额至${selection.rangeSource}的最低数额，即${describeFenRange(rangeFen)}，建议罚款${formatYuan(suggestedFineFen)}（${cited}）`
    : `应当从轻处罚（${cited}）`;
  return {
    outcome: 'penalty',
    mitigation: 'lighter',
    kinds: selection.kinds,
    rangeFen,
    suggestedFineFen,
    reasons: [
      `当事人${circumstances}（${cited}）`,
      lighter,
      `确需减轻处罚、低于法定最低数额的，应当写明理由，并经法制审核（${cited}）`,
    ],
  };
}

function assemble(
  violation: ViolationType,
  ruleChoice: ApplicableVersion<ViolationRule>,
  statutory: Measured<StatutoryBranch>,
  selection: Selection,
  facts: CaseFacts,
): DiscretionAssessment {
  const rule = ruleChoice.version.value;
  const weighed = weighCircumstances(selection, statutory.penalty.rangeFen, facts);
  const { benchmark, tier } = selection;
  return {
    violationCode: violation.code,
    violationName: violation.name,
    rule: ruleView(ruleChoice),
    statutory: {
      text: statutory.source.text,
      penalty: statutory.source.penalty,
      rangeFen: statutory.penalty.rangeFen,
    },
    benchmark: benchmark
      ? {
          violationCode: benchmark.violationCode,
          version: benchmark.version,
          issuer: benchmark.issuer,
        }
      : null,
    tier: tier
      ? {
          name: tier.source.name,
          circumstance: tier.source.circumstance,
          conditions: heldConditions(tier.trace),
        }
      : null,
    outcome: weighed.outcome,
    ...(weighed.noPenaltyGround ? { noPenaltyGround: weighed.noPenaltyGround } : {}),
    mitigation: weighed.mitigation,
    kinds: weighed.kinds,
    rangeFen: weighed.rangeFen,
    suggestedFineFen: weighed.suggestedFineFen,
    reasons: [
      ruleChoice.reason,
      ...statutoryReasons(rule, statutory),
      ...selection.reasons,
      ...weighed.reasons,
    ],
  };
}
