import type { RuleViolation } from '../rule-violation.js';
import type { CaseStage } from './case-stage.js';

/** Filed and not yet decided: the ninety days of 第六十条 are running. */
export const undecidedStages: readonly CaseStage[] = [
  'investigating',
  'investigationClosed',
  'priorNoticeServed',
  'statementPeriod',
  'awaitingDecision',
  'legalReview',
  'collectiveDiscussion',
];

/**
 * 行政处罚法第六十条: decide within ninety days of 立案 "法律、法规、规章另有规定的，从其规定".
 * The transport rule's extension terms are UNCONFIRMED, so an extension is whatever the head
 * approved and recorded; the latest one replaces the ninety days.
 */
export interface DecisionDue {
  date: string;
  extended: boolean;
}

const procedureRule = '交通运输行政执法程序规定';

export function decisionDue(statutoryDue: string, extendedTo: readonly string[]): DecisionDue {
  const latest = extendedTo.reduce<string | null>(
    (last, date) => (last === null || date > last ? date : last),
    null,
  );
  return latest === null
    ? { date: statutoryDue, extended: false }
    : { date: latest, extended: true };
}

export function decisionDeadlineViolation(
  today: string,
  due: DecisionDue,
): RuleViolation<'DECISION_OVERDUE'> | null {
  if (today <= due.date) return null;
  const which = due.extended
    ? `经批准延长的办案期限已于 ${due.date} 届满`
    : `自立案之日起九十日的办案期限已于 ${due.date} 届满（行政处罚法第六十条）`;
  return {
    code: 'DECISION_OVERDUE',
    article: procedureRule,
    message: `${which}，未经负责人批准延长，不能作出决定；请先报执法部门负责人批准延长办案期限（${procedureRule}）`,
  };
}

export function extensionViolations(
  current: DecisionDue,
  newDueDate: string,
  today: string,
): RuleViolation<'EXTENSION_NOT_LATER'>[] {
  if (newDueDate > current.date && newDueDate >= today) return [];
  return [
    {
      code: 'EXTENSION_NOT_LATER',
      article: procedureRule,
      message: `延长后的办案期限 ${newDueDate} 应当晚于现在的期限 ${current.date}，且不早于今天 ${today}`,
    },
  ];
}

/**
 * 查处分离: the head who decides (第五十七条) or approves an extension does not handle the case.
 * No national article states it outright; the transport rule applies it to 立案 approval.
 */
export function deciderViolation(
  deciderName: string,
  isCaseOfficer: boolean,
): RuleViolation<'DECIDER_IS_CASE_OFFICER'> | null {
  if (!isCaseOfficer) return null;
  return {
    code: 'DECIDER_IS_CASE_OFFICER',
    article: `行政处罚法第五十七条、${procedureRule}`,
    message: `${deciderName}是本案执法人员，不能审批自己承办的案件（查处分离），请由其他执法部门负责人决定`,
  };
}
