import type { EnforcementCategory } from '../certificate.js';
import type { Dated } from '../law/applicable-version.js';
import type { Citation } from '../law/citation.js';
import type { Condition } from './condition.js';
import type { PenaltySpec } from './penalty-rule.js';

/**
 * One branch of the 法定幅度: the penalty the article sets where its condition holds, e.g.
 * 道路运输条例第六十三条第一项 「违法所得超过1万元的 … 处违法所得1倍以上5倍以下的罚款」.
 * Branches are tried in order; the first whose condition holds applies.
 */
export interface StatutoryBranch {
  when: Condition;
  penalty: PenaltySpec;
  /** The article's own words for this branch. */
  text: string;
}

/** What the law says of a violation type during one period (a version of the rule). */
export interface ViolationRule {
  /** 违反条款: the provisions breached. */
  violated: Citation[];
  /** 处罚依据: the provisions that set the penalty. */
  penaltyBasis: Citation[];
  statutoryRange: StatutoryBranch[];
  /** 简易程序 possible (行政处罚法第五十一条) for some outcome of this violation. */
  summaryAllowed: boolean;
}

/** 违法行为 / 执法事项 in the catalogue. */
export interface ViolationType {
  /** Stable code, e.g. 'RT-63-1' (道路运输条例第六十三条第一项). */
  code: string;
  name: string;
  category: EnforcementCategory;
  rules: Dated<ViolationRule>[];
}
