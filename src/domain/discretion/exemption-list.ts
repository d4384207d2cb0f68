import type { Citation } from '../law/citation.js';

/** 不予处罚清单, 从轻处罚清单, 减轻处罚清单 (行政处罚法第三十二条、第三十三条). */
export const exemptionLists = ['noPenalty', 'lighter', 'mitigated'] as const;
export type ExemptionList = (typeof exemptionLists)[number];

export const exemptionListLabels: Record<ExemptionList, string> = {
  noPenalty: '不予处罚',
  lighter: '从轻处罚',
  mitigated: '减轻处罚',
};

/**
 * One condition of a list entry. `confirmed` conditions are confirmed by the officer with
 * evidence; `firstViolation` (初次违法) is decided by the system from the party's history
 * across the agency's scope, by credit code, ID number or plate.
 */
export interface ExemptionCondition {
  code: string;
  text: string;
  kind: 'confirmed' | 'firstViolation';
}

/** A list entry: every condition must hold (适用条件需同时满足). */
export interface ExemptionEntry {
  code: string;
  list: ExemptionList;
  /** 事项名称 */
  matter: string;
  violationCodes: string[];
  legalBasis: Citation[];
  conditions: ExemptionCondition[];
  note?: string;
}

/** The officer's confirmation of one condition, with the evidence items that prove it. */
export interface ConditionConfirmation {
  conditionCode: string;
  evidenceIds: string[];
  note?: string;
}
