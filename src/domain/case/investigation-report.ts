import type { RuleViolation } from '../rule-violation.js';

export const proposedOutcomes = ['penalty', 'noPenalty'] as const;
export type ProposedOutcome = (typeof proposedOutcomes)[number];

/**
 * 行政处罚法第四十条: no penalty where the facts are unclear or the evidence insufficient, so a
 * report that proposes a penalty names the evidence it rests on.
 */
export function reportViolation(
  outcome: ProposedOutcome,
  evidenceCount: number,
): RuleViolation<'PENALTY_WITHOUT_EVIDENCE'> | null {
  if (outcome !== 'penalty' || evidenceCount > 0) return null;
  return {
    code: 'PENALTY_WITHOUT_EVIDENCE',
    article: '行政处罚法第四十条',
    message:
      '调查终结报告建议给予行政处罚，但没有列明认定违法事实的证据；违法事实不清、证据不足的，不得给予行政处罚，请先登记并列明证据',
  };
}
