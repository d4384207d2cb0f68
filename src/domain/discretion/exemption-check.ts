import type { NoPenaltyGround } from '../case/no-penalty.js';
import type { RuleViolation } from '../rule-violation.js';
import {
  exemptionListLabels,
  type ConditionConfirmation,
  type ExemptionCondition,
  type ExemptionEntry,
} from './exemption-list.js';

export type ExemptionCode =
  | 'EXEMPTION_NOT_FOR_VIOLATION'
  | 'EXEMPTION_CONDITION_UNCONFIRMED'
  | 'EXEMPTION_EVIDENCE_MISSING'
  | 'NOT_FIRST_VIOLATION';

/** What a list entry is checked against on a case. */
export interface ExemptionClaim {
  entry: ExemptionEntry;
  violationCode: string;
  confirmations: readonly ConditionConfirmation[];
  /** The party's earlier cases of the same violation in scope; none means 初次违法. */
  priorCaseNumbers: readonly string[];
  caseEvidenceIds: ReadonlySet<string>;
}

function listArticle(entry: ExemptionEntry): string {
  return entry.list === 'noPenalty' ? '行政处罚法第三十三条第一款' : '行政处罚法第三十二条';
}

function conditionViolation(
  claim: ExemptionClaim,
  condition: ExemptionCondition,
): RuleViolation<ExemptionCode> | null {
  const article = listArticle(claim.entry);
  if (condition.kind === 'firstViolation') {
    if (claim.priorCaseNumbers.length === 0) return null;
    return {
      code: 'NOT_FIRST_VIOLATION',
      article,
      message: `当事人不是初次违法：本机关管辖范围内已有同类违法案件（${claim.priorCaseNumbers.join('、')}），不适用“${condition.text}”`,
    };
  }
  const confirmation = claim.confirmations.find((c) => c.conditionCode === condition.code);
  if (!confirmation) {
    return {
      code: 'EXEMPTION_CONDITION_UNCONFIRMED',
      article,
      message: `清单所列条件须同时满足，“${condition.text}”尚未确认`,
    };
  }
  const proven = confirmation.evidenceIds.filter((id) => claim.caseEvidenceIds.has(id));
  if (proven.length === 0 || proven.length !== confirmation.evidenceIds.length) {
    return {
      code: 'EXEMPTION_EVIDENCE_MISSING',
      article,
      message: `请为“${condition.text}”选择本案已登记的证据`,
    };
  }
  return null;
}

/**
 * A list entry applies only when it names the violation and every one of its conditions is
 * confirmed with the case's evidence, 初次违法 being decided from the party's history.
 */
export function exemptionViolations(claim: ExemptionClaim): RuleViolation<ExemptionCode>[] {
  const { entry } = claim;
  if (!entry.violationCodes.includes(claim.violationCode)) {
    return [
      {
        code: 'EXEMPTION_NOT_FOR_VIOLATION',
        article: listArticle(entry),
        message: `“${entry.matter}”不适用于本案的违法行为，请选择${exemptionListLabels[entry.list]}清单中与本案违法行为对应的事项`,
      },
    ];
  }
  return entry.conditions
    .map((condition) => conditionViolation(claim, condition))
    .filter((violation) => violation !== null);
}

/** The 不予处罚 ground an applied 不予处罚清单 entry gives the decision (第三十三条第一款). */
export function exemptionGround(entry: ExemptionEntry): NoPenaltyGround | null {
  if (entry.list !== 'noPenalty') return null;
  return entry.conditions.some((condition) => condition.kind === 'firstViolation')
    ? 'firstViolation'
    : 'minorViolation';
}
