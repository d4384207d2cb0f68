import type { Condition } from './condition.js';
import type { PenaltySpec } from './penalty-rule.js';

/** A 裁量阶次: its name as the province writes it, its 情形, and the penalty it prescribes. */
export interface Tier {
  /** 轻微 / 一般 / 较重 / 严重, or the province's own words. */
  name: string;
  /** The 情形 in the province's words. */
  circumstance: string;
  when: Condition;
  penalty: PenaltySpec;
}

/**
 * 行政处罚裁量基准 for one violation type (行政处罚法第三十四条), one version of it. Tiers are
 * tried in order; the first whose condition holds is the case's tier.
 */
export interface Benchmark {
  violationCode: string;
  version: number;
  effectiveFrom: string;
  effectiveTo?: string | null;
  /** Who issued it, e.g. 「某省交通运输厅」. */
  issuer: string;
  tiers: Tier[];
}
