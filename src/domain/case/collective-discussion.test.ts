import { describe, expect, it } from 'vitest';
import { discussionGate, discussionParticipantsViolation } from './collective-discussion.js';

describe('集体讨论', () => {
  it.each([
    ['不需要集体讨论、未讨论', false, null, 'penalty', []],
    ['需要集体讨论、未讨论', true, null, 'penalty', ['COLLECTIVE_DISCUSSION_MISSING']],
    ['讨论决定处罚、作出处罚决定', true, 'penalty', 'penalty', []],
    [
      '讨论决定不予处罚、作出处罚决定',
      true,
      'noPenalty',
      'penalty',
      ['DECISION_CONTRARY_TO_DISCUSSION'],
    ],
    [
      '讨论决定补充调查、作出不予处罚决定',
      false,
      'furtherInvestigation',
      'noPenalty',
      ['DECISION_CONTRARY_TO_DISCUSSION'],
    ],
  ] as const)('行政处罚法第五十七条第二款：%s', (_case, required, conclusion, decision, codes) => {
    const violations = discussionGate(required, conclusion, decision);
    expect(violations.map((violation) => violation.code)).toEqual(codes);
  });

  it.each([
    [1, 'COLLECTIVE_DISCUSSION_TOO_FEW'],
    [2, null],
    [5, null],
  ] as const)('行政处罚法第五十七条第二款：%i 名负责人参加', (count, code) => {
    expect(discussionParticipantsViolation(count)?.code ?? null).toBe(code);
  });
});
