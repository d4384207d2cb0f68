import { caseStages, type CaseStage } from './case-stage.js';

/** The case list's three groups: 办理中, 已结案 (ended, with or without a penalty), 已归档. */
export const caseStageGroups = ['open', 'ended', 'archived'] as const;
export type CaseStageGroup = (typeof caseStageGroups)[number];

export const caseStageGroupLabels: Record<CaseStageGroup, string> = {
  open: '办理中',
  ended: '已结案',
  archived: '已归档',
};

const endedStages: readonly CaseStage[] = ['closed', 'dismissed', 'transferred'];

export function stageGroupOf(stage: CaseStage): CaseStageGroup {
  if (stage === 'archived') return 'archived';
  return endedStages.includes(stage) ? 'ended' : 'open';
}

export function stagesIn(group: CaseStageGroup): CaseStage[] {
  return caseStages.filter((stage) => stageGroupOf(stage) === group);
}
