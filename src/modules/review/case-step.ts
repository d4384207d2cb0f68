import { AppError } from '../../domain/app-error.js';
import { caseStageLabels, type CaseStage } from '../../domain/case/case-stage.js';
import type { RuleViolation } from '../../domain/rule-violation.js';
import type { CaseWithAgency } from '../case/case.repository.js';

export interface EarliestDate {
  date: string;
  label: string;
}

/**
 * A date the user enters for something that has happened: not after today, and not before the
 * step it follows (a notice is not served before the investigation closed).
 */
export function assertPastDate(
  field: string,
  label: string,
  date: string,
  today: string,
  earliest: EarliestDate | null,
): void {
  const problem =
    date > today
      ? `${label}不能晚于今天（${today}）`
      : earliest && date < earliest.date
        ? `${label}不能早于${earliest.label}（${earliest.date}）`
        : null;
  if (problem)
    throw new AppError('VALIDATION_FAILED', problem, [{ path: field, message: problem }]);
}

/** A step that is not an action of the stage machine, refused outside the stages it belongs to. */
export function stageViolation(
  penaltyCase: CaseWithAgency,
  stages: readonly CaseStage[],
  step: string,
  advice: string,
): RuleViolation<'ILLEGAL_STAGE_TRANSITION'> | null {
  const stage = penaltyCase.stage as CaseStage;
  if (stages.includes(stage)) return null;
  const rule = '交通运输行政执法程序规定';
  return {
    code: 'ILLEGAL_STAGE_TRANSITION',
    article: rule,
    message: `案件处于“${caseStageLabels[stage]}”阶段，不能${step}（${rule}）。${advice}。`,
  };
}
