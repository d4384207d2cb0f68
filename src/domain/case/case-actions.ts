import { roleLabels, type Role } from '../role.js';
import type { DeadlineKind } from './case-deadlines.js';
import { allowedActions, caseActionLabels, type CaseAction, type CaseStage } from './case-stage.js';

/**
 * Who may take a step of a case. `caseOfficer: 'only'`: one of the case's officers (the
 * investigators). `'never'`: someone who is not one of them — 查处分离, the investigator does
 * not approve, review or decide their own case.
 */
interface Duty {
  role: Role;
  caseOfficer: 'only' | 'never';
  /** Why a case officer may not act, for `'never'`. */
  article?: string;
}

const investigators: Duty = { role: 'officer', caseOfficer: 'only' };
const head = (article?: string): Duty => ({
  role: 'approver',
  caseOfficer: 'never',
  ...(article ? { article } : {}),
});

const legalReviewer: Duty = {
  role: 'legalReviewer',
  caseOfficer: 'never',
  article: '行政处罚法第五十八条',
};

const filingApproval = '交通运输行政执法程序规定第六十三条';
const headDecision = '行政处罚法第五十七条';

/** The first duty of each step is its owner's; any other is someone who may also take it. */
export const caseActionDuties: Record<CaseAction, readonly [Duty, ...Duty[]]> = {
  submitFiling: [investigators],
  returnFiling: [head(filingApproval)],
  approveFiling: [head(filingApproval)],
  dismiss: [head(headDecision)],
  transfer: [head(headDecision)],
  receiveReturnedCase: [investigators],
  closeInvestigation: [investigators],
  reopenInvestigation: [investigators, head(headDecision)],
  servePriorNotice: [investigators],
  openStatement: [investigators],
  closeStatementPeriod: [investigators],
  requestLegalReview: [investigators],
  passLegalReview: [legalReviewer],
  rejectLegalReview: [legalReviewer],
  returnLegalReview: [legalReviewer],
  requestCollectiveDiscussion: [investigators, head('行政处罚法第五十七条第二款')],
  decidePenalty: [head(headDecision)],
  decideNoPenalty: [head(headDecision)],
  serve: [investigators],
  startExecution: [investigators],
  close: [investigators, head()],
  archive: [investigators, head()],
};

/**
 * The step the procedure expects next at each stage; the other allowed actions are side exits
 * (撤销立案, 移送, 补充调查 …). A case waiting on someone's expected step is on their 待办.
 */
export const expectedSteps: Record<CaseStage, readonly CaseAction[]> = {
  lead: ['submitFiling'],
  filingPending: ['approveFiling'],
  investigating: ['closeInvestigation'],
  investigationClosed: ['servePriorNotice'],
  priorNoticeServed: ['closeStatementPeriod'],
  statementPeriod: ['closeStatementPeriod'],
  awaitingDecision: ['decidePenalty', 'decideNoPenalty'],
  legalReview: ['passLegalReview', 'returnLegalReview', 'rejectLegalReview'],
  collectiveDiscussion: ['decidePenalty', 'decideNoPenalty'],
  decided: ['serve'],
  served: ['startExecution', 'close'],
  executing: [],
  closed: ['archive'],
  dismissed: ['archive'],
  transferred: ['archive'],
  archived: [],
};

/** A period the law leaves to the party: the step waits until it has run out. */
const waitingPeriods: readonly {
  actions: readonly CaseAction[];
  kind: DeadlineKind;
  waitingFor: string;
  article: string;
}[] = [
  {
    actions: ['closeStatementPeriod'],
    kind: 'hearingRequest',
    waitingFor: '当事人要求听证的期限届满',
    article: '行政处罚法第六十四条',
  },
];

export interface CaseActionFacts {
  stage: CaseStage;
  roles: readonly Role[];
  /** The user's officer, if they are one. */
  officerId: string | null;
  caseOfficerIds: readonly string[];
  /** The case's pending deadlines (a waiting period is pending until its last day has passed). */
  pendingDeadlines: readonly { kind: DeadlineKind; due: string }[];
  today: string;
}

/**
 * Why the user cannot take a step now: `role` (no role for it), `notCaseOfficer` (only the
 * case's officers may), `caseOfficer` (查处分离: a case officer may not), `waiting` (a period
 * the law leaves to the party has not run out).
 */
export type ActionBlocker = 'role' | 'notCaseOfficer' | 'caseOfficer' | 'waiting';

export interface NextAction {
  action: CaseAction;
  label: string;
  /** The step the procedure expects next, rather than a side exit. */
  expected: boolean;
  available: boolean;
  blocker: ActionBlocker | null;
  /** Chinese, for the user: why not, and whom the step waits for. */
  reason: string | null;
  article: string | null;
}

/** Every action the case's stage allows, each marked available to this user or not, and why. */
export function nextActions(facts: CaseActionFacts): NextAction[] {
  const expected = expectedSteps[facts.stage];
  return allowedActions(facts.stage)
    .map((action) => ({ action, refusal: refusal(action, facts) }))
    .map(({ action, refusal }) => ({
      action,
      label: caseActionLabels[action],
      expected: expected.includes(action),
      available: refusal === null,
      blocker: refusal?.blocker ?? null,
      reason: refusal?.reason ?? null,
      article: refusal?.article ?? null,
    }))
    .sort((a, b) => Number(b.expected) - Number(a.expected));
}

interface Refusal {
  blocker: ActionBlocker;
  reason: string;
  article: string | null;
}

function refusal(action: CaseAction, facts: CaseActionFacts): Refusal | null {
  const duties = caseActionDuties[action];
  const isCaseOfficer = facts.officerId !== null && facts.caseOfficerIds.includes(facts.officerId);
  const held = duties.filter((duty) => facts.roles.includes(duty.role));
  if (held.length === 0) return roleRefusal(action, duties);
  const fulfilled = held.find((duty) => fulfils(duty, isCaseOfficer));
  if (!fulfilled) return caseOfficerRefusal(action, held[0]!);
  return waitingRefusal(action, facts);
}

function fulfils(duty: Duty, isCaseOfficer: boolean): boolean {
  return duty.caseOfficer === 'only' ? isCaseOfficer : !isCaseOfficer;
}

function actors(duties: readonly Duty[]): string {
  return duties
    .map((duty) => (duty.caseOfficer === 'only' ? '本案执法人员' : roleLabels[duty.role]))
    .join('或');
}

function roleRefusal(action: CaseAction, duties: readonly Duty[]): Refusal {
  const who = actors(duties);
  return {
    blocker: 'role',
    reason: `等待${who}${caseActionLabels[action]}（您的角色不能办理此步骤）`,
    article: null,
  };
}

function caseOfficerRefusal(action: CaseAction, duty: Duty): Refusal {
  const label = caseActionLabels[action];
  if (duty.caseOfficer === 'only') {
    return {
      blocker: 'notCaseOfficer',
      reason: `只有本案执法人员可以${label}，您不是本案执法人员`,
      article: null,
    };
  }
  const article = duty.article ?? null;
  return {
    blocker: 'caseOfficer',
    reason: `您是本案执法人员，不能${label}：查处分离，应由本案执法人员以外的${roleLabels[duty.role]}办理${article ? `（${article}）` : ''}`,
    article,
  };
}

function waitingRefusal(action: CaseAction, facts: CaseActionFacts): Refusal | null {
  for (const period of waitingPeriods) {
    if (!period.actions.includes(action)) continue;
    const running = facts.pendingDeadlines.find(
      (deadline) => deadline.kind === period.kind && deadline.due >= facts.today,
    );
    if (running) {
      return {
        blocker: 'waiting',
        reason: `等待${period.waitingFor}（${running.due}，${period.article}）`,
        article: period.article,
      };
    }
  }
  return null;
}

function isOfficerOfCase(facts: CaseActionFacts): boolean {
  return facts.officerId !== null && facts.caseOfficerIds.includes(facts.officerId);
}

function owner(action: CaseAction): Duty {
  return caseActionDuties[action][0];
}

/** The stages in which the case waits for a step owned by one of these roles. */
export function stagesAwaiting(roles: readonly Role[]): CaseStage[] {
  return (Object.keys(expectedSteps) as CaseStage[]).filter((stage) =>
    expectedSteps[stage].some((action) => roles.includes(owner(action).role)),
  );
}

/**
 * The expected steps the case waits for this user to take: available to them and theirs to
 * own (the head may also archive a file, but the 待办 goes to the case officers).
 */
export function stepsAwaiting(facts: CaseActionFacts): NextAction[] {
  const isCaseOfficer = isOfficerOfCase(facts);
  return nextActions(facts).filter((next) => {
    const duty = owner(next.action);
    return (
      next.expected &&
      next.available &&
      facts.roles.includes(duty.role) &&
      fulfils(duty, isCaseOfficer)
    );
  });
}
