import { formatYuan } from '../case/penalty.js';
import type { DiscretionAssessment } from './assessment.js';
import { exemptionGround } from './exemption-check.js';
import { exemptionListLabels, type ExemptionEntry } from './exemption-list.js';
import { describeFenRange } from './fine-range.js';
import type { FenRange } from './penalty-rule.js';

function listName(entry: ExemptionEntry): string {
  return `${exemptionListLabels[entry.list]}清单事项“${entry.matter}”`;
}

function notPunished(
  assessment: DiscretionAssessment,
  entry: ExemptionEntry,
): DiscretionAssessment {
  const ground = exemptionGround(entry) ?? 'minorViolation';
  return {
    ...assessment,
    outcome: 'noPenalty',
    noPenaltyGround: ground,
    mitigation: 'noPenalty',
    kinds: [],
    rangeFen: null,
    suggestedFineFen: 0,
    reasons: [
      ...assessment.reasons,
      `符合${listName(entry)}所列全部条件，依照行政处罚法第三十三条第一款不予行政处罚；应当对当事人进行教育，并记录教育的时间、方式和内容（第三十三条第三款）`,
    ],
  };
}

/**
 * 从轻 (第三十二条) keeps within the statutory range, down to its minimum; 减轻 goes below that
 * minimum, so its range ends there and the suggestion is its middle, to be reasoned and reviewed.
 */
function punishedLess(
  assessment: DiscretionAssessment,
  entry: ExemptionEntry,
): DiscretionAssessment {
  const statutoryMinFen = assessment.statutory.rangeFen?.minFen ?? 0;
  const lowest = assessment.rangeFen?.minFen ?? 0;
  const lighter = entry.list === 'lighter';
  const rangeFen: FenRange = lighter
    ? { minFen: statutoryMinFen, maxFen: lowest }
    : { minFen: 0, maxFen: statutoryMinFen };
  const suggestedFineFen = lighter ? rangeFen.minFen : Math.round(rangeFen.maxFen / 200) * 100;
  const effect = lighter
    ? `从轻处罚，${describeFenRange(rangeFen)}`
    : `减轻处罚，罚款低于法定最低数额${formatYuan(statutoryMinFen)}，须写明理由并经法制审核`;
  return {
    ...assessment,
    mitigation: lighter ? 'lighter' : 'mitigated',
    rangeFen: assessment.rangeFen ? rangeFen : null,
    suggestedFineFen: assessment.rangeFen ? suggestedFineFen : 0,
    reasons: [
      ...assessment.reasons,
      `符合${listName(entry)}所列全部条件：${effect}，建议罚款${formatYuan(suggestedFineFen)}（行政处罚法第三十二条）`,
    ],
  };
}

/**
 * What an applied list entry does to the engine's conclusion, once exemptionViolations found
 * every condition confirmed: 不予处罚, or a range moved down (从轻) or below the minimum (减轻).
 */
export function applyExemption(
  assessment: DiscretionAssessment,
  entry: ExemptionEntry,
): DiscretionAssessment {
  if (assessment.outcome === 'noPenalty') return assessment;
  return entry.list === 'noPenalty'
    ? notPunished(assessment, entry)
    : punishedLess(assessment, entry);
}
