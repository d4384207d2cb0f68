import type { PenaltyKind } from '../case/penalty.js';
import { formatCitation } from '../law/citation.js';
import type { RuleViolation } from '../rule-violation.js';
import type { DiscretionAssessment } from './assessment.js';
import type { FenRange } from './penalty-rule.js';

const ARTICLE = '行政处罚法第二十九条';

function basisOf(assessment: DiscretionAssessment): string {
  return assessment.rule.penaltyBasis.map(formatCitation).join('、');
}

/** Compare the statutory fines: the higher maximum, then the higher minimum; no fine is 0. */
function finesHigher(a: FenRange | null, b: FenRange | null): boolean {
  const first = a ?? { minFen: 0, maxFen: 0 };
  const second = b ?? { minFen: 0, maxFen: 0 };
  return (
    first.maxFen > second.maxFen || (first.maxFen === second.maxFen && first.minFen > second.minFen)
  );
}

/**
 * 行政处罚法第二十九条: one act that breaches several provisions each punishing it with a
 * fine is fined once, under the provision whose fine is higher. `assessments` are those of
 * one act, at least one.
 */
export function oneActOneFine(assessments: readonly DiscretionAssessment[]): {
  governing: DiscretionAssessment;
  reasons: string[];
} {
  const [first, ...rest] = assessments;
  if (!first) throw new Error('oneActOneFine needs the assessment of at least one provision');
  const governing = rest.reduce(
    (highest, next) =>
      finesHigher(next.statutory.rangeFen, highest.statutory.rangeFen) ? next : highest,
    first,
  );
  const others = assessments.filter((assessment) => assessment !== governing);
  const reasons =
    others.length === 0
      ? []
      : [
          `同一个违法行为违反多个法律规范应当给予罚款处罚的，按照罚款数额高的规定处罚（${ARTICLE}）：依据${basisOf(governing)}对“${governing.violationName}”处罚`,
          ...others.map(
            (other) => `不再依据${basisOf(other)}对“${other.violationName}”另行罚款（${ARTICLE}）`,
          ),
        ];
  return { governing, reasons };
}

/** 第二十九条: no two fines for the same act, whatever provisions the penalties cite. */
export function oneActFineViolations(
  penalties: readonly { violationName: string; kinds: readonly PenaltyKind[] }[],
): RuleViolation<'DOUBLE_FINE_FOR_ONE_ACT'>[] {
  const fined = penalties.filter((penalty) => penalty.kinds.includes('fine'));
  if (fined.length < 2) return [];
  const names = fined.map((penalty) => `“${penalty.violationName}”`).join('、');
  return [
    {
      code: 'DOUBLE_FINE_FOR_ONE_ACT',
      article: ARTICLE,
      message: `同一个违法行为不得给予两次以上罚款：${names}均拟罚款，请按照罚款数额高的规定只罚款一次`,
    },
  ];
}
