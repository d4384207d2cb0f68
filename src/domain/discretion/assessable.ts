import type { CaseStage } from '../case/case-stage.js';

/** 裁量 is made after 立案, and made again as facts change, until the decision. */
const assessableStages: readonly CaseStage[] = [
  'investigating',
  'investigationClosed',
  'priorNoticeServed',
  'statementPeriod',
  'awaitingDecision',
  'legalReview',
  'collectiveDiscussion',
];

export function isAssessable(stage: CaseStage): boolean {
  return assessableStages.includes(stage);
}
