import { AppError } from '../domain/app-error.js';
import type { RuleViolation } from '../domain/rule-violation.js';

/** Refuses the act when any legal rule does; each rule's code travels as a detail's path. */
export function refuseOnViolations(violations: readonly (RuleViolation | null)[]): void {
  const found = violations.filter((violation): violation is RuleViolation => violation !== null);
  if (found.length === 0) return;
  throw new AppError(
    'RULE_VIOLATED',
    found.map((violation) => violation.message).join('\n'),
    found.map((violation) => ({ path: violation.code, message: violation.message })),
  );
}
