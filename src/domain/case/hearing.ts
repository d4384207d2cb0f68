import type { RuleViolation } from '../rule-violation.js';
import {
  formatYuan,
  partyKindLabels,
  penaltyKindLabels,
  type PartyKind,
  type PenaltyKind,
  type ProposedPenalty,
} from './penalty.js';

/**
 * 较大数额 / 较大价值 under 行政处罚法第六十三条 are set by provincial or sectoral rules, so they
 * are configuration. They read as "以上", which includes the amount itself (民法典第一千二百五十九条).
 */
export interface HearingConfig {
  largeFineFen: Record<PartyKind, number>;
  largeConfiscationFen: Record<PartyKind, number>;
  kinds: readonly PenaltyKind[];
}

export const defaultHearingConfig: HearingConfig = {
  // UNCONFIRMED: 1万元 / 10万元 is the figure commonly quoted for the transport sector; it was
  // not found in any verified text. Set the province's own figures.
  largeFineFen: { citizen: 1_000_000, organisation: 10_000_000 },
  largeConfiscationFen: { citizen: 1_000_000, organisation: 10_000_000 },
  kinds: [
    'qualificationDowngrade',
    'licenceRevocation',
    'productionSuspension',
    'closure',
    'practiceRestriction',
  ],
};

export interface HearingProposal extends ProposedPenalty {
  /** 第六十三条第一款第五项: the agency judges the penalty 其他较重的行政处罚. */
  otherHeavierPenalty: boolean;
  /** 第六十三条第一款第六项: another 法律、法规、规章 gives a hearing right. */
  otherStatutoryCase: boolean;
}

export interface HearingRight {
  applies: boolean;
  reasons: string[];
}

function amountReasons(proposal: HearingProposal, config: HearingConfig): string[] {
  const party = partyKindLabels[proposal.partyKind];
  const fineThreshold = config.largeFineFen[proposal.partyKind];
  const confiscationThreshold = config.largeConfiscationFen[proposal.partyKind];
  const article = '行政处罚法第六十三条第一款';
  return [
    proposal.fineFen >= fineThreshold &&
      `${article}第一项：对${party}罚款 ${formatYuan(proposal.fineFen)}，达到较大数额 ${formatYuan(fineThreshold)}`,
    proposal.illegalGainsFen >= confiscationThreshold &&
      `${article}第二项：没收违法所得 ${formatYuan(proposal.illegalGainsFen)}，达到较大数额 ${formatYuan(confiscationThreshold)}`,
    proposal.illegalPropertyValueFen >= confiscationThreshold &&
      `${article}第二项：没收非法财物价值 ${formatYuan(proposal.illegalPropertyValueFen)}，达到较大价值 ${formatYuan(confiscationThreshold)}`,
  ].filter((reason): reason is string => typeof reason === 'string');
}

function kindReasons(proposal: HearingProposal, config: HearingConfig): string[] {
  return proposal.kinds
    .filter((kind) => config.kinds.includes(kind))
    .map((kind) => `行政处罚法第六十三条第一款：${penaltyKindLabels[kind]}`);
}

function otherReasons(proposal: HearingProposal): string[] {
  const article = '行政处罚法第六十三条第一款';
  return [
    proposal.otherHeavierPenalty && `${article}第五项：其他较重的行政处罚`,
    proposal.otherStatutoryCase && `${article}第六项：法律、法规、规章规定的其他情形`,
  ].filter((reason): reason is string => typeof reason === 'string');
}

/** Must the 违法行为通知书 tell the party of its right to ask for a hearing? */
export function hearingRight(proposal: HearingProposal, config: HearingConfig): HearingRight {
  const reasons = [
    ...amountReasons(proposal, config),
    ...kindReasons(proposal, config),
    ...otherReasons(proposal),
  ];
  return { applies: reasons.length > 0, reasons };
}

export const hearingAttendances = [
  'attended',
  'absentWithGoodReason',
  'absentWithoutGoodReason',
  'leftWithoutPermission',
] as const;
export type HearingAttendance = (typeof hearingAttendances)[number];

export const hearingAttendanceLabels: Record<HearingAttendance, string> = {
  attended: '当事人到场参加听证',
  absentWithGoodReason: '当事人有正当理由未到场',
  absentWithoutGoodReason: '当事人无正当理由拒不到场',
  leftWithoutPermission: '当事人未经许可中途退出',
};

/** 举行 when the party took part, 放弃 when 第六十四条第六项 says so, else 延期 to a new date. */
export type HearingOutcome = 'held' | 'waived' | 'postponed';

export const hearingOutcomeLabels: Record<HearingOutcome, string> = {
  held: '已举行听证',
  waived: '视为放弃听证，听证终止',
  postponed: '延期举行',
};

export function hearingOutcome(attendance: HearingAttendance): HearingOutcome {
  if (hearingWaiver(attendance)) return 'waived';
  return attendance === 'absentWithGoodReason' ? 'postponed' : 'held';
}

/**
 * Dates are `YYYY-MM-DD`. Both limits count working days (行政处罚法第八十五条), so the caller
 * computes them on the workday calendar (case-deadlines: hearingRequest, earliestHearing).
 */
export interface HearingProcedure {
  requestedOn: string;
  /** The 5th working day after the hearing right was notified (第六十四条第一项). */
  requestDeadline: string;
  hearingOn: string;
  /** The 7th working day after the 听证通知书 was served (第六十四条第二项). */
  earliestHearingOn: string;
  chairOfficerId: string;
  investigatorIds: readonly string[];
  agentCount: number;
  attendance: HearingAttendance;
}

export type HearingProcedureCode =
  | 'HEARING_RIGHT_NOT_APPLICABLE'
  | 'HEARING_REQUEST_LATE'
  | 'HEARING_NOTICE_LATE'
  | 'HEARING_CHAIR_IS_INVESTIGATOR'
  | 'HEARING_TOO_MANY_AGENTS'
  | 'HEARING_WAIVED';

const article64 = '行政处罚法第六十四条';

type HearingRequest = Pick<HearingProcedure, 'requestedOn' | 'requestDeadline'>;
/** The hearing as the agency schedules it, before anyone knows who will attend. */
export type HearingSchedule = Pick<
  HearingProcedure,
  'hearingOn' | 'earliestHearingOn' | 'chairOfficerId' | 'investigatorIds' | 'agentCount'
>;

function requestViolation(procedure: HearingRequest): RuleViolation<HearingProcedureCode> | null {
  if (procedure.requestedOn <= procedure.requestDeadline) return null;
  return {
    code: 'HEARING_REQUEST_LATE',
    article: `${article64}第一项`,
    message: `当事人于 ${procedure.requestedOn} 要求听证，已超过告知后五个工作日的期限（${procedure.requestDeadline}），不予组织听证`,
  };
}

function noticeViolation(procedure: HearingSchedule): RuleViolation<HearingProcedureCode> | null {
  if (procedure.hearingOn >= procedure.earliestHearingOn) return null;
  return {
    code: 'HEARING_NOTICE_LATE',
    article: `${article64}第二项`,
    message: `听证定于 ${procedure.hearingOn} 举行，距听证通知书送达不足七个工作日（最早 ${procedure.earliestHearingOn}），请改期举行听证`,
  };
}

function chairViolation(procedure: HearingSchedule): RuleViolation<HearingProcedureCode> | null {
  if (!procedure.investigatorIds.includes(procedure.chairOfficerId)) return null;
  return {
    code: 'HEARING_CHAIR_IS_INVESTIGATOR',
    article: `${article64}第四项`,
    message: '听证主持人是本案调查人员，请指定非本案调查人员主持听证',
  };
}

function agentViolation(procedure: HearingSchedule): RuleViolation<HearingProcedureCode> | null {
  if (procedure.agentCount <= 2) return null;
  return {
    code: 'HEARING_TOO_MANY_AGENTS',
    article: `${article64}第五项`,
    message: `当事人委托了 ${procedure.agentCount} 名代理人，最多可委托二人，请减少代理人`,
  };
}

/** Absence without good reason is not an error to fix: it ends the hearing as waived. */
export function hearingWaiver(
  attendance: HearingAttendance,
): RuleViolation<HearingProcedureCode> | null {
  const left = attendance === 'leftWithoutPermission';
  if (attendance !== 'absentWithoutGoodReason' && !left) return null;
  return {
    code: 'HEARING_WAIVED',
    article: `${article64}第六项`,
    message: `当事人${left ? '未经许可中途退出听证' : '无正当理由拒不出席听证'}，视为放弃听证权利，听证终止`,
  };
}

/**
 * May the party's request be accepted? Only when the notice gave the hearing right
 * (第六十三条), which set `requestDeadline`, and within those five working days (第六十四条第一项).
 */
export function hearingRequestViolations(
  requestDeadline: string | null,
  requestedOn: string,
): RuleViolation<HearingProcedureCode>[] {
  if (requestDeadline === null) {
    return [
      {
        code: 'HEARING_RIGHT_NOT_APPLICABLE',
        article: '行政处罚法第六十三条第一款',
        message:
          '告知的拟处罚不属于应当告知听证权利的情形，当事人可以陈述、申辩，但不组织听证（行政处罚法第六十三条第一款）',
      },
    ];
  }
  return [requestViolation({ requestDeadline, requestedOn })].filter(
    (violation) => violation !== null,
  );
}

/** May the hearing be held on this day, chaired by this person, with these agents? */
export function hearingScheduleViolations(
  schedule: HearingSchedule,
): RuleViolation<HearingProcedureCode>[] {
  return [noticeViolation(schedule), chairViolation(schedule), agentViolation(schedule)].filter(
    (violation) => violation !== null,
  );
}

export function hearingProcedureViolations(
  procedure: HearingProcedure,
): RuleViolation<HearingProcedureCode>[] {
  return [
    requestViolation(procedure),
    ...hearingScheduleViolations(procedure),
    hearingWaiver(procedure.attendance),
  ].filter((violation) => violation !== null);
}
