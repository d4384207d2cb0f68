import { flagFacts, quantityFacts, type CaseFacts } from './case-facts.js';
import type { Comparison, Condition } from './condition.js';
import { describeCondition } from './condition-text.js';

/** A comparison or a flag: the conditions a combination is made of. */
export type LeafCondition = Extract<Condition, { fact: unknown } | { flag: unknown }>;

/** One leaf of a condition as judged on the facts; `entered` is false for a fact left blank. */
export interface LeafJudgement {
  condition: LeafCondition;
  held: boolean;
  entered: boolean;
}

export interface ConditionTrace {
  holds: boolean;
  leaves: LeafJudgement[];
}

const comparisons: Record<Comparison, (fact: number, value: number) => boolean> = {
  lt: (fact, value) => fact < value,
  lte: (fact, value) => fact <= value,
  gt: (fact, value) => fact > value,
  gte: (fact, value) => fact >= value,
  eq: (fact, value) => fact === value,
};

/** A quantity not entered counts as 0 and a flag not entered as false. */
function judgeLeaf(condition: LeafCondition, facts: CaseFacts): LeafJudgement {
  if ('fact' in condition) {
    const entered = facts.quantities[condition.fact];
    const held = comparisons[condition.op](entered ?? 0, condition.value);
    return { condition, held, entered: entered !== undefined };
  }
  const entered = facts.flags[condition.flag];
  return { condition, held: (entered ?? false) === condition.is, entered: entered !== undefined };
}

/**
 * Judges every leaf (no short cut), so that the explanation can name each fact the
 * condition spoke of, whether or not it decided the outcome.
 */
export function traceCondition(condition: Condition, facts: CaseFacts): ConditionTrace {
  if ('fact' in condition || 'flag' in condition) {
    const leaf = judgeLeaf(condition, facts);
    return { holds: leaf.held, leaves: [leaf] };
  }
  const parts = ('all' in condition ? condition.all : condition.any).map((part) =>
    traceCondition(part, facts),
  );
  const holds =
    'all' in condition ? parts.every((part) => part.holds) : parts.some((part) => part.holds);
  return { holds, leaves: parts.flatMap((part) => part.leaves) };
}

export function conditionHolds(condition: Condition, facts: CaseFacts): boolean {
  return traceCondition(condition, facts).holds;
}

/** The leaf conditions that held, as text: why a tier or branch was selected. */
export function heldConditions(trace: ConditionTrace): string[] {
  return trace.leaves.filter((leaf) => leaf.held).map((leaf) => describeCondition(leaf.condition));
}

/** 「未录入“违法所得”，按0元计」 for each fact the conditions speak of that was left blank. */
export function unenteredFactNotes(traces: readonly ConditionTrace[]): string[] {
  const notes = traces
    .flatMap((trace) => trace.leaves)
    .filter((leaf) => !leaf.entered)
    .map(({ condition }) =>
      'fact' in condition
        ? `未录入“${quantityFacts[condition.fact].label}”，按0${quantityFacts[condition.fact].unit}计`
        : `未录入“${flagFacts[condition.flag]}”，按不具有该情节计`,
    );
  return [...new Set(notes)];
}
