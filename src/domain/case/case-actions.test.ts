import { describe, expect, it } from 'vitest';
import type { Role } from '../role.js';
import {
  expectedSteps,
  nextActions,
  stagesAwaiting,
  stepsAwaiting,
  type CaseActionFacts,
} from './case-actions.js';
import { allowedActions, caseStages, type CaseAction, type CaseStage } from './case-stage.js';

const ME = 'officer-me';
const COLLEAGUE = 'officer-colleague';

function facts(
  stage: CaseStage,
  roles: readonly Role[],
  overrides: Partial<CaseActionFacts> = {},
): CaseActionFacts {
  return {
    stage,
    roles,
    officerId: roles.includes('officer') ? ME : null,
    caseOfficerIds: [ME, COLLEAGUE],
    pendingDeadlines: [],
    today: '2026-11-23',
    ...overrides,
  };
}

function actionOf(input: CaseActionFacts, action: CaseAction) {
  const found = nextActions(input).find((next) => next.action === action);
  if (!found) throw new Error(`${action} is not allowed in ${input.stage}`);
  return found;
}

const notOnCase = { caseOfficerIds: [COLLEAGUE, 'officer-third'] };

describe('下一步操作：阶段允许的每一步都列出', () => {
  it.each(caseStages.map((stage) => [stage]))('%s：与阶段流转表一致', (stage) => {
    const listed = nextActions(facts(stage, ['officer'])).map((next) => next.action);
    expect([...listed].sort()).toEqual([...allowedActions(stage)].sort());
  });

  it.each(caseStages.map((stage) => [stage]))('%s：应办步骤都是阶段允许的步骤', (stage) => {
    const allowed = allowedActions(stage);
    expect(expectedSteps[stage].every((action) => allowed.includes(action))).toBe(true);
  });

  it('应办步骤排在其他可选步骤之前', () => {
    const listed = nextActions(facts('investigating', ['officer']));
    expect(listed[0]).toMatchObject({ action: 'closeInvestigation', expected: true });
    expect(listed.slice(1).every((next) => !next.expected)).toBe(true);
  });

  it('已归档的案件没有下一步', () => {
    expect(nextActions(facts('archived', ['approver', 'officer']))).toEqual([]);
  });
});

describe('下一步操作：谁可以办理', () => {
  it.each([
    ['本案执法人员调查终结', 'investigating', ['officer'], {}, 'closeInvestigation'],
    ['本案执法人员送达告知书', 'investigationClosed', ['officer'], {}, 'servePriorNotice'],
    ['本案执法人员送达决定书', 'decided', ['officer'], {}, 'serve'],
    ['本案执法人员修改后重新提请立案', 'lead', ['officer'], {}, 'submitFiling'],
    ['负责人批准立案', 'filingPending', ['approver'], {}, 'approveFiling'],
    ['负责人作出处罚决定', 'awaitingDecision', ['approver'], {}, 'decidePenalty'],
    ['法制审核人员审核', 'legalReview', ['legalReviewer'], {}, 'passLegalReview'],
    ['负责人也可以决定补充调查', 'collectiveDiscussion', ['approver'], {}, 'reopenInvestigation'],
  ] as const)('%s', (_name, stage, roles, overrides, action) => {
    expect(actionOf(facts(stage, roles, overrides), action)).toMatchObject({
      available: true,
      blocker: null,
      reason: null,
    });
  });

  it.each([
    ['执法人员不能批准立案，等待负责人', 'filingPending', ['officer'], 'approveFiling', '负责人'],
    [
      '负责人不能调查终结，等待本案执法人员',
      'investigating',
      ['approver'],
      'closeInvestigation',
      '本案执法人员',
    ],
    ['监督人员不能作出决定', 'awaitingDecision', ['supervisor'], 'decidePenalty', '负责人'],
    ['执法人员不能法制审核', 'legalReview', ['officer'], 'passLegalReview', '法制审核人员'],
  ] as const)('%s', (_name, stage, roles, action, waitingFor) => {
    const next = actionOf(facts(stage, roles), action);
    expect(next).toMatchObject({ available: false, blocker: 'role', article: null });
    expect(next.reason).toContain(`等待${waitingFor}`);
  });

  it('交通运输行政执法程序规定：不是本案执法人员的执法人员不能调查终结', () => {
    const next = actionOf(facts('investigating', ['officer'], notOnCase), 'closeInvestigation');
    expect(next).toMatchObject({ available: false, blocker: 'notCaseOfficer' });
    expect(next.reason).toContain('只有本案执法人员');
  });
});

describe('下一步操作：查处分离', () => {
  const headOnCase = { officerId: ME };
  it.each([
    [
      '交通运输行政执法程序规定第六十三条',
      'filingPending',
      ['approver', 'officer'],
      'approveFiling',
    ],
    [
      '交通运输行政执法程序规定第六十三条',
      'filingPending',
      ['approver', 'officer'],
      'returnFiling',
    ],
    ['行政处罚法第五十八条', 'legalReview', ['legalReviewer', 'officer'], 'passLegalReview'],
    ['行政处罚法第五十八条', 'legalReview', ['legalReviewer', 'officer'], 'rejectLegalReview'],
    ['行政处罚法第五十七条', 'awaitingDecision', ['approver', 'officer'], 'decidePenalty'],
    ['行政处罚法第五十七条', 'collectiveDiscussion', ['approver', 'officer'], 'decideNoPenalty'],
    ['行政处罚法第五十七条', 'investigating', ['approver', 'officer'], 'transfer'],
  ] as const)('%s：本案执法人员不能 %s 阶段的 %s', (article, stage, roles, action) => {
    const next = actionOf(facts(stage, roles, headOnCase), action);
    expect(next).toMatchObject({ available: false, blocker: 'caseOfficer', article });
    expect(next.reason).toContain('查处分离');
    expect(next.reason).toContain(article);
  });

  it('交通运输行政执法程序规定第六十三条：同一负责人不是本案执法人员时可以批准立案', () => {
    const next = actionOf(
      facts('filingPending', ['approver', 'officer'], notOnCase),
      'approveFiling',
    );
    expect(next.available).toBe(true);
  });

  it('兼任负责人的本案执法人员仍可以办理调查步骤', () => {
    const next = actionOf(
      facts('collectiveDiscussion', ['approver', 'officer']),
      'reopenInvestigation',
    );
    expect(next.available).toBe(true);
  });
});

describe('下一步操作：等待法定期间届满', () => {
  const hearingWindow = {
    pendingDeadlines: [{ kind: 'hearingRequest' as const, due: '2026-11-27' }],
  };

  it('行政处罚法第六十四条：要求听证的期限届满前不结束陈述申辩期', () => {
    const next = actionOf(
      facts('priorNoticeServed', ['officer'], hearingWindow),
      'closeStatementPeriod',
    );
    expect(next).toMatchObject({
      available: false,
      blocker: 'waiting',
      article: '行政处罚法第六十四条',
    });
    expect(next.reason).toContain('2026-11-27');
  });

  it('行政处罚法第六十四条：期限最后一日过后可以结束', () => {
    const next = actionOf(
      facts('priorNoticeServed', ['officer'], { ...hearingWindow, today: '2026-11-28' }),
      'closeStatementPeriod',
    );
    expect(next.available).toBe(true);
  });

  it('行政处罚法第六十四条：角色不符时先说明角色', () => {
    const next = actionOf(
      facts('priorNoticeServed', ['approver'], hearingWindow),
      'closeStatementPeriod',
    );
    expect(next.blocker).toBe('role');
  });
});

describe('待办：案件在等谁办理', () => {
  it.each([
    [['officer'], ['lead', 'investigating', 'decided', 'served', 'closed']],
    [['approver'], ['filingPending', 'awaitingDecision', 'collectiveDiscussion']],
    [['legalReviewer'], ['legalReview']],
  ] as const)('%o 的待办阶段包含 %o', (roles, stages) => {
    expect(stagesAwaiting(roles)).toEqual(expect.arrayContaining([...stages]));
  });

  it('监督人员没有应办步骤', () => {
    expect(stagesAwaiting(['supervisor'])).toEqual([]);
  });

  it('负责人不收到本案执法人员应办的归档待办，虽然他也可以归档', () => {
    const input = facts('closed', ['approver']);
    expect(actionOf(input, 'archive').available).toBe(true);
    expect(stepsAwaiting(input)).toEqual([]);
    expect(stepsAwaiting(facts('closed', ['officer'])).map((n) => n.action)).toEqual(['archive']);
  });

  it('撤销、移送等可选步骤不是待办', () => {
    expect(stepsAwaiting(facts('investigating', ['approver']))).toEqual([]);
  });

  it('交通运输行政执法程序规定第六十三条：本案执法人员兼任负责人时，立案审批不是他的待办', () => {
    expect(stepsAwaiting(facts('filingPending', ['approver', 'officer']))).toEqual([]);
    expect(stepsAwaiting(facts('filingPending', ['approver'])).map((next) => next.action)).toEqual([
      'approveFiling',
    ]);
  });

  it('行政处罚法第六十四条：听证申请期限未届满时不提醒结束陈述申辩期', () => {
    const waiting = facts('priorNoticeServed', ['officer'], {
      pendingDeadlines: [{ kind: 'hearingRequest', due: '2026-11-27' }],
    });
    expect(stepsAwaiting(waiting)).toEqual([]);
  });
});
