import type { RuleViolation } from '../rule-violation.js';

/** One version of a rule with the dates it was in force (`effectiveTo` is the last day). */
export interface Dated<T> {
  effectiveFrom: string;
  effectiveTo?: string | null;
  value: T;
}

export interface ApplicableVersion<T> {
  version: Dated<T>;
  /** Why this version: in force at the act, or the later lighter one (第三十七条). */
  reason: string;
}

export function versionInForce<T>(versions: readonly Dated<T>[], date: string): Dated<T> | null {
  const inForce = versions.filter(
    (v) => v.effectiveFrom <= date && (v.effectiveTo == null || date <= v.effectiveTo),
  );
  return inForce.sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
}

/**
 * 从旧兼从轻 (行政处罚法第三十七条): the rule in force when the act happened applies, unless the
 * rule in force at the decision is lighter or no longer treats the act as unlawful. A later
 * rule that no longer punishes is passed as `null` from `isLighter`'s point of view: callers
 * decide lightness, since only they know what the rule's penalty is.
 */
export function chooseApplicableVersion<T>(
  versions: readonly Dated<T>[],
  actDate: string,
  decisionDate: string,
  isLighter: (later: T, earlier: T) => boolean,
): ApplicableVersion<T> | RuleViolation<'NO_RULE_IN_FORCE_AT_ACT'> {
  const atAct = versionInForce(versions, actDate);
  if (!atAct) {
    return {
      code: 'NO_RULE_IN_FORCE_AT_ACT',
      article: '行政处罚法第三十七条',
      message: `违法行为发生时（${actDate}）没有有效的规定，不能据此处罚`,
    };
  }
  const atDecision = versionInForce(versions, decisionDate);
  if (atDecision && atDecision !== atAct && isLighter(atDecision.value, atAct.value)) {
    return {
      version: atDecision,
      reason: `违法行为发生时（${actDate}）适用${atAct.effectiveFrom}起施行的规定；作出决定时（${decisionDate}）${atDecision.effectiveFrom}起施行的规定处罚较轻，依照行政处罚法第三十七条从轻适用新规定`,
    };
  }
  return {
    version: atAct,
    reason: `适用违法行为发生时（${actDate}）有效的规定（${atAct.effectiveFrom}起施行，行政处罚法第三十七条）`,
  };
}

export function isRuleViolation<T>(
  choice: ApplicableVersion<T> | RuleViolation,
): choice is RuleViolation {
  return 'code' in choice;
}
