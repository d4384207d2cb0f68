import { assertNever } from '../app-error.js';
import type { RuleViolation } from '../rule-violation.js';
import type { Tier } from './benchmark.js';
import type { FineRule } from './penalty-rule.js';
import { describePenaltySpec } from './penalty-text.js';
import type { StatutoryBranch, ViolationRule } from './violation-type.js';

export type BenchmarkCheckCode =
  'BENCHMARK_NO_RULE_IN_FORCE' | 'BENCHMARK_TIER_NAME_REPEATED' | 'BENCHMARK_TIER_OUTSIDE_STATUTE';

/** A refusal of one tier (`tierIndex`), or of the benchmark as a whole (`tierIndex` null). */
export interface TierViolation extends RuleViolation<BenchmarkCheckCode> {
  tierIndex: number | null;
}

const ARTICLE = '行政处罚法第三十四条';

/**
 * 行政处罚法第三十四条: a 裁量基准 refines the 法定幅度, it cannot widen it. Each tier's kinds
 * must be kinds the rule prescribes, and its fine must lie inside the widest fine of the same
 * measure that any branch of the rule sets (the tier's own 情形 is the province's words, so it
 * is not matched to a branch). `rule` is the version in force on the benchmark's first day.
 */
export function benchmarkViolations(
  tiers: readonly Tier[],
  rule: ViolationRule | null,
  effectiveFrom: string,
): TierViolation[] {
  if (!rule) {
    const message = `${effectiveFrom}没有施行中的违法行为规定，裁量基准无所依据，请先登记该日施行的规定版本`;
    return [{ code: 'BENCHMARK_NO_RULE_IN_FORCE', article: ARTICLE, message, tierIndex: null }];
  }
  return tiers.flatMap((tier, index) => {
    const found: TierViolation[] = [];
    if (tiers.findIndex((other) => other.name === tier.name) < index) {
      found.push({
        code: 'BENCHMARK_TIER_NAME_REPEATED',
        article: ARTICLE,
        message: `裁量阶次「${tier.name}」重复，同一基准中各阶次的名称应不同`,
        tierIndex: index,
      });
    }
    if (!withinStatute(tier, rule.statutoryRange)) {
      found.push({
        code: 'BENCHMARK_TIER_OUTSIDE_STATUTE',
        article: ARTICLE,
        message: `裁量阶次「${tier.name}」的处罚标准「${describePenaltySpec(tier.penalty)}」超出法定幅度，裁量基准只能在法定幅度内细化，请对照处罚依据调整`,
        tierIndex: index,
      });
    }
    return found;
  });
}

function withinStatute(tier: Tier, branches: readonly StatutoryBranch[]): boolean {
  const prescribed = new Set(branches.flatMap((branch) => branch.penalty.kinds));
  if (!tier.penalty.kinds.every((kind) => prescribed.has(kind))) return false;
  const fine = tier.penalty.fine;
  if (!fine) return true;
  const statutoryFines = branches.flatMap((branch) =>
    branch.penalty.fine ? [branch.penalty.fine] : [],
  );
  return fineWithin(fine, statutoryFines);
}

function fineWithin(fine: FineRule, statutory: readonly FineRule[]): boolean {
  switch (fine.basis) {
    case 'amount': {
      const amounts = statutory.flatMap((s) => (s.basis === 'amount' ? [s] : []));
      return (
        amounts.length > 0 &&
        fine.minFen >= Math.min(...amounts.map((s) => s.minFen)) &&
        fine.maxFen <= Math.max(...amounts.map((s) => s.maxFen))
      );
    }
    case 'gainsMultiple': {
      const multiples = statutory.flatMap((s) => (s.basis === 'gainsMultiple' ? [s] : []));
      return (
        multiples.length > 0 &&
        fine.min >= Math.min(...multiples.map((s) => s.min)) &&
        fine.max <= Math.max(...multiples.map((s) => s.max))
      );
    }
    case 'perExcessTonne':
      // The law fixes the amount per tonne: a tier may only narrow the cap.
      return statutory.some(
        (s) =>
          s.basis === 'perExcessTonne' &&
          s.fenPerTonne === fine.fenPerTonne &&
          s.warningUpToKg === fine.warningUpToKg &&
          fine.capFen <= s.capFen,
      );
    default:
      return assertNever(fine);
  }
}
