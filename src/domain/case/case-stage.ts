import type { RuleViolation } from '../rule-violation.js';

/**
 * Stages of a penalty case (案件阶段), the ordinary procedure from 线索 to 归档 in order, then
 * the two side exits. A transfer decision (行政处罚法第五十七条第一款第四项) goes straight to
 * `transferred`: nothing is served or executed by this agency afterwards.
 */
export const caseStages = [
  'lead',
  'filingPending',
  'investigating',
  'investigationClosed',
  'priorNoticeServed',
  'statementPeriod',
  'awaitingDecision',
  'legalReview',
  'collectiveDiscussion',
  'decided',
  'served',
  'executing',
  'closed',
  'archived',
  'dismissed',
  'transferred',
] as const;
export type CaseStage = (typeof caseStages)[number];

export const caseStageLabels: Record<CaseStage, string> = {
  lead: '线索',
  filingPending: '立案待批',
  investigating: '已立案（调查取证）',
  investigationClosed: '调查终结',
  priorNoticeServed: '已告知',
  statementPeriod: '陈述申辩/听证期',
  awaitingDecision: '待决定',
  legalReview: '法制审核',
  collectiveDiscussion: '集体讨论',
  decided: '已决定',
  served: '已送达',
  executing: '执行中',
  closed: '已结案',
  archived: '已归档',
  dismissed: '不予立案/撤销立案',
  transferred: '已移送',
};

export const caseActions = [
  'submitFiling',
  'returnFiling',
  'approveFiling',
  'dismiss',
  'transfer',
  'receiveReturnedCase',
  'closeInvestigation',
  'reopenInvestigation',
  'servePriorNotice',
  'openStatement',
  'closeStatementPeriod',
  'requestLegalReview',
  'passLegalReview',
  'rejectLegalReview',
  'returnLegalReview',
  'requestCollectiveDiscussion',
  'decidePenalty',
  'decideNoPenalty',
  'serve',
  'startExecution',
  'close',
  'archive',
] as const;
export type CaseAction = (typeof caseActions)[number];

export const caseActionLabels: Record<CaseAction, string> = {
  submitFiling: '提请立案',
  returnFiling: '退回立案申请',
  approveFiling: '批准立案',
  dismiss: '不予立案/撤销立案',
  transfer: '移送',
  receiveReturnedCase: '接收退回的移送案件',
  closeInvestigation: '调查终结',
  reopenInvestigation: '补充调查',
  servePriorNotice: '送达违法行为通知书（告知）',
  openStatement: '受理陈述申辩或听证申请',
  closeStatementPeriod: '结束陈述申辩/听证期',
  requestLegalReview: '提交法制审核',
  passLegalReview: '法制审核通过',
  rejectLegalReview: '法制审核不通过',
  returnLegalReview: '法制审核退回修改',
  requestCollectiveDiscussion: '提交集体讨论',
  decidePenalty: '作出行政处罚决定',
  decideNoPenalty: '作出不予行政处罚决定',
  serve: '送达决定书',
  startExecution: '开始执行',
  close: '结案',
  archive: '归档',
};

export interface CaseTransition {
  from: CaseStage;
  action: CaseAction;
  to: CaseStage;
}

/**
 * Every allowed move. 法制审核 and 集体讨论 come after the statement period, right before the
 * decision: 行政处罚法第五十八条第一款第二项 reviews cases "经过听证程序的", and 第五十七条第二款
 * makes 集体讨论 the act of deciding. Whether a case needs them is judged elsewhere; this table
 * only guarantees that every path to `decidePenalty` passes through 告知 (第六十二条).
 */
export const caseTransitions: readonly CaseTransition[] = [
  { from: 'lead', action: 'submitFiling', to: 'filingPending' },
  { from: 'lead', action: 'dismiss', to: 'dismissed' },
  { from: 'lead', action: 'transfer', to: 'transferred' },
  { from: 'filingPending', action: 'approveFiling', to: 'investigating' },
  { from: 'filingPending', action: 'returnFiling', to: 'lead' },
  { from: 'filingPending', action: 'dismiss', to: 'dismissed' },
  { from: 'investigating', action: 'closeInvestigation', to: 'investigationClosed' },
  { from: 'investigating', action: 'dismiss', to: 'dismissed' },
  { from: 'investigating', action: 'transfer', to: 'transferred' },
  { from: 'investigationClosed', action: 'servePriorNotice', to: 'priorNoticeServed' },
  { from: 'investigationClosed', action: 'decideNoPenalty', to: 'decided' },
  { from: 'investigationClosed', action: 'transfer', to: 'transferred' },
  { from: 'investigationClosed', action: 'reopenInvestigation', to: 'investigating' },
  { from: 'priorNoticeServed', action: 'openStatement', to: 'statementPeriod' },
  { from: 'priorNoticeServed', action: 'closeStatementPeriod', to: 'awaitingDecision' },
  { from: 'statementPeriod', action: 'closeStatementPeriod', to: 'awaitingDecision' },
  { from: 'statementPeriod', action: 'reopenInvestigation', to: 'investigating' },
  { from: 'awaitingDecision', action: 'requestLegalReview', to: 'legalReview' },
  { from: 'awaitingDecision', action: 'requestCollectiveDiscussion', to: 'collectiveDiscussion' },
  { from: 'awaitingDecision', action: 'decidePenalty', to: 'decided' },
  { from: 'awaitingDecision', action: 'decideNoPenalty', to: 'decided' },
  { from: 'awaitingDecision', action: 'transfer', to: 'transferred' },
  { from: 'awaitingDecision', action: 'servePriorNotice', to: 'priorNoticeServed' },
  { from: 'awaitingDecision', action: 'reopenInvestigation', to: 'investigating' },
  { from: 'legalReview', action: 'passLegalReview', to: 'awaitingDecision' },
  { from: 'legalReview', action: 'rejectLegalReview', to: 'investigating' },
  // 建议修改后提交: the officers revise the proposal and submit it for another round.
  { from: 'legalReview', action: 'returnLegalReview', to: 'awaitingDecision' },
  { from: 'legalReview', action: 'servePriorNotice', to: 'priorNoticeServed' },
  { from: 'collectiveDiscussion', action: 'decidePenalty', to: 'decided' },
  { from: 'collectiveDiscussion', action: 'decideNoPenalty', to: 'decided' },
  { from: 'collectiveDiscussion', action: 'transfer', to: 'transferred' },
  { from: 'collectiveDiscussion', action: 'reopenInvestigation', to: 'investigating' },
  { from: 'decided', action: 'serve', to: 'served' },
  { from: 'served', action: 'startExecution', to: 'executing' },
  { from: 'served', action: 'close', to: 'closed' },
  { from: 'executing', action: 'close', to: 'closed' },
  { from: 'closed', action: 'archive', to: 'archived' },
  { from: 'dismissed', action: 'archive', to: 'archived' },
  { from: 'transferred', action: 'archive', to: 'archived' },
  // 行政处罚法第二十七条: the judicial organs send back cases that still deserve a penalty.
  { from: 'transferred', action: 'receiveReturnedCase', to: 'investigating' },
];

export type CaseStageRuleCode =
  | 'DECISION_WITHOUT_PRIOR_NOTICE'
  | 'DECISION_BEFORE_INVESTIGATION_CLOSED'
  | 'DECISION_BEFORE_LEGAL_REVIEW_PASSED'
  | 'ILLEGAL_STAGE_TRANSITION';

/** Refusals that a specific article explains; any other refusal cites the procedure rule. */
const refusalsWithArticle: readonly {
  actions: readonly CaseAction[];
  /** The refusal applies from these stages, i.e. before the step the article requires. */
  from: readonly CaseStage[];
  code: CaseStageRuleCode;
  article: string;
  reason: string;
}[] = [
  {
    actions: ['decidePenalty'],
    from: ['lead', 'filingPending', 'investigating', 'investigationClosed'],
    code: 'DECISION_WITHOUT_PRIOR_NOTICE',
    article: '行政处罚法第六十二条',
    reason:
      '作出行政处罚决定前，必须告知当事人拟作出的处罚内容及事实、理由、依据和陈述、申辩、要求听证的权利',
  },
  {
    actions: ['decideNoPenalty'],
    from: ['lead', 'filingPending', 'investigating'],
    code: 'DECISION_BEFORE_INVESTIGATION_CLOSED',
    article: '行政处罚法第五十七条',
    reason: '调查终结后，才能由负责人审查调查结果并作出决定',
  },
  {
    actions: ['decidePenalty', 'decideNoPenalty'],
    from: ['legalReview'],
    code: 'DECISION_BEFORE_LEGAL_REVIEW_PASSED',
    article: '行政处罚法第五十八条',
    reason: '案件已提交法制审核，未经法制审核或者审核未通过的，不得作出决定',
  },
];

const proceduralRule = '交通运输行政执法程序规定';

export function stageAfter(from: CaseStage, action: CaseAction): CaseStage | null {
  return caseTransitions.find((t) => t.from === from && t.action === action)?.to ?? null;
}

export function allowedActions(stage: CaseStage): CaseAction[] {
  return caseTransitions.filter((t) => t.from === stage).map((t) => t.action);
}

export function nextStages(stage: CaseStage): CaseStage[] {
  const targets = caseTransitions.filter((t) => t.from === stage).map((t) => t.to);
  return [...new Set(targets)];
}

export function assertTransition(
  from: CaseStage,
  action: CaseAction,
): RuleViolation<CaseStageRuleCode> | null {
  if (stageAfter(from, action) !== null) return null;
  const refusal = refusalsWithArticle.find(
    (r) => r.actions.includes(action) && r.from.includes(from),
  );
  const where = `案件处于“${caseStageLabels[from]}”阶段，不能${caseActionLabels[action]}`;
  if (refusal) {
    return {
      code: refusal.code,
      article: refusal.article,
      message: `${where}：${refusal.reason}（${refusal.article}）。`,
    };
  }
  return {
    code: 'ILLEGAL_STAGE_TRANSITION',
    article: proceduralRule,
    message: `${where}（${proceduralRule}）。${whatCanBeDone(from)}`,
  };
}

function whatCanBeDone(stage: CaseStage): string {
  const actions = allowedActions(stage).map((action) => caseActionLabels[action]);
  return actions.length === 0 ? '该案件已办结，不能再办理。' : `当前可以：${actions.join('、')}。`;
}
