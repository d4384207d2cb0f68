import type { RuleViolation } from '../rule-violation.js';
import type { WorkdayCalendar } from '../workday-calendar.js';
import { computeDeadline } from './case-deadlines.js';
import { heavierThan, type PenaltyAmounts } from './decision-content.js';

/** What the party answers to a notice: 陈述申辩, 要求听证, or a written 放弃 (第六十二条). */
export const partyResponseKinds = ['statement', 'hearingRequest', 'waiver'] as const;
export type PartyResponseKind = (typeof partyResponseKinds)[number];

export const partyResponseKindLabels: Record<PartyResponseKind, string> = {
  statement: '陈述、申辩',
  hearingRequest: '要求听证',
  waiver: '书面放弃陈述、申辩和听证权利',
};

export const responseForms = ['written', 'oral'] as const;
export type ResponseForm = (typeof responseForms)[number];

export const responseFormLabels: Record<ResponseForm, string> = {
  written: '书面',
  oral: '口头（已制作笔录）',
};

/** 复核 of a 陈述申辩 (第四十五条第一款): what the agency adopted. */
export const statementAdoptions = ['adopted', 'partlyAdopted', 'notAdopted'] as const;
export type StatementAdoption = (typeof statementAdoptions)[number];

export const statementAdoptionLabels: Record<StatementAdoption, string> = {
  adopted: '采纳',
  partlyAdopted: '部分采纳',
  notAdopted: '不予采纳',
};

/**
 * UNCONFIRMED: no national text fixes how long the party has for a written 陈述、申辩; older
 * forms printed 三日. The agency sets its own period (config `statementPeriodWorkdays`).
 */
export const defaultStatementPeriodWorkdays = 3;

/** How long the party may answer a 违法行为通知书; dates are `YYYY-MM-DD`. */
export interface ResponseWindow {
  statementDeadline: string;
  /** 第六十四条第一项: five working days, only when the notice gave the hearing right. */
  hearingRequestDeadline: string | null;
  /** The last day the party may still answer; a decision may follow from the next day. */
  lastDay: string;
  provisional: boolean;
}

export function responseWindow(
  servedOn: string,
  hearingRightApplies: boolean,
  statementPeriodWorkdays: number,
  calendar: WorkdayCalendar,
): ResponseWindow {
  const statement = calendar.addWorkdays(servedOn, statementPeriodWorkdays);
  const hearing = hearingRightApplies
    ? computeDeadline('hearingRequest', servedOn, calendar)
    : null;
  const lastDay = hearing && hearing.date > statement.date ? hearing.date : statement.date;
  return {
    statementDeadline: statement.date,
    hearingRequestDeadline: hearing?.date ?? null,
    lastDay,
    provisional: statement.provisional || (hearing?.provisional ?? false),
  };
}

/** Where the party's answer to the latest notice stands on a given day. */
export interface ResponseState {
  today: string;
  lastDay: string;
  hearingRightApplies: boolean;
  /** 第六十二条: the party expressly gave up 陈述、申辩 (and a hearing) in writing. */
  waivedInWriting: boolean;
  hearing: 'notRequested' | 'pending' | 'concluded';
  unreviewedStatements: number;
}

export type ResponseGateCode =
  | 'DECISION_BEFORE_RESPONSE_PERIOD_ENDS'
  | 'DECISION_BEFORE_HEARING_CONCLUDED'
  | 'STATEMENT_NOT_REVIEWED';

/** May the statement period close, and the decision be made, on `today`? */
export function responseGate(state: ResponseState): RuleViolation<ResponseGateCode>[] {
  const periodOpen = !state.waivedInWriting && state.today <= state.lastDay;
  const hearingOpen = !state.waivedInWriting && state.hearing === 'pending';
  return [
    periodOpen && {
      code: 'DECISION_BEFORE_RESPONSE_PERIOD_ENDS' as const,
      article: '行政处罚法第六十二条',
      message: `当事人${state.hearingRightApplies ? '陈述、申辩和要求听证' : '陈述、申辩'}的期限至 ${state.lastDay} 届满，届满前不得作出决定；当事人书面明确放弃陈述、申辩权利的，请先登记放弃声明`,
    },
    hearingOpen && {
      code: 'DECISION_BEFORE_HEARING_CONCLUDED' as const,
      article: '行政处罚法第六十五条',
      message: '当事人已要求听证，听证结束后才能根据听证笔录作出决定，请先组织听证并制作听证笔录',
    },
    state.unreviewedStatements > 0 && {
      code: 'STATEMENT_NOT_REVIEWED' as const,
      article: '行政处罚法第四十五条第一款',
      message: `当事人提出的 ${state.unreviewedStatements} 份陈述、申辩尚未复核，请先对其事实、理由和证据进行复核并记录采纳情况`,
    },
  ].filter((violation): violation is RuleViolation<ResponseGateCode> => violation !== false);
}

/**
 * 行政处罚法第四十五条第二款: a second notice may announce a heavier penalty only on new facts,
 * recorded with it; otherwise the defence would have made the penalty heavier.
 */
export function renoticeViolation(
  previous: PenaltyAmounts,
  next: PenaltyAmounts,
  newFacts: string | null,
): RuleViolation<'RENOTICE_HEAVIER_WITHOUT_NEW_FACTS'> | null {
  const parts = heavierThan(previous, next, '此前告知');
  if (parts.length === 0 || (newFacts ?? '').trim() !== '') return null;
  return {
    code: 'RENOTICE_HEAVIER_WITHOUT_NEW_FACTS',
    article: '行政处罚法第四十五条第二款',
    message: `重新告知的处罚重于此前告知（${parts.join('；')}）：不得因当事人陈述、申辩而加重处罚，只有发现新的违法事实才可以，请写明新发现的事实`,
  };
}
