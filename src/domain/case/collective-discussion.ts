import type { RuleViolation } from '../rule-violation.js';

/** What the heads concluded (行政处罚法第五十七条第一款's four outcomes, or more investigation). */
export const discussionConclusions = [
  'penalty',
  'noPenalty',
  'transfer',
  'furtherInvestigation',
] as const;
export type DiscussionConclusion = (typeof discussionConclusions)[number];

export const discussionConclusionLabels: Record<DiscussionConclusion, string> = {
  penalty: '给予行政处罚',
  noPenalty: '不予行政处罚',
  transfer: '移送司法机关',
  furtherInvestigation: '补充调查',
};

/** Heads who decide together: one person alone is not a collective discussion. */
export const minimumDiscussionParticipants = 2;

const article57 = '行政处罚法第五十七条第二款';

export function discussionParticipantsViolation(
  count: number,
): RuleViolation<'COLLECTIVE_DISCUSSION_TOO_FEW'> | null {
  if (count >= minimumDiscussionParticipants) return null;
  return {
    code: 'COLLECTIVE_DISCUSSION_TOO_FEW',
    article: article57,
    message: `集体讨论应当由行政机关负责人集体进行，至少 ${minimumDiscussionParticipants} 名负责人参加，请补充参加人员`,
  };
}

export type DiscussionGateCode =
  'COLLECTIVE_DISCUSSION_MISSING' | 'DECISION_CONTRARY_TO_DISCUSSION';

/**
 * For a complex or major case the heads decide collectively, so the decision must exist and
 * follow what they concluded. `conclusion` is that of the latest discussion, or null.
 */
export function discussionGate(
  required: boolean,
  conclusion: DiscussionConclusion | null,
  decision: 'penalty' | 'noPenalty',
): RuleViolation<DiscussionGateCode>[] {
  if (conclusion === null) {
    return required
      ? [
          {
            code: 'COLLECTIVE_DISCUSSION_MISSING',
            article: article57,
            message:
              '本案情节复杂或者属于重大违法行为，应当由行政机关负责人集体讨论决定，请先组织集体讨论并记录',
          },
        ]
      : [];
  }
  if (conclusion === decision) return [];
  return [
    {
      code: 'DECISION_CONTRARY_TO_DISCUSSION',
      article: article57,
      message: `集体讨论的结论是“${discussionConclusionLabels[conclusion]}”，不能作出“${discussionConclusionLabels[decision]}”的决定；如情况有变，请重新集体讨论`,
    },
  ];
}
