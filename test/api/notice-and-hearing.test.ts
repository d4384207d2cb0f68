import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../src/domain/china-date.js';
import { computeDeadline } from '../../src/domain/case/case-deadlines.js';
import { loadWorkdayCalendar } from '../../src/modules/calendar/calendar.service.js';
import { noticeDeadlines } from '../../src/modules/notice/notice-deadlines.js';
import {
  backdateFiling,
  closeInvestigationOf,
  daysAgo,
  documentText,
  fileCase,
  penaltyDecisionBody,
  serveNoticeOf,
} from '../support/cases.js';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let officer: TestClient;
let head: TestClient;
/** An officer of the brigade who did not investigate: 清水's legal reviewer. */
let chairOfficerId: string;

/** 听证 较大数额 set by this (imagined) province: 2,000 yuan for a citizen. */
const hearingFine = 250_000;

beforeAll(async () => {
  platform = await startTestPlatform({
    config: {
      hearingConfig: {
        largeFineFen: { citizen: 200_000, organisation: 1_000_000 },
        largeConfiscationFen: { citizen: 200_000, organisation: 1_000_000 },
        kinds: ['licenceRevocation'],
      },
    },
  });
  officer = await platform.signIn('qs.zhifa1');
  head = await platform.signIn('qs.fuzeren');
  chairOfficerId = (await (await platform.signIn('qs.fazhi')).get('/api/auth/me')).body.user
    .officerId;
});
afterAll(() => platform.close());

function ruleCodes(response: { body: { error?: { details?: { path: string }[] } } }): string[] {
  return (response.body.error?.details ?? []).map((detail) => detail.path);
}

async function stageOf(caseId: string): Promise<string> {
  return (await officer.get(`/api/cases/${caseId}`)).body.stage;
}

/** Filed 40 days ago, investigated, notified of `fineFen` `servedDaysAgo` days ago. */
async function notified(fineFen: number, servedDaysAgo = 30) {
  const filed = await fileCase(officer, head);
  await backdateFiling(platform, filed.id, 40);
  await closeInvestigationOf(officer, filed.id, {
    reportDate: daysAgo(35),
    proposal: { kinds: ['fine'], fineFen },
  });
  const notice = await serveNoticeOf(officer, filed.id, daysAgo(servedDaysAgo));
  expect(notice.status).toBe(200);
  return { ...filed, notice: notice.body.notices[0] };
}

/** The first day a hearing may be held after its notice (seven working days, 第六十四条). */
async function earliestHearing(noticeServedOn: string): Promise<string> {
  const calendar = await loadWorkdayCalendar(platform.database.db);
  return computeDeadline('earliestHearing', noticeServedOn, calendar).date;
}

function respond(caseId: string, kind: string, receivedOn: string, content = '当事人提出的意见') {
  return officer.post(`/api/cases/${caseId}/party-responses`, {
    kind,
    receivedOn,
    form: 'written',
    content,
  });
}

const hearingPlan = (noticeServedOn: string, hearingOn: string) => ({
  noticeServedOn,
  noticeServiceMethod: 'direct',
  hearingOn,
  place: '大队二楼听证室',
  chairOfficerId,
  recorderName: '吴记录',
  public: true,
  agents: [{ name: '郑律师', relation: '律师' }],
});

const attendedRecord = {
  attendance: 'attended',
  investigatorsStatement: '调查人员陈述了当事人无证经营的事实、证据和罚款建议。',
  partyStatement: '当事人称系初次运输，请求从轻处罚。',
  crossExamination: '双方对现场笔录和照片进行了质证。',
  partySigned: true,
  report: '违法事实清楚，证据确凿，建议维持拟处罚意见。',
};

describe(`告知 (${testBackend})`, () => {
  it('行政处罚法第四十四条、第六十三条：违法行为通知书告知拟处罚、陈述申辩和听证权利', async () => {
    const filed = await fileCase(officer, head);
    await backdateFiling(platform, filed.id, 40);
    await closeInvestigationOf(officer, filed.id, {
      reportDate: daysAgo(35),
      proposal: { kinds: ['fine'], fineFen: hearingFine },
    });
    const draft = (await officer.get(`/api/cases/${filed.id}/notice`)).body.draft;
    expect(draft.hearingRight).toEqual({
      applies: true,
      reasons: ['行政处罚法第六十三条第一款第一项：对公民罚款 2,500.00元，达到较大数额 2,000.00元'],
    });
    const beforeReport = await serveNoticeOf(officer, filed.id, daysAgo(36));
    expect(beforeReport.status).toBe(400);
    expect(beforeReport.body.error.details[0].path).toBe('servedOn');
    const byHead = await serveNoticeOf(head, filed.id, daysAgo(30));
    expect(byHead.status).toBe(403);

    const servedOn = daysAgo(30);
    const served = await serveNoticeOf(officer, filed.id, servedOn);
    expect(served.status).toBe(200);
    const calendar = await loadWorkdayCalendar(platform.database.db);
    expect(served.body.notices[0]).toMatchObject({
      sequence: 1,
      servedOn,
      serviceMethodLabel: '直接送达',
      hearingRight: true,
      statementDeadline: calendar.addWorkdays(servedOn, 3).date,
      hearingRequestDeadline: computeDeadline('hearingRequest', servedOn, calendar).date,
      proposal: { summary: '罚款2,500.00元' },
    });
    expect(await stageOf(filed.id)).toBe('priorNoticeServed');
    const text = await documentText(
      platform,
      filed.id,
      'violationNotice',
      served.body.notices[0].id,
    );
    for (const expected of [
      '违法行为通知书',
      filed.caseNumber,
      '王五',
      '罚款2,500.00元',
      '三个工作日内向本机关提出陈述、申辩',
      '有权要求举行听证',
      '五个工作日内',
      '李执法',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('行政处罚法第六十四条第一项：听证申请在告知后五个工作日内提出，逾期不予受理', async () => {
    const calendar = await loadWorkdayCalendar(platform.database.db);
    const running = await notified(hearingFine, 0);
    expect(await noticeDeadlines.pending(platform.database.db, calendar, [running.id])).toEqual([
      expect.objectContaining({
        kind: 'hearingRequest',
        due: running.notice.hearingRequestDeadline,
        article: '行政处罚法第六十四条第一项',
      }),
    ]);
    // Once the party's five days have run out nothing is overdue for the agency.
    const filed = await notified(hearingFine, 30);
    expect(await noticeDeadlines.pending(platform.database.db, calendar, [filed.id])).toEqual([]);
    const late = await respond(filed.id, 'hearingRequest', daysAgo(10));
    expect(late.status).toBe(422);
    expect(ruleCodes(late)).toEqual(['HEARING_REQUEST_LATE']);
    expect(await stageOf(filed.id)).toBe('priorNoticeServed');
  });

  it('行政处罚法第四十五条：陈述申辩应当复核；不属于听证范围的不组织听证', async () => {
    const filed = await notified(50_000, 20);
    expect(filed.notice.hearingRight).toBe(false);
    const statement = await respond(filed.id, 'statement', daysAgo(19), '当事人称车辆系临时借用。');
    expect(statement.status).toBe(200);
    expect(await stageOf(filed.id)).toBe('statementPeriod');
    const hearing = await respond(filed.id, 'hearingRequest', daysAgo(19));
    expect(ruleCodes(hearing)).toEqual(['HEARING_RIGHT_NOT_APPLICABLE']);

    const unreviewed = await officer.post(`/api/cases/${filed.id}/close-statement-period`);
    expect(ruleCodes(unreviewed)).toEqual(['STATEMENT_NOT_REVIEWED']);
    const responseId = statement.body.responses[0].id;
    const reviewed = await officer.post(`/api/cases/${filed.id}/statement-reviews`, {
      responseId,
      adoption: 'notAdopted',
      reasoning: '经核实，车辆登记在当事人名下，其陈述不能成立。',
    });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.responses[0].review).toMatchObject({ adoptionLabel: '不予采纳' });
    const twice = await officer.post(`/api/cases/${filed.id}/statement-reviews`, {
      responseId,
      adoption: 'adopted',
      reasoning: '再次复核',
    });
    expect(twice.status).toBe(409);

    expect((await officer.post(`/api/cases/${filed.id}/close-statement-period`)).status).toBe(200);
    expect((await head.post(`/api/cases/${filed.id}/decision`, penaltyDecisionBody())).status).toBe(
      200,
    );
    expect(await documentText(platform, filed.id, 'penaltyDecision')).toContain(
      '你（单位）提出了陈述、申辩，本机关已进行复核，复核意见为：不予采纳',
    );
  });

  it('行政处罚法第四十五条第二款：重新告知较重的处罚，须写明新发现的违法事实', async () => {
    const filed = await notified(50_000, 20);
    expect((await officer.post(`/api/cases/${filed.id}/close-statement-period`)).status).toBe(200);
    const heavier = { proposal: { kinds: ['fine'], fineFen: 100_000 } };
    const refused = await serveNoticeOf(officer, filed.id, daysAgo(5), heavier);
    expect(ruleCodes(refused)).toEqual(['RENOTICE_HEAVIER_WITHOUT_NEW_FACTS']);
    const renoticed = await serveNoticeOf(officer, filed.id, daysAgo(5), {
      ...heavier,
      newFacts: '经进一步调查，当事人另有两次无证运输经营行为。',
    });
    expect(renoticed.status).toBe(200);
    expect(renoticed.body.notices.map((notice: { sequence: number }) => notice.sequence)).toEqual([
      2, 1,
    ]);
    expect(await stageOf(filed.id)).toBe('priorNoticeServed');
    const text = await documentText(
      platform,
      filed.id,
      'violationNotice',
      renoticed.body.notices[0].id,
    );
    expect(text).toContain('罚款1,000.00元');
  });
});

describe(`听证 (${testBackend})`, () => {
  it('行政处罚法第六十四条：听证通知七个工作日前送达、主持人非调查人员、代理人不超过二人；听证后决定须经法制审核', async () => {
    const filed = await notified(hearingFine, 30);
    const requested = await respond(filed.id, 'hearingRequest', daysAgo(28), '要求举行听证');
    expect(requested.status).toBe(200);
    expect(await stageOf(filed.id)).toBe('statementPeriod');

    const investigatorChair = filed.officerIds[1]!;
    const wrong = await officer.post(`/api/cases/${filed.id}/hearings`, {
      ...hearingPlan(daysAgo(25), daysAgo(22)),
      chairOfficerId: investigatorChair,
      agents: [
        { name: '郑律师', relation: '律师' },
        { name: '王大', relation: '近亲属' },
        { name: '王二', relation: '近亲属' },
      ],
    });
    expect(wrong.status).toBe(422);
    expect(ruleCodes(wrong)).toEqual([
      'HEARING_NOTICE_LATE',
      'HEARING_CHAIR_IS_INVESTIGATOR',
      'HEARING_TOO_MANY_AGENTS',
    ]);

    const hearingOn = await earliestHearing(daysAgo(25));
    const scheduled = await officer.post(
      `/api/cases/${filed.id}/hearings`,
      hearingPlan(daysAgo(25), hearingOn),
    );
    expect(scheduled.status).toBe(200);
    const hearing = scheduled.body.hearings[0];
    expect(hearing).toMatchObject({ chairOfficerId, record: null, hearingOn });
    expect(hearing.earliestHearingOn).toBe(hearingOn);
    const calendar = await loadWorkdayCalendar(platform.database.db);
    expect(await noticeDeadlines.pending(platform.database.db, calendar, [filed.id])).toEqual([
      expect.objectContaining({ kind: 'earliestHearing', due: hearing.earliestHearingOn }),
    ]);
    const open = await officer.post(`/api/cases/${filed.id}/close-statement-period`);
    expect(ruleCodes(open)).toEqual(['DECISION_BEFORE_HEARING_CONCLUDED']);

    const recorded = await officer.post(`/api/cases/${filed.id}/hearing-records`, attendedRecord);
    expect(recorded.status).toBe(200);
    expect(recorded.body.hearings[0].record).toMatchObject({
      outcome: 'held',
      outcomeLabel: '已举行听证',
    });
    expect(await noticeDeadlines.pending(platform.database.db, calendar, [filed.id])).toEqual([]);
    expect((await officer.post(`/api/cases/${filed.id}/close-statement-period`)).status).toBe(200);

    const unreviewed = await head.post(
      `/api/cases/${filed.id}/decision`,
      penaltyDecisionBody(hearingFine),
    );
    expect(ruleCodes(unreviewed)).toEqual(['LEGAL_REVIEW_MISSING']);
    const review = (await officer.get(`/api/cases/${filed.id}/review`)).body.legalReviewNeed;
    expect(review.reasons).toEqual(['重大执法决定法制审核目录：经过听证的案件']);

    const noticeText = await documentText(platform, filed.id, 'hearingNotice', hearing.id);
    for (const expected of [
      '听证通知书',
      filed.caseNumber,
      '大队二楼听证室',
      '吴记录',
      '委托一至二人代理',
    ]) {
      expect(noticeText).toContain(expected);
    }
    const recordText = await documentText(platform, filed.id, 'hearingRecord', hearing.id);
    for (const expected of [
      '听证笔录',
      '郑律师（律师）',
      '当事人称系初次运输，请求从轻处罚',
      '建议维持拟处罚意见',
      '当事人已核对无误并签名',
    ]) {
      expect(recordText).toContain(expected);
    }
  });

  it('行政处罚法第六十四条第六项：无正当理由拒不出席视为放弃听证；有正当理由的延期举行', async () => {
    const filed = await notified(hearingFine, 30);
    await respond(filed.id, 'hearingRequest', daysAgo(28), '要求举行听证');
    await officer.post(
      `/api/cases/${filed.id}/hearings`,
      hearingPlan(daysAgo(28), await earliestHearing(daysAgo(28))),
    );
    const postponed = await officer.post(`/api/cases/${filed.id}/hearing-records`, {
      attendance: 'absentWithGoodReason',
      partySigned: false,
      refusalNote: '当事人住院，申请延期',
      report: '当事人有正当理由未到场，听证延期举行。',
    });
    expect(postponed.body.hearings[0].record.outcome).toBe('postponed');
    const stillOpen = await officer.post(`/api/cases/${filed.id}/close-statement-period`);
    expect(ruleCodes(stillOpen)).toEqual(['DECISION_BEFORE_HEARING_CONCLUDED']);

    const plan = hearingPlan(daysAgo(16), await earliestHearing(daysAgo(16)));
    const rescheduled = await officer.post(`/api/cases/${filed.id}/hearings`, plan);
    expect(rescheduled.status).toBe(200);
    const again = await officer.post(`/api/cases/${filed.id}/hearings`, plan);
    expect(again.status).toBe(409);
    const noShow = await officer.post(`/api/cases/${filed.id}/hearing-records`, {
      attendance: 'absentWithoutGoodReason',
      partySigned: false,
      refusalNote: '当事人经通知未到场',
      report: '当事人无正当理由拒不出席，视为放弃听证，听证终止。',
    });
    expect(noShow.status).toBe(200);
    expect(noShow.body.hearings[0].record).toMatchObject({
      outcome: 'waived',
      outcomeLabel: '视为放弃听证，听证终止',
    });
    const record = await platform.database.db
      .selectFrom('recordLog')
      .select('change')
      .where('objectId', '=', filed.id)
      .where('action', '=', 'recordHearing')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(record.change).toMatchObject({
      outcome: 'waived',
      waiver: '当事人无正当理由拒不出席听证，视为放弃听证权利，听证终止',
    });

    expect((await officer.post(`/api/cases/${filed.id}/close-statement-period`)).status).toBe(200);
    const decided = await head.post(
      `/api/cases/${filed.id}/decision`,
      penaltyDecisionBody(hearingFine),
    );
    expect(decided.status).toBe(200);
  });

  it('行政处罚法第六十四条：只有要求听证的案件才安排听证；听证记录不能提前', async () => {
    const filed = await notified(hearingFine, 3);
    const unrequested = await officer.post(
      `/api/cases/${filed.id}/hearings`,
      hearingPlan(daysAgo(2), chinaDate()),
    );
    expect(ruleCodes(unrequested)).toEqual(['ILLEGAL_STAGE_TRANSITION']);
    await respond(filed.id, 'hearingRequest', daysAgo(2), '要求举行听证');
    const twice = await respond(filed.id, 'hearingRequest', daysAgo(1));
    expect(twice.status).toBe(409);
    const hearingOn = await earliestHearing(daysAgo(1));
    const scheduled = await officer.post(
      `/api/cases/${filed.id}/hearings`,
      hearingPlan(daysAgo(1), hearingOn),
    );
    expect(scheduled.status).toBe(200);
    const early = await officer.post(`/api/cases/${filed.id}/hearing-records`, attendedRecord);
    expect(early.status).toBe(400);
    expect(early.body.error.message).toBe(`听证定于 ${hearingOn} 举行，尚未到听证日期`);
  });
});
