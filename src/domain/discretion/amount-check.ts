import { noPenaltyGroundRules } from '../case/no-penalty.js';
import { formatYuan, type PenaltyKind } from '../case/penalty.js';
import { formatCitation } from '../law/citation.js';
import type { RuleViolation } from '../rule-violation.js';
import type { DiscretionAssessment } from './assessment.js';
import { describeFenRange } from './fine-range.js';

export type PenaltyCheckCode =
  | 'BENCHMARK_DEVIATION_REASON_MISSING'
  | 'NO_PENALTY_REQUIRED'
  | 'MITIGATION_REQUIRED'
  | 'ABOVE_STATUTORY_RANGE';

/** The penalty an officer proposes, or a head decides, for the assessed violation. */
export interface PenaltyProposal {
  kinds: readonly PenaltyKind[];
  fineFen: number;
}

/** A fine the assessment's range does not cover: written reasons and 法制审核 are needed. */
export function outsideBenchmark(assessment: DiscretionAssessment, fineFen: number): boolean {
  const range = assessment.rangeFen;
  if (!range) return fineFen > 0;
  return fineFen < range.minFen || fineFen > range.maxFen;
}

/**
 * A proposed or decided penalty against the assessment. Above the statutory maximum is never
 * allowed, nor above the 从轻 range when the law obliges 从轻; below the range (减轻 included)
 * and any other departure from the benchmark are allowed with a written reason.
 */
export function penaltyViolations(
  assessment: DiscretionAssessment,
  proposal: PenaltyProposal,
  deviationReason: string | null,
): RuleViolation<PenaltyCheckCode>[] {
  if (assessment.outcome === 'noPenalty') {
    return proposal.kinds.length > 0 ? [noPenaltyRequired(assessment)] : [];
  }
  if (!proposal.kinds.includes('fine')) return [];
  const statutoryMaxFen = assessment.statutory.rangeFen?.maxFen ?? 0;
  if (proposal.fineFen > statutoryMaxFen)
    return [aboveStatutoryRange(assessment, proposal.fineFen)];
  const range = assessment.rangeFen;
  if (assessment.mitigation === 'lighter' && range && proposal.fineFen > range.maxFen) {
    return [mitigationRequired(assessment, proposal.fineFen)];
  }
  if (outsideBenchmark(assessment, proposal.fineFen) && (deviationReason ?? '').trim() === '') {
    return [deviationReasonMissing(assessment, proposal.fineFen)];
  }
  return [];
}

function noPenaltyRequired(assessment: DiscretionAssessment): RuleViolation<'NO_PENALTY_REQUIRED'> {
  const ground = assessment.noPenaltyGround;
  const { label, article } = ground
    ? noPenaltyGroundRules[ground]
    : { label: '作出决定时施行的规定对本案情形不再处罚', article: '行政处罚法第三十七条' };
  return {
    code: 'NO_PENALTY_REQUIRED',
    article,
    message: `${label}，依照${article}不予行政处罚，不能拟定或者作出处罚`,
  };
}

function aboveStatutoryRange(
  assessment: DiscretionAssessment,
  fineFen: number,
): RuleViolation<'ABOVE_STATUTORY_RANGE'> {
  const basis = assessment.rule.penaltyBasis.map(formatCitation).join('、');
  const statutory = assessment.statutory.rangeFen;
  const limit = statutory ? `法定最高数额${formatYuan(statutory.maxFen)}` : '法定处罚不含罚款';
  return {
    code: 'ABOVE_STATUTORY_RANGE',
    article: basis,
    message: `拟罚款${formatYuan(fineFen)}超出${basis}的法定幅度（${limit}），任何理由都不能超出法定幅度，请调整罚款数额`,
  };
}

function mitigationRequired(
  assessment: DiscretionAssessment,
  fineFen: number,
): RuleViolation<'MITIGATION_REQUIRED'> {
  return {
    code: 'MITIGATION_REQUIRED',
    article: '行政处罚法第三十二条',
    message: `当事人有应当从轻或者减轻处罚的情形，拟罚款${formatYuan(fineFen)}高于从轻处罚的幅度（${describeFenRange(assessment.rangeFen)}），请在该幅度内或者更低处罚`,
  };
}

function deviationReasonMissing(
  assessment: DiscretionAssessment,
  fineFen: number,
): RuleViolation<'BENCHMARK_DEVIATION_REASON_MISSING'> {
  const { benchmark, tier } = assessment;
  const source =
    benchmark && tier
      ? `${benchmark.issuer}行政处罚裁量基准（第${benchmark.version}版）“${tier.name}”阶次`
      : '法定幅度';
  return {
    code: 'BENCHMARK_DEVIATION_REASON_MISSING',
    article: '行政处罚法第三十四条',
    message: `拟罚款${formatYuan(fineFen)}不在${source}的罚款幅度（${describeFenRange(assessment.rangeFen)}）内，请书面说明理由，案件须经法制审核`,
  };
}
