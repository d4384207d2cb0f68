import type { PenaltyKind } from '../case/penalty.js';
import type { NoPenaltyGround } from '../case/no-penalty.js';
import type { Citation } from '../law/citation.js';
import type { FenRange, PenaltySpec } from './penalty-rule.js';

/** How the mandatory or listed circumstances moved the penalty (第三十条至第三十三条). */
export type MitigationEffect = 'none' | 'lighter' | 'mitigated' | 'noPenalty';

/**
 * What the discretion engine concluded for one violation of a case, with every reason, so
 * the officer and the legal reviewer read the same explanation. Stored with the case; the
 * decision records `benchmark` (id and version) from it.
 */
export interface DiscretionAssessment {
  violationCode: string;
  violationName: string;
  rule: {
    effectiveFrom: string;
    violated: Citation[];
    penaltyBasis: Citation[];
    /** 从旧兼从轻: why this version of the rule (第三十七条). */
    choice: string;
  };
  statutory: { text: string; penalty: PenaltySpec; rangeFen: FenRange | null };
  benchmark: { violationCode: string; version: number; issuer: string } | null;
  tier: { name: string; circumstance: string; conditions: string[] } | null;
  outcome: 'penalty' | 'noPenalty';
  noPenaltyGround?: NoPenaltyGround;
  mitigation: MitigationEffect;
  kinds: PenaltyKind[];
  /** The fine range the decision should keep to, after tier and mitigation; null: no fine. */
  rangeFen: FenRange | null;
  suggestedFineFen: number;
  /** The explanation, one sentence a line, each naming its article or benchmark. */
  reasons: string[];
}
