import { describe, expect, it } from 'vitest';
import {
  assertTransition,
  caseStages,
  caseTransitions,
  nextStages,
  stageAfter,
  type CaseAction,
  type CaseStage,
} from './case-stage.js';

describe('交通运输行政执法程序规定：案件阶段流转表', () => {
  it.each(caseTransitions.map((t) => [t.from, t.action, t.to] as const))(
    '交通运输行政执法程序规定：%s 经 %s 到 %s',
    (from, action, to) => {
      expect(assertTransition(from, action)).toBeNull();
      expect(stageAfter(from, action)).toBe(to);
    },
  );

  it('交通运输行政执法程序规定：每个阶段都能从线索到达，只有归档是终点', () => {
    const reached = new Set<CaseStage>(['lead']);
    for (let grew = true; grew;) {
      const before = reached.size;
      for (const stage of [...reached]) nextStages(stage).forEach((next) => reached.add(next));
      grew = reached.size > before;
    }
    expect([...reached].sort()).toEqual([...caseStages].sort());
    expect(caseStages.filter((stage) => nextStages(stage).length === 0)).toEqual(['archived']);
  });

  it.each([
    ['lead', ['filingPending', 'dismissed', 'transferred']],
    ['investigationClosed', ['priorNoticeServed', 'decided', 'transferred', 'investigating']],
    ['transferred', ['archived', 'investigating']],
    ['archived', []],
  ] as const)('交通运输行政执法程序规定：%s 的下一阶段', (stage, expected) => {
    expect(nextStages(stage)).toEqual(expected);
  });

  it('行政处罚法第六十二条：任何通向处罚决定的路径都经过告知', () => {
    const withoutNotice = new Set<CaseStage>(['lead']);
    for (let grew = true; grew;) {
      const before = withoutNotice.size;
      for (const t of caseTransitions) {
        if (withoutNotice.has(t.from) && t.to !== 'priorNoticeServed') withoutNotice.add(t.to);
      }
      grew = withoutNotice.size > before;
    }
    const decidesWithoutNotice = caseTransitions.filter(
      (t) => t.action === 'decidePenalty' && withoutNotice.has(t.from),
    );
    expect(decidesWithoutNotice).toEqual([]);
  });
});

describe('案件阶段：不允许的流转', () => {
  it.each([
    ['行政处罚法第六十二条', 'lead', 'decidePenalty', 'DECISION_WITHOUT_PRIOR_NOTICE'],
    ['行政处罚法第六十二条', 'investigating', 'decidePenalty', 'DECISION_WITHOUT_PRIOR_NOTICE'],
    [
      '行政处罚法第六十二条',
      'investigationClosed',
      'decidePenalty',
      'DECISION_WITHOUT_PRIOR_NOTICE',
    ],
    [
      '行政处罚法第五十七条',
      'investigating',
      'decideNoPenalty',
      'DECISION_BEFORE_INVESTIGATION_CLOSED',
    ],
    ['行政处罚法第五十八条', 'legalReview', 'decidePenalty', 'DECISION_BEFORE_LEGAL_REVIEW_PASSED'],
    [
      '行政处罚法第五十八条',
      'legalReview',
      'decideNoPenalty',
      'DECISION_BEFORE_LEGAL_REVIEW_PASSED',
    ],
    ['交通运输行政执法程序规定', 'lead', 'approveFiling', 'ILLEGAL_STAGE_TRANSITION'],
    ['交通运输行政执法程序规定', 'decided', 'decidePenalty', 'ILLEGAL_STAGE_TRANSITION'],
    ['交通运输行政执法程序规定', 'investigating', 'serve', 'ILLEGAL_STAGE_TRANSITION'],
    ['交通运输行政执法程序规定', 'served', 'archive', 'ILLEGAL_STAGE_TRANSITION'],
    ['交通运输行政执法程序规定', 'archived', 'reopenInvestigation', 'ILLEGAL_STAGE_TRANSITION'],
  ] as const satisfies readonly (readonly [string, CaseStage, CaseAction, string])[])(
    '%s：%s 不能 %s（%s）',
    (article, from, action, code) => {
      const violation = assertTransition(from, action);
      expect(violation).toMatchObject({ code, article });
      expect(violation?.message).toContain(article);
      expect(stageAfter(from, action)).toBeNull();
    },
  );

  it('交通运输行政执法程序规定：拒绝时说明当前可以办理的事项', () => {
    expect(assertTransition('decided', 'close')?.message).toBe(
      '案件处于“已决定”阶段，不能结案（交通运输行政执法程序规定）。当前可以：送达决定书。',
    );
    expect(assertTransition('archived', 'close')?.message).toContain('该案件已办结');
  });
});
