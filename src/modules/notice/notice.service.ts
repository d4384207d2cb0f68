import { AppError } from '../../domain/app-error.js';
import { computeDeadline } from '../../domain/case/case-deadlines.js';
import {
  hearingAttendanceLabels,
  hearingOutcome,
  hearingOutcomeLabels,
  hearingRequestViolations,
  hearingRight,
  hearingScheduleViolations,
  hearingWaiver,
} from '../../domain/case/hearing.js';
import type { ProposedPenalty } from '../../domain/case/penalty.js';
import {
  partyResponseKindLabels,
  renoticeViolation,
  responseGate,
  responseWindow,
  statementAdoptionLabels,
  type ResponseState,
} from '../../domain/case/prior-notice.js';
import { serviceMethodLabels } from '../../domain/case/service.js';
import { chinaDate } from '../../domain/china-date.js';
import { assertAllowed } from '../../domain/permission.js';
import type { RuleViolation } from '../../domain/rule-violation.js';
import type { WorkdayCalendar } from '../../domain/workday-calendar.js';
import type { Db } from '../../storage/database.js';
import { loadWorkdayCalendar } from '../calendar/calendar.service.js';
import { findCase } from '../case/case.repository.js';
import {
  assertCaseAction,
  assertCaseOfficer,
  caseOfficerIds,
  moveCase,
  recordCaseAct,
  withCase,
} from '../case/case-flow.js';
import type { ServiceContext } from '../context.js';
import { found, notFound } from '../not-found.js';
import { findOfficer } from '../officer/officer.repository.js';
import { assertPastDate, stageViolation } from '../review/case-step.js';
import { latestReport, proposalColumns, proposalOf } from '../review/review.repository.js';
import { proposalView } from '../review/review.service.js';
import { refuseOnViolations } from '../rule-violations.js';
import {
  insertHearing,
  insertHearingRecord,
  insertNotice,
  insertResponse,
  insertStatementReview,
  latestNotice,
  listHearings,
  listNotices,
  listResponses,
  type NoticeRow,
} from './notice.repository.js';
import type {
  HearingRecordInput,
  HearingScheduleInput,
  NoticeView,
  PartyResponseInput,
  PriorNoticeInput,
  StatementReviewInput,
} from './notice.schemas.js';

/**
 * 告知 (行政处罚法第四十四条): the 违法行为通知书 with the proposed penalty, the hearing right where
 * 第六十三条 gives one, and how and when it reached the party. A second notice with a heavier
 * penalty must state the new facts (第四十五条第二款).
 */
export async function servePriorNotice(
  ctx: ServiceContext,
  caseId: string,
  input: PriorNoticeInput,
): Promise<NoticeView> {
  await withCase(ctx, caseId, 'case.handle', async (trx, penaltyCase) => {
    assertCaseAction(penaltyCase, 'servePriorNotice');
    await assertCaseOfficer(trx, ctx, penaltyCase.id, '送达违法行为通知书');
    const report = found(await latestReport(trx, penaltyCase.id), '调查终结报告');
    const previous = await latestNotice(trx, penaltyCase.id);
    const earliest =
      previous && previous.servedOn > report.reportDate
        ? { date: previous.servedOn, label: '上一次告知的送达日期' }
        : { date: report.reportDate, label: '调查终结日期' };
    assertPastDate('servedOn', '送达日期', input.servedOn, chinaDate(), earliest);
    const proposal = input.proposal
      ? { ...input.proposal, partyKind: report.partyKind }
      : proposalOf(report);
    if (proposal.kinds.length === 0) {
      const message = '调查终结报告建议不予处罚，不需要告知；如拟给予处罚，请写明拟作出的处罚';
      throw new AppError('VALIDATION_FAILED', message, [{ path: 'proposal.kinds', message }]);
    }
    refuseOnViolations([
      previous ? renoticeViolation(proposalOf(previous), proposal, input.newFacts ?? null) : null,
    ]);
    const right = hearingRight(
      {
        ...proposal,
        otherHeavierPenalty: input.otherHeavierPenalty,
        otherStatutoryCase: input.otherStatutoryCase,
      },
      ctx.config.hearingConfig,
    );
    const window = responseWindow(
      input.servedOn,
      right.applies,
      ctx.config.statementPeriodWorkdays,
      await loadWorkdayCalendar(trx),
    );
    const notice = await insertNotice(trx, {
      caseId: penaltyCase.id,
      sequence: (previous?.sequence ?? 0) + 1,
      reportId: report.id,
      facts: report.facts,
      evidence: JSON.stringify(report.evidence),
      violatedProvision: report.violatedProvision,
      penaltyBasis: report.penaltyBasis,
      ...proposalColumns(proposal),
      hearingRight: right.applies,
      hearingReasons: JSON.stringify(right.reasons),
      statementDeadline: window.statementDeadline,
      hearingRequestDeadline: window.hearingRequestDeadline,
      servedOn: input.servedOn,
      serviceMethod: input.serviceMethod,
      contactPerson: input.contactPerson,
      contactPhone: input.contactPhone,
      newFacts: input.newFacts || null,
      createdBy: ctx.actor.userId ?? '',
    });
    await moveCase(
      trx,
      ctx,
      penaltyCase,
      'servePriorNotice',
      {},
      {
        noticeId: notice.id,
        sequence: notice.sequence,
        ...input,
        proposal,
        hearingRight: right,
      },
    );
  });
  return getNotice(ctx, caseId);
}

/**
 * The party's answer: 陈述申辩 (第四十五条), a hearing request within five working days
 * (第六十四条第一项), or a written waiver (第六十二条). The first answer opens the statement period.
 */
export async function recordPartyResponse(
  ctx: ServiceContext,
  caseId: string,
  input: PartyResponseInput,
): Promise<NoticeView> {
  await withCase(ctx, caseId, 'case.handle', async (trx, penaltyCase) => {
    refuseOnViolations([
      stageViolation(
        penaltyCase,
        ['priorNoticeServed', 'statementPeriod'],
        '登记当事人的陈述、申辩或者听证申请',
        '请在送达违法行为通知书后、结束陈述申辩期前登记',
      ),
    ]);
    await assertCaseOfficer(trx, ctx, penaltyCase.id, '登记当事人的陈述、申辩或者听证申请');
    const notice = found(await latestNotice(trx, penaltyCase.id), '违法行为通知书');
    assertPastDate('receivedOn', '收到日期', input.receivedOn, chinaDate(), {
      date: notice.servedOn,
      label: '违法行为通知书送达日期',
    });
    if (input.kind === 'hearingRequest') {
      const responses = await listResponses(trx, penaltyCase.id);
      if (responses.some((r) => r.noticeId === notice.id && r.kind === 'hearingRequest')) {
        throw new AppError('CONFLICT', '当事人已就本次告知要求听证，不能重复登记');
      }
      refuseOnViolations(hearingRequestViolations(notice.hearingRequestDeadline, input.receivedOn));
    }
    const response = await insertResponse(trx, {
      caseId: penaltyCase.id,
      noticeId: notice.id,
      ...input,
      createdBy: ctx.actor.userId ?? '',
    });
    const change = { responseId: response.id, ...input };
    if (penaltyCase.stage === 'priorNoticeServed' && input.kind !== 'waiver') {
      await moveCase(trx, ctx, penaltyCase, 'openStatement', {}, change);
    } else {
      await recordCaseAct(trx, ctx, penaltyCase, 'recordPartyResponse', change);
    }
  });
  return getNotice(ctx, caseId);
}

/** 复核 (第四十五条第一款): the facts, reasons and evidence the party gave, and what is adopted. */
export async function reviewStatement(
  ctx: ServiceContext,
  caseId: string,
  input: StatementReviewInput,
): Promise<NoticeView> {
  await withCase(ctx, caseId, 'case.handle', async (trx, penaltyCase) => {
    refuseOnViolations([
      stageViolation(
        penaltyCase,
        ['statementPeriod'],
        '复核陈述、申辩',
        '陈述、申辩应在结束陈述申辩期前复核',
      ),
    ]);
    await assertCaseOfficer(trx, ctx, penaltyCase.id, '复核陈述、申辩');
    const statement = (await listResponses(trx, penaltyCase.id)).find(
      (response) => response.id === input.responseId && response.kind === 'statement',
    );
    if (!statement) throw notFound('陈述、申辩');
    if (statement.adoption !== null) throw new AppError('CONFLICT', '该陈述、申辩已经复核');
    await insertStatementReview(trx, {
      ...input,
      caseId: penaltyCase.id,
      createdBy: ctx.actor.userId ?? '',
    });
    await recordCaseAct(trx, ctx, penaltyCase, 'reviewStatement', { ...input });
  });
  return getNotice(ctx, caseId);
}

/**
 * 听证通知书 (第六十四条): served at least seven working days before the hearing, chaired by
 * someone who did not investigate, with at most two agents.
 */
export async function scheduleHearing(
  ctx: ServiceContext,
  caseId: string,
  input: HearingScheduleInput,
): Promise<NoticeView> {
  await withCase(ctx, caseId, 'case.handle', async (trx, penaltyCase) => {
    refuseOnViolations([
      stageViolation(penaltyCase, ['statementPeriod'], '安排听证', '当事人要求听证后才能安排听证'),
    ]);
    const investigators = await assertCaseOfficer(trx, ctx, penaltyCase.id, '安排听证');
    const request = await hearingRequestOfLatestNotice(trx, penaltyCase.id);
    if (!request) throw new AppError('CONFLICT', '当事人没有就本次告知要求听证，不需要安排听证');
    const [current] = (await listHearings(trx, penaltyCase.id)).filter(
      (hearing) => hearing.requestId === request.id,
    );
    if (current && current.outcome !== 'postponed') {
      throw new AppError(
        'CONFLICT',
        current.outcome === null ? '已经安排了听证，请先记录听证情况' : '本次听证已经结束',
      );
    }
    found(await findOfficer(trx, ctx.actor.agencyPath, input.chairOfficerId), '听证主持人');
    assertPastDate('noticeServedOn', '听证通知书送达日期', input.noticeServedOn, chinaDate(), {
      date: request.receivedOn,
      label: '当事人要求听证的日期',
    });
    const calendar = await loadWorkdayCalendar(trx);
    refuseOnViolations(
      hearingScheduleViolations({
        hearingOn: input.hearingOn,
        earliestHearingOn: earliestHearingOn(input.noticeServedOn, calendar),
        chairOfficerId: input.chairOfficerId,
        investigatorIds: investigators,
        agentCount: input.agents.length,
      }),
    );
    const hearing = await insertHearing(trx, {
      caseId: penaltyCase.id,
      requestId: request.id,
      ...input,
      closedReason: input.public ? null : (input.closedReason ?? null),
      agents: JSON.stringify(input.agents),
      createdBy: ctx.actor.userId ?? '',
    });
    await recordCaseAct(trx, ctx, penaltyCase, 'scheduleHearing', {
      hearingId: hearing.id,
      ...input,
    });
  });
  return getNotice(ctx, caseId);
}

/**
 * 听证笔录 and the chair's report. A party absent without good reason, or leaving without
 * permission, has waived the hearing (第六十四条第六项); absent with good reason, it is postponed.
 */
export async function recordHearing(
  ctx: ServiceContext,
  caseId: string,
  input: HearingRecordInput,
): Promise<NoticeView> {
  await withCase(ctx, caseId, 'case.handle', async (trx, penaltyCase) => {
    refuseOnViolations([
      stageViolation(penaltyCase, ['statementPeriod'], '记录听证', '请先安排听证'),
    ]);
    const [hearing] = await listHearings(trx, penaltyCase.id);
    if (!hearing || hearing.outcome !== null) {
      throw new AppError('CONFLICT', '没有待举行的听证，请先安排听证');
    }
    const investigators = await caseOfficerIds(trx, penaltyCase.id);
    const me = ctx.actor.officerId ?? '';
    if (!investigators.includes(me) && me !== hearing.chairOfficerId) {
      throw new AppError('FORBIDDEN', '只有本案执法人员或者听证主持人可以记录听证');
    }
    if (hearing.hearingOn > chinaDate()) {
      const message = `听证定于 ${hearing.hearingOn} 举行，尚未到听证日期`;
      throw new AppError('VALIDATION_FAILED', message, [{ path: 'attendance', message }]);
    }
    const outcome = hearingOutcome(input.attendance);
    await insertHearingRecord(trx, {
      hearingId: hearing.id,
      caseId: penaltyCase.id,
      ...input,
      outcome,
      refusalNote: input.partySigned ? null : (input.refusalNote ?? null),
      createdBy: ctx.actor.userId ?? '',
    });
    await recordCaseAct(trx, ctx, penaltyCase, 'recordHearing', {
      hearingId: hearing.id,
      outcome,
      waiver: hearingWaiver(input.attendance)?.message ?? null,
      ...input,
    });
  });
  return getNotice(ctx, caseId);
}

/** 结束陈述申辩/听证期: only once the party has been heard, or has given that up in writing. */
export async function closeStatementPeriod(
  ctx: ServiceContext,
  caseId: string,
): Promise<NoticeView> {
  await withCase(ctx, caseId, 'case.handle', async (trx, penaltyCase) => {
    assertCaseAction(penaltyCase, 'closeStatementPeriod');
    await assertCaseOfficer(trx, ctx, penaltyCase.id, '结束陈述申辩期');
    refuseOnViolations(await responseViolations(trx, penaltyCase.id, chinaDate()));
    await moveCase(trx, ctx, penaltyCase, 'closeStatementPeriod');
  });
  return getNotice(ctx, caseId);
}

async function hearingRequestOfLatestNotice(db: Db, caseId: string) {
  const notice = await latestNotice(db, caseId);
  if (!notice) return undefined;
  return (await listResponses(db, caseId)).find(
    (response) => response.noticeId === notice.id && response.kind === 'hearingRequest',
  );
}

function earliestHearingOn(noticeServedOn: string, calendar: WorkdayCalendar): string {
  return computeDeadline('earliestHearing', noticeServedOn, calendar).date;
}

/** The last day the party may answer the notice: its statement or its hearing-request period. */
export function lastResponseDay(notice: NoticeRow): string {
  const hearing = notice.hearingRequestDeadline;
  return hearing && hearing > notice.statementDeadline ? hearing : notice.statementDeadline;
}

/**
 * What still keeps the agency from deciding on `today` (第四十五条, 第六十二条, 第六十五条): the
 * answer period of the latest notice, a requested hearing, statements not yet reviewed.
 */
export async function responseViolations(
  db: Db,
  caseId: string,
  today: string,
): Promise<RuleViolation[]> {
  const notice = await latestNotice(db, caseId);
  if (!notice) return [];
  const responses = await listResponses(db, caseId);
  const answers = responses.filter((response) => response.noticeId === notice.id);
  const request = answers.find((response) => response.kind === 'hearingRequest');
  const hearings = (await listHearings(db, caseId)).filter((h) => h.requestId === request?.id);
  const concluded = hearings.some((h) => h.outcome === 'held' || h.outcome === 'waived');
  const hearing: ResponseState['hearing'] = !request
    ? 'notRequested'
    : concluded
      ? 'concluded'
      : 'pending';
  return responseGate({
    today,
    lastDay: lastResponseDay(notice),
    hearingRightApplies: notice.hearingRight,
    waivedInWriting: answers.some((response) => response.kind === 'waiver'),
    hearing,
    unreviewedStatements: responses.filter((r) => r.kind === 'statement' && r.adoption === null)
      .length,
  });
}

/** The penalty the next notice would announce, from the latest report, and its hearing right. */
async function noticeDraft(ctx: ServiceContext, caseId: string) {
  const report = await latestReport(ctx.db, caseId);
  if (!report || report.proposedOutcome !== 'penalty') return null;
  const proposal: ProposedPenalty = proposalOf(report);
  const right = hearingRight(
    { ...proposal, otherHeavierPenalty: false, otherStatutoryCase: false },
    ctx.config.hearingConfig,
  );
  return { proposal: proposalView(proposal), hearingRight: right };
}

export async function getNotice(ctx: ServiceContext, caseId: string): Promise<NoticeView> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, caseId), '案件');
  const calendar = await loadWorkdayCalendar(ctx.db);
  const notices = await listNotices(ctx.db, penaltyCase.id);
  return {
    statementPeriodWorkdays: ctx.config.statementPeriodWorkdays,
    draft: await noticeDraft(ctx, penaltyCase.id),
    notices: notices.map((notice) => ({
      id: notice.id,
      sequence: notice.sequence,
      facts: notice.facts,
      evidence: notice.evidence.map((item) => item.title),
      violatedProvision: notice.violatedProvision,
      penaltyBasis: notice.penaltyBasis,
      proposal: proposalView(proposalOf(notice)),
      hearingRight: notice.hearingRight,
      hearingReasons: notice.hearingReasons,
      servedOn: notice.servedOn,
      serviceMethod: notice.serviceMethod,
      serviceMethodLabel: serviceMethodLabels[notice.serviceMethod],
      statementDeadline: notice.statementDeadline,
      hearingRequestDeadline: notice.hearingRequestDeadline,
      newFacts: notice.newFacts,
      contactPerson: notice.contactPerson,
      contactPhone: notice.contactPhone,
    })),
    responses: (await listResponses(ctx.db, penaltyCase.id)).map((response) => ({
      id: response.id,
      noticeId: response.noticeId,
      kind: response.kind,
      kindLabel: partyResponseKindLabels[response.kind],
      receivedOn: response.receivedOn,
      form: response.form,
      content: response.content,
      review:
        response.adoption === null
          ? null
          : {
              adoption: response.adoption,
              adoptionLabel: statementAdoptionLabels[response.adoption],
              reasoning: response.reasoning ?? '',
            },
    })),
    hearings: (await listHearings(ctx.db, penaltyCase.id)).map((hearing) => ({
      id: hearing.id,
      requestId: hearing.requestId,
      noticeServedOn: hearing.noticeServedOn,
      earliestHearingOn: earliestHearingOn(hearing.noticeServedOn, calendar),
      hearingOn: hearing.hearingOn,
      place: hearing.place,
      chairOfficerId: hearing.chairOfficerId,
      chairName: hearing.chairName,
      recorderName: hearing.recorderName,
      public: hearing.public,
      closedReason: hearing.closedReason,
      agents: hearing.agents,
      record:
        hearing.attendance === null || hearing.outcome === null
          ? null
          : {
              attendance: hearing.attendance,
              attendanceLabel: hearingAttendanceLabels[hearing.attendance],
              outcome: hearing.outcome,
              outcomeLabel: hearingOutcomeLabels[hearing.outcome],
              investigatorsStatement: hearing.investigatorsStatement ?? '',
              partyStatement: hearing.partyStatement ?? '',
              crossExamination: hearing.crossExamination ?? '',
              partySigned: hearing.partySigned ?? false,
              refusalNote: hearing.refusalNote,
              report: hearing.report ?? '',
            },
    })),
    closingBlockers: notices.length
      ? await responseViolations(ctx.db, penaltyCase.id, chinaDate())
      : [],
  };
}
