import dayjs from 'dayjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDeadline } from '../../src/domain/case/case-deadlines.js';
import { summaryFilingDeadline } from '../../src/domain/case/summary-procedure.js';
import { chinaDate } from '../../src/domain/china-date.js';
import { loadWorkdayCalendar } from '../../src/modules/calendar/calendar.service.js';
import {
  backdateFiling,
  closeInvestigationOf,
  daysAgo,
  decidedCase,
  evidenceForm,
  fileCase,
  penaltyDecisionBody,
  proposeFiling,
  serveNoticeOf,
} from '../support/cases.js';
import {
  startTestPlatform,
  type TestClient,
  type TestPlatform,
  type TestResponse,
} from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

/**
 * Each path of a penalty case (issue 3) walked end to end through the API, as the people who
 * act in it: qs.zhifa1 and qs.zhifa2 investigate, qs.fuzeren approves and decides, qs.fazhi
 * reviews, the city's supervisor remarks. After every step the stage is checked; at the end,
 * the documents the case offers and the record of every act, in order.
 */

let platform: TestPlatform;
let zhifa1: TestClient;
let zhifa2: TestClient;
let head: TestClient;
let reviewer: TestClient;
let supervisor: TestClient;
let zhifa1Officer: string;
let zhifa2Officer: string;
let reviewerOfficer: string;

const today = chinaDate();
const certificate = { legalProfessionCertificate: 'A20184301000123' };

beforeAll(async () => {
  platform = await startTestPlatform();
  zhifa1 = await platform.signIn('qs.zhifa1');
  zhifa2 = await platform.signIn('qs.zhifa2');
  head = await platform.signIn('qs.fuzeren');
  reviewer = await platform.signIn('qs.fazhi');
  // The demo has one supervisor, at the city (市), whose scope covers 清水县.
  supervisor = await platform.signIn('shi.jiandu');
  const officerOf = async (client: TestClient) =>
    (await client.get('/api/auth/me')).body.user.officerId as string;
  zhifa1Officer = await officerOf(zhifa1);
  zhifa2Officer = await officerOf(zhifa2);
  reviewerOfficer = await officerOf(reviewer);
});
afterAll(() => platform.close());

/** The response body, once its status is the expected one (the body explains a failure). */
function ok<T = any>(response: TestResponse<T>, status = 200): T {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

function ruleCodes(response: TestResponse): string[] {
  expect(response.status, JSON.stringify(response.body)).toBe(422);
  return (response.body as any).error.details.map((detail: { path: string }) => detail.path);
}

async function stageOf(caseId: string): Promise<string> {
  return ok(await zhifa1.get(`/api/cases/${caseId}`)).stage;
}

/** The documents the case offers now, by code (a document with several copies once for each). */
async function documentsOf(caseId: string): Promise<string[]> {
  const listed = ok(await zhifa1.get(`/api/cases/${caseId}/documents`)) as { code: string }[];
  return listed.map((document) => document.code);
}

/** The record log of the case (GET …/timeline): every act, oldest first. */
async function actsOf(caseId: string): Promise<string[]> {
  const entries = ok(await zhifa2.get(`/api/cases/${caseId}/timeline`)).items as {
    seq: number;
    objectType: string;
    action: string;
  }[];
  const seqs = entries.map((entry) => entry.seq);
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  return entries.map((entry) => `${entry.objectType}.${entry.action}`);
}

/**
 * 结案: a case officer submits the 结案报告 (the stage does not move yet), the head approves it.
 */
async function closeCase(officer: TestClient, caseId: string, report: Record<string, string>) {
  const before = await stageOf(caseId);
  ok(await officer.post(`/api/cases/${caseId}/closures`, report));
  expect(await stageOf(caseId)).toBe(before);
  ok(
    await head.post(`/api/cases/${caseId}/closures/decide`, {
      approved: true,
      opinion: '同意结案',
    }),
  );
  expect(await stageOf(caseId)).toBe('closed');
}

/** 直接送达 of the decision (or another document) by the case officers, signed by the party. */
function directService(officerIds: string[], actedOn = today, change = {}) {
  return {
    documentCode: 'decision',
    method: 'direct',
    recipient: '王五',
    actedOn,
    place: '清水县交通运输综合行政执法大队',
    signer: '王五',
    signerRelation: '本人',
    serverOfficerIds: officerIds,
    ...change,
  };
}

describe(`办案路径一：普通程序，无法制审核、无集体讨论 (${testBackend})`, () => {
  it('线索 → 立案 → 取证与笔录 → 调查终结 → 告知 → 书面放弃 → 决定 → 送达 → 缴款 → 结案 → 归档；归档后只能加备注', async () => {
    // 线索 and 申请立案 by the officer; the head approves (交通运输行政执法程序规定第六十三条).
    const proposed = await proposeFiling(zhifa1);
    expect(proposed.officerIds).toEqual([zhifa1Officer, zhifa2Officer]);
    const caseId = proposed.id;
    expect(ok(await zhifa1.get(`/api/leads/${proposed.leadId}`)).status).toBe('open');
    expect(await stageOf(caseId)).toBe('filingPending');
    expect((await zhifa1.post(`/api/cases/${caseId}/approve-filing`)).status).toBe(403);
    const filed = ok(await head.post(`/api/cases/${caseId}/approve-filing`));
    expect(filed).toMatchObject({ stage: 'investigating', filingDate: today });
    expect(filed.caseNumber).toMatch(/罚〔\d{4}〕第\d+号$/);
    expect(ok(await zhifa1.get(`/api/leads/${proposed.leadId}`)).status).toBe('filed');

    // 调查取证: a photograph, and a 询问笔录 by both case officers (行政处罚法第四十二条、第五十五条).
    const photo = ok(
      await zhifa1.post(
        `/api/cases/${caseId}/evidence`,
        evidenceForm(
          { type: 'audioVisual', title: '现场照片', collectedAt: `${today}T08:30:00+08:00` },
          { name: 'site.jpg', type: 'image/jpeg', bytes: Buffer.from('现场照片') },
        ),
      ),
      201,
    );
    expect(await stageOf(caseId)).toBe('investigating');
    const start = dayjs().subtract(2, 'hour');
    const inquiry = {
      kind: 'inquiry',
      startedAt: start.toISOString(),
      endedAt: start.add(40, 'minute').toISOString(),
      place: '清水县交通运输综合行政执法大队询问室',
      officerIds: [zhifa1Officer, zhifa2Officer],
      recorderOfficerId: zhifa2Officer,
      subject: {
        kind: 'citizen',
        name: '王五',
        idNumber: '11010519491231002X',
        address: '城关镇1号',
        relation: 'party',
        phone: '13900001111',
      },
      signature: 'signed',
      questions: [
        { question: '这车货是谁托运的？', answer: '县城一家建材店，收了四百元运费。' },
        { question: '你有道路运输经营许可证吗？', answer: '没有办。' },
      ],
    };
    const alone = await zhifa2.post(`/api/cases/${caseId}/transcripts`, {
      ...inquiry,
      officerIds: [zhifa2Officer],
    });
    expect(ruleCodes(alone)).toEqual(['TOO_FEW_OFFICERS_PRESENT']);
    const transcript = ok(await zhifa2.post(`/api/cases/${caseId}/transcripts`, inquiry), 201);
    expect(transcript.evidenceType).toBe('partyStatement');
    expect(await stageOf(caseId)).toBe('investigating');

    // 调查终结 (行政处罚法第五十七条): the report cites the photograph and the 笔录.
    const review = await closeInvestigationOf(zhifa1, caseId, {
      reportDate: today,
      evidenceIds: [photo.id, transcript.evidenceId],
    });
    expect(review.reports[0].evidence.map((item: { title: string }) => item.title)).toEqual([
      '现场照片',
      '询问笔录（王五）',
      '现场笔录',
    ]);
    expect(review.legalReviewNeed).toEqual({ required: false, reasons: [] });
    expect(await stageOf(caseId)).toBe('investigationClosed');

    // 告知 (行政处罚法第四十四条): 500 yuan is below the hearing threshold.
    const notice = ok(await serveNoticeOf(zhifa1, caseId, today));
    expect(notice.notices[0]).toMatchObject({ hearingRight: false, servedOn: today });
    expect(await stageOf(caseId)).toBe('priorNoticeServed');

    // 行政处罚法第六十二条: the period runs unless the party waives in writing.
    const early = await zhifa1.post(`/api/cases/${caseId}/close-statement-period`);
    expect(ruleCodes(early)).toEqual(['DECISION_BEFORE_RESPONSE_PERIOD_ENDS']);
    const waiver = ok(
      await zhifa1.post(`/api/cases/${caseId}/party-responses`, {
        kind: 'waiver',
        receivedOn: today,
        form: 'written',
        content: '本人对违法事实无异议，放弃陈述、申辩的权利。王五',
      }),
    );
    expect(waiver.responses[0]).toMatchObject({ kind: 'waiver', form: 'written' });
    expect(await stageOf(caseId)).toBe('priorNoticeServed');
    ok(await zhifa1.post(`/api/cases/${caseId}/close-statement-period`));
    expect(await stageOf(caseId)).toBe('awaitingDecision');

    // 决定 by the head (查处分离: not by a case officer).
    expect((await zhifa1.post(`/api/cases/${caseId}/decision`, penaltyDecisionBody())).status).toBe(
      403,
    );
    const decided = ok(await head.post(`/api/cases/${caseId}/decision`, penaltyDecisionBody()));
    expect(decided.decision).toMatchObject({
      kind: 'penalty',
      decidedOn: today,
      fineFen: 50_000,
      documentNumber: filed.caseNumber,
    });
    expect(await stageOf(caseId)).toBe('decided');

    // 送达 (行政处罚法第六十一条) starts execution of the fine (第六十七条第三款).
    const served = ok(
      await zhifa1.post(`/api/cases/${caseId}/services`, directService(proposed.officerIds)),
      201,
    );
    expect(served.documents[0]).toMatchObject({ code: 'decision', servedOn: today });
    expect(await stageOf(caseId)).toBe('executing');
    const execution = ok(await zhifa1.get(`/api/cases/${caseId}/execution`));
    expect(execution).toMatchObject({
      servedOn: today,
      dueDate: dayjs(today).add(15, 'day').format('YYYY-MM-DD'),
      balance: { outstandingFen: 50_000 },
      completion: { complete: false },
    });

    // 罚缴分离 (行政处罚法第六十七条): paid at the bank, recorded with its reference.
    const payment = { amountFen: 50_000, paidOn: today, channel: 'bank' };
    const unreferenced = await zhifa1.post(`/api/cases/${caseId}/payments`, payment);
    expect(ruleCodes(unreferenced)).toEqual(['PAYMENT_WITHOUT_REFERENCE']);
    const paid = ok(
      await zhifa1.post(`/api/cases/${caseId}/payments`, { ...payment, reference: 'FS-P1-0001' }),
      201,
    );
    expect(paid.balance).toMatchObject({ paidFen: 50_000, outstandingFen: 0, lateFeeFen: 0 });
    expect(paid.completion).toEqual({ complete: true, missing: [] });
    expect(await stageOf(caseId)).toBe('executing');

    // 结案: the officers report, the head approves.
    await closeCase(zhifa1, caseId, {
      summary: '当事人未取得道路运输经营许可从事货运经营，罚款500元，已送达并缴清。',
      executionSummary: '当事人通过指定银行缴清罚款，凭证号 FS-P1-0001。',
    });

    // 归档: the complete file is sealed, and the seal verifies.
    const file = ok(await zhifa1.get(`/api/cases/${caseId}/file`));
    expect(file).toMatchObject({ gaps: [], archivable: true });
    const archived = ok(await zhifa1.post(`/api/cases/${caseId}/archive`));
    expect(archived.archive.sealSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await stageOf(caseId)).toBe('archived');
    expect(ok(await zhifa1.get(`/api/cases/${caseId}/archive/verify`))).toMatchObject({
      intact: true,
      changed: [],
    });

    // Sealed: every further write is refused and writes nothing; a remark is still taken.
    const before = await actsOf(caseId);
    const writes: [string, () => Promise<TestResponse<any>>][] = [
      [
        'payment',
        () => zhifa1.post(`/api/cases/${caseId}/payments`, { ...payment, reference: 'FS-P1-0002' }),
      ],
      [
        'closure',
        () =>
          zhifa1.post(`/api/cases/${caseId}/closures`, {
            summary: '再次提交结案报告，补充执行情况。',
          }),
      ],
      [
        'service',
        () => zhifa1.post(`/api/cases/${caseId}/services`, directService(proposed.officerIds)),
      ],
    ];
    for (const [what, write] of writes) {
      const refused = await write();
      expect.soft(refused.status, what).toBe(409);
      expect.soft(refused.body.error.message, what).toContain('已归档');
    }
    const evidence = await zhifa1.post(
      `/api/cases/${caseId}/evidence`,
      evidenceForm({
        type: 'documentary',
        title: '补充材料',
        collectedAt: `${today}T10:00:00+08:00`,
      }),
    );
    expect(ruleCodes(evidence)).toEqual(['EVIDENCE_OUTSIDE_INVESTIGATION']);
    expect(ruleCodes(await zhifa1.post(`/api/cases/${caseId}/archive`))).toEqual([
      'ILLEGAL_STAGE_TRANSITION',
    ]);
    expect(await actsOf(caseId)).toEqual(before);
    const remark = ok(
      await supervisor.post(`/api/cases/${caseId}/annotations`, {
        text: '经案卷评查，本案程序合法，文书规范。',
      }),
    );
    expect(remark.annotations).toEqual([
      expect.objectContaining({ text: '经案卷评查，本案程序合法，文书规范。' }),
    ]);
    expect(await stageOf(caseId)).toBe('archived');

    expect(await documentsOf(caseId)).toEqual([
      'filingRegister',
      'inquiryRecord',
      'investigationReport',
      'violationNotice',
      'penaltyDecision',
      'serviceReceipt',
      'closureReport',
      'fileIndex',
    ]);
    expect(await actsOf(caseId)).toEqual([
      'lead.create',
      'case.submitFiling',
      'case.approveFiling',
      'case.addEvidence',
      'case.recordTranscript',
      'case.addEvidence',
      'case.closeInvestigation',
      'case.servePriorNotice',
      'case.recordPartyResponse',
      'case.closeStatementPeriod',
      'case.decidePenalty',
      'case.serve',
      'case.startExecution',
      'case.recordPayment',
      'case.submitClosure',
      'case.close',
      'case.archive',
      'case.annotate',
    ]);
  });
});

describe(`办案路径二：法制审核退回后通过、集体讨论、听证 (${testBackend})`, () => {
  it('行政处罚法第五十七条第二款、第五十八条、第六十三条、第六十四条：听证后经法制审核（建议修改后提交，再审通过）和集体讨论作出决定', async () => {
    // Time passes through the dates the acts carry (the notice served 40 days ago, the hearing
    // held on its earliest day); 立案 is moved 50 days back so that the report can follow it.
    const filed = await fileCase(zhifa1, head);
    const caseId = filed.id;
    await backdateFiling(platform, caseId, 50);
    expect(await stageOf(caseId)).toBe('investigating');

    // 12,000 yuan: above the hearing threshold (10,000) and the review catalogue (3,000); the
    // officers mark the case complex, so the heads discuss it (第五十七条第二款).
    const review = await closeInvestigationOf(zhifa1, caseId, {
      reportDate: daysAgo(45),
      proposal: { kinds: ['fine'], fineFen: 1_200_000 },
      complexOrMajor: true,
    });
    expect(review.legalReviewNeed.required).toBe(true);
    expect(await stageOf(caseId)).toBe('investigationClosed');

    const notified = ok(await serveNoticeOf(zhifa1, caseId, daysAgo(40))).notices[0];
    const calendar = await loadWorkdayCalendar(platform.database.db);
    expect(notified).toMatchObject({
      hearingRight: true,
      hearingRequestDeadline: computeDeadline('hearingRequest', daysAgo(40), calendar).date,
    });
    expect(await stageOf(caseId)).toBe('priorNoticeServed');

    // 第六十四条第一项: the request within five working days of the notice, not a day later.
    const hearingRequest = (receivedOn: string) =>
      zhifa1.post(`/api/cases/${caseId}/party-responses`, {
        kind: 'hearingRequest',
        receivedOn,
        form: 'written',
        content: '本人对罚款数额有异议，要求举行听证。王五',
      });
    const lastDay = notified.hearingRequestDeadline;
    const late = await hearingRequest(dayjs(lastDay).add(1, 'day').format('YYYY-MM-DD'));
    expect(ruleCodes(late)).toEqual(['HEARING_REQUEST_LATE']);
    expect(await stageOf(caseId)).toBe('priorNoticeServed');
    ok(await hearingRequest(lastDay));
    expect(await stageOf(caseId)).toBe('statementPeriod');

    // 第六十四条: the notice seven working days before, and a chair who did not investigate.
    const noticeServedOn = lastDay;
    const hearingOn = computeDeadline('earliestHearing', noticeServedOn, calendar).date;
    const plan = {
      noticeServedOn,
      noticeServiceMethod: 'direct',
      hearingOn,
      place: '大队二楼听证室',
      chairOfficerId: reviewerOfficer,
      recorderName: '吴记录',
      public: true,
      agents: [{ name: '郑律师', relation: '律师' }],
    };
    const wrong = await zhifa1.post(`/api/cases/${caseId}/hearings`, {
      ...plan,
      hearingOn: dayjs(hearingOn).subtract(1, 'day').format('YYYY-MM-DD'),
      chairOfficerId: zhifa2Officer,
    });
    expect(ruleCodes(wrong)).toEqual(['HEARING_NOTICE_LATE', 'HEARING_CHAIR_IS_INVESTIGATOR']);
    const scheduled = ok(await zhifa1.post(`/api/cases/${caseId}/hearings`, plan));
    expect(scheduled.hearings[0]).toMatchObject({ hearingOn, chairOfficerId: reviewerOfficer });
    const unheard = await zhifa1.post(`/api/cases/${caseId}/close-statement-period`);
    expect(ruleCodes(unheard)).toEqual(['DECISION_BEFORE_HEARING_CONCLUDED']);
    const heard = ok(
      await zhifa2.post(`/api/cases/${caseId}/hearing-records`, {
        attendance: 'attended',
        investigatorsStatement: '调查人员陈述了当事人无证经营的事实、证据和罚款建议。',
        partyStatement: '当事人称系初次运输，请求从轻处罚。',
        crossExamination: '双方对询问笔录和现场照片进行了质证。',
        partySigned: true,
        report: '违法事实清楚，当事人系初犯，建议酌情从轻。',
      }),
    );
    expect(heard.hearings[0].record).toMatchObject({ outcome: 'held' });
    expect(await stageOf(caseId)).toBe('statementPeriod');
    ok(await zhifa1.post(`/api/cases/${caseId}/close-statement-period`));
    expect(await stageOf(caseId)).toBe('awaitingDecision');

    const unreviewed = await head.post(
      `/api/cases/${caseId}/decision`,
      penaltyDecisionBody(1_200_000),
    );
    expect(ruleCodes(unreviewed)).toEqual(
      expect.arrayContaining(['LEGAL_REVIEW_MISSING', 'COLLECTIVE_DISCUSSION_MISSING']),
    );

    // 法制审核 (第五十八条): 建议修改后提交, then the revised proposal passes.
    ok(
      await zhifa1.post(`/api/cases/${caseId}/legal-review-requests`, {
        submission: '经听证，拟对当事人罚款一万二千元，请予审核。',
      }),
    );
    expect(await stageOf(caseId)).toBe('legalReview');
    ok(
      await reviewer.post(`/api/cases/${caseId}/legal-review-opinions`, {
        opinion: 'returned',
        comments: '当事人系初犯，听证中已说明，建议按裁量基准调整为一万元后提交。',
        ...certificate,
      }),
    );
    expect(await stageOf(caseId)).toBe('awaitingDecision');
    const returned = await head.post(
      `/api/cases/${caseId}/decision`,
      penaltyDecisionBody(1_000_000),
    );
    expect(ruleCodes(returned)).toContain('LEGAL_REVIEW_NOT_PASSED');
    ok(
      await zhifa1.post(`/api/cases/${caseId}/legal-review-requests`, {
        submission: '已按审核意见将罚款调整为一万元。',
        proposal: { kinds: ['fine'], fineFen: 1_000_000 },
      }),
    );
    expect(await stageOf(caseId)).toBe('legalReview');
    const passed = ok(
      await reviewer.post(`/api/cases/${caseId}/legal-review-opinions`, {
        opinion: 'approved',
        comments: '事实清楚，证据确凿，程序合法，适用依据正确，处罚适当。',
      }),
    );
    expect(
      passed.legalReviews.map((round: { opinion: { opinion: string } }) => round.opinion.opinion),
    ).toEqual(['approved', 'returned']);
    expect(await stageOf(caseId)).toBe('awaitingDecision');

    // 集体讨论 (第五十七条第二款) by three heads, the decision as they concluded.
    ok(
      await zhifa1.post(`/api/cases/${caseId}/collective-discussion-requests`, {
        reason: '罚款数额较大且经过听证，案情复杂。',
      }),
    );
    expect(await stageOf(caseId)).toBe('collectiveDiscussion');
    ok(
      await head.post(`/api/cases/${caseId}/collective-discussions`, {
        heldOn: today,
        place: '局三楼会议室',
        participants: [
          { name: '赵局长', position: '局长', opinion: '同意按法制审核意见罚款一万元。' },
          { name: '钱副局长', position: '副局长', opinion: '同意。' },
          { name: '孙副局长', position: '副局长', opinion: '同意，注意做好送达。' },
        ],
        conclusion: 'penalty',
        conclusionText: '经集体讨论，决定对当事人罚款一万元。',
        recorderName: '周记录',
      }),
    );
    expect(await stageOf(caseId)).toBe('collectiveDiscussion');
    const beyond = await head.post(`/api/cases/${caseId}/decision`, penaltyDecisionBody(1_200_000));
    expect(ruleCodes(beyond)).toEqual(['LEGAL_REVIEW_NOT_COVERING_DECISION']);
    const decided = ok(
      await head.post(`/api/cases/${caseId}/decision`, penaltyDecisionBody(1_000_000)),
    );
    expect(decided.decision).toMatchObject({ fineFen: 1_000_000, summary: '罚款10,000.00元' });
    expect(await stageOf(caseId)).toBe('decided');

    ok(await zhifa1.post(`/api/cases/${caseId}/services`, directService(filed.officerIds)), 201);
    expect(await stageOf(caseId)).toBe('executing');

    expect(await documentsOf(caseId)).toEqual([
      'filingRegister',
      'investigationReport',
      'violationNotice',
      'hearingNotice',
      'hearingRecord',
      'legalReviewOpinion',
      'legalReviewOpinion',
      'collectiveDiscussionRecord',
      'penaltyDecision',
      'serviceReceipt',
      'fileIndex',
    ]);
    expect(await actsOf(caseId)).toEqual([
      'lead.create',
      'case.submitFiling',
      'case.approveFiling',
      'case.addEvidence',
      'case.closeInvestigation',
      'case.servePriorNotice',
      'case.openStatement',
      'case.scheduleHearing',
      'case.recordHearing',
      'case.closeStatementPeriod',
      'case.requestLegalReview',
      'case.returnLegalReview',
      'case.requestLegalReview',
      'case.passLegalReview',
      'case.requestCollectiveDiscussion',
      'case.recordCollectiveDiscussion',
      'case.decidePenalty',
      'case.serve',
      'case.startExecution',
    ]);
  });
});

describe(`办案路径三：不予行政处罚 (${testBackend})`, () => {
  it('行政处罚法第三十三条：不予处罚决定须记录批评教育，送达后结案、归档', async () => {
    const filed = await fileCase(zhifa1, head);
    const caseId = filed.id;
    expect(await stageOf(caseId)).toBe('investigating');
    await closeInvestigationOf(zhifa1, caseId, { reportDate: today, proposedOutcome: 'noPenalty' });
    expect(await stageOf(caseId)).toBe('investigationClosed');

    const body = {
      kind: 'noPenalty',
      ground: 'minorViolation',
      reconsiderationBody: '清水县人民政府',
      litigationCourt: '清水县人民法院',
      sealed: true,
    };
    const uneducated = await head.post(`/api/cases/${caseId}/decision`, body);
    expect(ruleCodes(uneducated)).toEqual(['NO_PENALTY_EDUCATION_MISSING']);
    expect(await stageOf(caseId)).toBe('investigationClosed');
    const decided = ok(
      await head.post(`/api/cases/${caseId}/decision`, {
        ...body,
        education: '执法人员当场对当事人进行了批评教育，当事人表示今后依法经营。',
      }),
    );
    expect(decided.decision).toMatchObject({ kind: 'noPenalty', summary: '不予行政处罚' });
    expect(await stageOf(caseId)).toBe('decided');

    ok(await zhifa1.post(`/api/cases/${caseId}/services`, directService(filed.officerIds)), 201);
    // Nothing to execute: the case stays 已送达 until it is closed.
    expect(await stageOf(caseId)).toBe('served');

    await closeCase(zhifa2, caseId, {
      summary: '违法行为轻微并及时改正，作出不予行政处罚决定并直接送达。',
    });
    ok(await zhifa1.post(`/api/cases/${caseId}/archive`));
    expect(await stageOf(caseId)).toBe('archived');
    expect(ok(await zhifa1.get(`/api/cases/${caseId}/archive/verify`)).intact).toBe(true);

    expect(await documentsOf(caseId)).toEqual([
      'filingRegister',
      'investigationReport',
      'noPenaltyDecision',
      'serviceReceipt',
      'closureReport',
      'fileIndex',
    ]);
    expect(await actsOf(caseId)).toEqual([
      'lead.create',
      'case.submitFiling',
      'case.approveFiling',
      'case.addEvidence',
      'case.closeInvestigation',
      'case.decideNoPenalty',
      'case.serve',
      'case.submitClosure',
      'case.close',
      'case.archive',
    ]);
  });
});

describe(`办案路径四：涉嫌犯罪移送公安机关 (${testBackend})`, () => {
  const proposal = (evidenceIds: string[]) => ({
    kind: 'crime',
    recipient: '清水县公安局',
    reason: '当事人伪造道路运输证从事客运经营，查获伪造的道路运输证 12 本。',
    suspectedOffence: '伪造国家机关证件罪',
    report: '经调查，当事人长期使用伪造的道路运输证从事客运经营，涉嫌犯罪。',
    items: [{ name: '伪造的道路运输证', quantity: '12本' }],
    evidenceIds,
  });

  it('行政执法机关移送涉嫌犯罪案件的规定第五条至第七条：负责人决定移送，二十四小时内附鉴定意见移送，公安机关立案后归档', async () => {
    const filed = await fileCase(zhifa1, head);
    const caseId = filed.id;
    const opinion = ok(
      await zhifa1.post(
        `/api/cases/${caseId}/evidence`,
        evidenceForm({
          type: 'expertOpinion',
          title: '道路运输证真伪鉴定意见',
          collectedAt: `${today}T09:00:00+08:00`,
        }),
      ),
      201,
    );
    const unattached = await zhifa1.post(`/api/cases/${caseId}/transfers`, proposal([]));
    expect(ruleCodes(unattached)).toEqual(['TRANSFER_ATTACHMENT_MISSING']);
    const proposed = ok(
      await zhifa1.post(`/api/cases/${caseId}/transfers`, proposal([opinion.id])),
    );
    const transferId = proposed.items[0].id;
    expect(await stageOf(caseId)).toBe('investigating');

    expect(
      (
        await zhifa1.post(`/api/transfers/${transferId}/decide`, {
          approved: true,
          opinion: '同意',
        })
      ).status,
    ).toBe(403);
    ok(
      await head.post(`/api/transfers/${transferId}/decide`, {
        approved: true,
        opinion: '同意移送清水县公安局',
      }),
    );
    expect(await stageOf(caseId)).toBe('transferred');

    const handedOver = ok(
      await zhifa1.post(`/api/transfers/${transferId}/handover`, {
        handedOverAt: new Date().toISOString(),
        receiptSignedBy: '清水县公安局 刘警官',
      }),
    );
    expect(handedOver.items[0]).toMatchObject({ status: 'handedOver', handover: { late: false } });
    expect(await stageOf(caseId)).toBe('transferred');
    expect(handedOver.items[0].evidence).toEqual([
      expect.objectContaining({ id: opinion.id, title: '道路运输证真伪鉴定意见' }),
    ]);
    // The file waits for the police's answer before it is archived.
    const unanswered = await zhifa1.post(`/api/cases/${caseId}/archive`);
    expect(ruleCodes(unanswered)).toEqual(['CASE_FILE_INCOMPLETE']);
    expect(await stageOf(caseId)).toBe('transferred');
    const answered = ok(
      await zhifa1.post(`/api/transfers/${transferId}/events`, {
        kind: 'accepted',
        occurredOn: today,
        organ: '清水县公安局',
        documentNumber: '清公（刑）立字〔2026〕18号',
      }),
    );
    expect(answered.items[0].answer).toBe('accepted');
    expect(await stageOf(caseId)).toBe('transferred');

    expect(ok(await zhifa1.get(`/api/cases/${caseId}/file`))).toMatchObject({
      gaps: [],
      archivable: true,
    });
    ok(await zhifa1.post(`/api/cases/${caseId}/archive`));
    expect(await stageOf(caseId)).toBe('archived');

    expect(await documentsOf(caseId)).toEqual([
      'filingRegister',
      'crimeTransferLetter',
      'fileIndex',
    ]);
    expect(await actsOf(caseId)).toEqual([
      'lead.create',
      'case.submitFiling',
      'case.approveFiling',
      'case.addEvidence',
      'case.proposeTransfer',
      'case.transfer',
      'case.handOverTransfer',
      'case.recordTransferEvent',
      'case.archive',
    ]);
  });

  it('行政处罚法第二十七条：公安机关退回的案件，接收退回后回到调查取证', async () => {
    const filed = await fileCase(zhifa1, head);
    const caseId = filed.id;
    const proposed = ok(await zhifa1.post(`/api/cases/${caseId}/transfers`, proposal([])));
    const transferId = proposed.items[0].id;
    ok(await head.post(`/api/transfers/${transferId}/decide`, { approved: true, opinion: '同意' }));
    expect(await stageOf(caseId)).toBe('transferred');
    // Thirty hours pass between the decision and the handover: more than the 24 hours of
    // 移送规定第五条, which the handover then shows.
    await platform.database.db
      .updateTable('caseTransfer')
      .set({ decidedAt: dayjs().subtract(30, 'hour').toDate() })
      .where('id', '=', transferId)
      .execute();
    const handedOver = ok(
      await zhifa1.post(`/api/transfers/${transferId}/handover`, {
        handedOverAt: new Date().toISOString(),
        receiptSignedBy: '清水县公安局 值班民警王某',
      }),
    );
    expect(handedOver.items[0].handover.late).toBe(true);
    expect(await stageOf(caseId)).toBe('transferred');

    const premature = await zhifa1.post(`/api/transfers/${transferId}/take-back`, {
      reason: '想要自行处罚',
    });
    expect(ruleCodes(premature)).toEqual(['TRANSFER_NOT_RETURNED']);
    expect(await stageOf(caseId)).toBe('transferred');
    ok(
      await zhifa1.post(`/api/transfers/${transferId}/events`, {
        kind: 'returned',
        occurredOn: today,
        organ: '清水县公安局',
        note: '不构成犯罪，退回依法处理',
      }),
    );
    expect(await stageOf(caseId)).toBe('transferred');
    const takenBack = ok(
      await zhifa1.post(`/api/transfers/${transferId}/take-back`, {
        reason: '公安机关退回，依法给予行政处罚',
      }),
    );
    expect(takenBack.items[0].status).toBe('takenBack');
    expect(await stageOf(caseId)).toBe('investigating');

    expect(await documentsOf(caseId)).toEqual([
      'filingRegister',
      'crimeTransferLetter',
      'fileIndex',
    ]);
    expect(await actsOf(caseId)).toEqual([
      'lead.create',
      'case.submitFiling',
      'case.approveFiling',
      'case.proposeTransfer',
      'case.transfer',
      'case.handOverTransfer',
      'case.recordTransferEvent',
      'case.receiveReturnedCase',
    ]);
  });
});

describe(`办案路径五：简易程序 (${testBackend})`, () => {
  it('行政处罚法第五十一条、第五十二条，交通运输行政执法程序规定第六十一条：号段发放给执法人员，当场处罚，五日内备案', async () => {
    const range = ok(
      await head.post('/api/form-number-ranges', {
        officerId: zhifa1Officer,
        series: '清综当罚',
        firstNumber: 301,
        lastNumber: 310,
      }),
      201,
    );
    expect(range).toMatchObject({ officerId: zhifa1Officer, nextNumber: 301, remaining: 10 });
    const me = (await zhifa1.get('/api/auth/me')).body.user;
    const areaCode = (await zhifa1.get(`/api/agencies/${me.agencyId}`)).body.regionCode;
    const now = new Date();
    const decision = (formNumber: number, change: Record<string, unknown> = {}) => ({
      rangeId: range.id,
      formNumber,
      colleagueIds: [zhifa2Officer],
      category: 'transportAdministration',
      party: {
        kind: 'citizen',
        name: '李四',
        idNumber: '11010519491231002X',
        address: '城关镇2号',
      },
      place: 'S315线清水收费站',
      areaCode,
      actAt: new Date(now.getTime() - 20 * 60 * 1000).toISOString(),
      decidedAt: now.toISOString(),
      facts: '驾驶营运客车未随车携带道路运输证',
      factsConfirmed: true,
      violatedProvision: '《中华人民共和国道路运输条例》第三十一条',
      legalBasis: '《中华人民共和国道路运输条例》第六十八条',
      penaltyKinds: ['fine'],
      fineFen: 20_000,
      reconsiderationBody: '清水县人民政府',
      litigationCourt: '清水县人民法院',
      ...change,
    });

    const tooHigh = await zhifa1.post('/api/summary-decisions', decision(301, { fineFen: 20_001 }));
    expect(ruleCodes(tooHigh)).toEqual(['SUMMARY_FINE_TOO_HIGH']);
    const outside = await zhifa1.post('/api/summary-decisions', decision(311));
    expect(ruleCodes(outside)).toEqual(['FORM_NUMBER_OUT_OF_RANGE']);
    const notMine = await zhifa2.post('/api/summary-decisions', decision(301));
    expect(ruleCodes(notMine)).toEqual(['FORM_NUMBER_NOT_ISSUED_TO_OFFICER']);

    const made = ok(await zhifa1.post('/api/summary-decisions', decision(301)), 201);
    expect(made).toMatchObject({
      documentNumber: '清综当罚0301',
      penaltyLabel: '罚款 200.00元',
      filingStatus: 'pending',
      filingDeadline: summaryFilingDeadline(today),
    });
    const ranges = ok(await zhifa1.get('/api/form-number-ranges?mine=true')).items;
    expect(ranges.find((item: { id: string }) => item.id === range.id)).toMatchObject({
      used: 1,
      nextNumber: 302,
    });

    const filing = ok(await zhifa1.post(`/api/summary-decisions/${made.id}/filing`, {}));
    expect(filing).toMatchObject({ filingStatus: 'filed', filing: { late: false } });
    expect((await zhifa1.post(`/api/summary-decisions/${made.id}/filing`, {})).status).toBe(409);
    const document = await zhifa1.get(`/api/summary-decisions/${made.id}/document?format=docx`);
    expect(document.status).toBe(200);
    const records = ok(
      await head.get(`/api/records?objectType=summaryDecision&objectId=${made.id}`),
    ).items.map((entry: { action: string }) => entry.action);
    expect(records).toEqual(['decideSummary', 'fileSummary']);
  });
});

describe(`办案路径六：分期缴纳，逾期加处罚款 (${testBackend})`, () => {
  it('行政处罚法第六十六条第二款、第七十二条：批准分期，一期逾期按日3%加处罚款（以该期为限），缴清后结案', async () => {
    // Served 100 days ago; every period below is in calendar days, which no holiday moves.
    const day = (offset: number) => daysAgo(100 - offset);
    const filed = await decidedCase(platform, {
      officer: zhifa1,
      head,
      fineFen: 200_000,
      decidedOn: day(0),
    });
    const caseId = filed.id;
    expect(await stageOf(caseId)).toBe('decided');
    ok(
      await zhifa1.post(`/api/cases/${caseId}/services`, directService(filed.officerIds, day(0))),
      201,
    );
    expect(await stageOf(caseId)).toBe('executing');
    expect(ok(await zhifa1.get(`/api/cases/${caseId}/execution`)).dueDate).toBe(day(15));

    const applied = ok(
      await zhifa1.post(`/api/cases/${caseId}/payment-plans`, {
        kind: 'instalments',
        appliedOn: day(5),
        reason: '经营困难，申请分两期缴纳',
        instalments: [
          { dueDate: day(20), amountFen: 100_000 },
          { dueDate: day(40), amountFen: 100_000 },
        ],
      }),
      201,
    );
    expect(applied.plans[0]).toMatchObject({ status: 'pending', inForce: false });
    expect(
      (
        await zhifa1.post(`/api/cases/${caseId}/payment-plans/decision`, {
          approved: true,
          reason: '同意',
        })
      ).status,
    ).toBe(403);
    const approved = ok(
      await head.post(`/api/cases/${caseId}/payment-plans/decision`, {
        approved: true,
        reason: '同意分两期缴纳',
      }),
      201,
    );
    expect(approved.plans[0]).toMatchObject({ status: 'approved', inForce: true });
    expect(await stageOf(caseId)).toBe('executing');

    // The first instalment on time; the second not paid when due on day 40.
    ok(
      await zhifa1.post(`/api/cases/${caseId}/payments`, {
        amountFen: 100_000,
        paidOn: day(18),
        channel: 'bank',
        reference: 'FS-P6-0001',
      }),
      201,
    );
    // The 催告书 of day 50 states ten days of surcharge: 10 × 3% × 1,000 yuan.
    const demanded = ok(
      await zhifa1.post(`/api/cases/${caseId}/demands`, { issuedOn: day(50), performBy: day(60) }),
      201,
    );
    expect(demanded.demands[0]).toMatchObject({ principalFen: 100_000, lateFeeFen: 30_000 });
    expect(await stageOf(caseId)).toBe('executing');
    // Sixty days late today: 180 % of the instalment, capped at the instalment.
    const view = ok(await zhifa1.get(`/api/cases/${caseId}/execution`));
    expect(view.balance).toMatchObject({
      fineFen: 200_000,
      paidFen: 100_000,
      lateFeeFen: 100_000,
      principalOutstandingFen: 100_000,
      outstandingFen: 200_000,
      nextDue: { dueDate: day(40), amountFen: 100_000, overdue: true },
    });
    const unpaid = await zhifa1.post(`/api/cases/${caseId}/closures`, {
      summary: '当事人分期缴纳罚款，申请结案。',
    });
    expect(ruleCodes(unpaid)).toEqual(['CLOSURE_EXECUTION_INCOMPLETE']);
    expect(await stageOf(caseId)).toBe('executing');

    const paidOff = ok(
      await zhifa1.post(`/api/cases/${caseId}/payments`, {
        amountFen: 200_000,
        paidOn: today,
        channel: 'ePayment',
        reference: 'WX-P6-0002',
      }),
      201,
    );
    expect(paidOff.balance).toMatchObject({ outstandingFen: 0, nextDue: null });
    expect(paidOff.completion).toEqual({ complete: true, missing: [] });
    expect(await stageOf(caseId)).toBe('executing');
    await closeCase(zhifa1, caseId, {
      summary: '当事人分两期缴纳罚款，第二期逾期，已缴清罚款及加处罚款。',
    });

    expect(await documentsOf(caseId)).toEqual([
      'filingRegister',
      'investigationReport',
      'violationNotice',
      'penaltyDecision',
      'instalmentNotice',
      'demandNotice',
      'serviceReceipt',
      'closureReport',
      'fileIndex',
    ]);
    expect(await actsOf(caseId)).toEqual([
      'lead.create',
      'case.submitFiling',
      'case.approveFiling',
      'case.addEvidence',
      'case.closeInvestigation',
      'case.servePriorNotice',
      'case.closeStatementPeriod',
      'case.decidePenalty',
      'case.serve',
      'case.startExecution',
      'case.applyForPaymentPlan',
      'case.approvePaymentPlan',
      'case.recordPayment',
      'case.issueDemand',
      'case.recordPayment',
      'case.submitClosure',
      'case.close',
    ]);
  });
});

describe(`办案路径七：申请人民法院强制执行 (${testBackend})`, () => {
  it('行政强制法第五十三条、第五十四条：催告送达满十个工作日、复议诉讼期限届满后，在三个月内申请', async () => {
    // Served on Monday 2026-03-02: due 03-17; the six months to sue end on Wednesday 09-02,
    // so the court may be asked from 09-03 to 12-02.
    const filed = await decidedCase(platform, {
      officer: zhifa1,
      head,
      fineFen: 200_000,
      decidedOn: '2026-03-02',
    });
    const caseId = filed.id;
    ok(
      await zhifa1.post(
        `/api/cases/${caseId}/services`,
        directService(filed.officerIds, '2026-03-02'),
      ),
      201,
    );
    expect(await stageOf(caseId)).toBe('executing');
    const apply = (appliedOn: string, client = head) =>
      client.post(`/api/cases/${caseId}/court-applications`, {
        appliedOn,
        court: '清水县人民法院',
      });

    const inTime = await zhifa1.post(`/api/cases/${caseId}/demands`, {
      issuedOn: '2026-03-10',
      performBy: '2026-03-20',
    });
    expect(ruleCodes(inTime)).toEqual(['DEMAND_BEFORE_DEFAULT']);
    expect(ruleCodes(await apply('2026-09-03'))).toEqual(['COURT_APPLICATION_WITHOUT_DEMAND']);

    // Nothing paid: the 催告书 of Monday 08-17 states the fine and the surcharge, which has
    // long reached the fine (行政强制法第四十五条).
    const demand = ok(
      await zhifa1.post(`/api/cases/${caseId}/demands`, {
        issuedOn: '2026-08-17',
        performBy: '2026-08-27',
      }),
      201,
    ).demands[0];
    expect(demand).toMatchObject({ principalFen: 200_000, lateFeeFen: 200_000 });
    ok(
      await zhifa1.post(
        `/api/cases/${caseId}/services`,
        directService(filed.officerIds, '2026-08-17', {
          documentCode: 'demandNotice',
          documentItemId: demand.id,
          place: '城关镇1号',
        }),
      ),
      201,
    );
    expect(ok(await zhifa1.get(`/api/cases/${caseId}/execution`)).courtWindow).toMatchObject({
      opensOn: '2026-09-03',
      closesOn: '2026-12-02',
      // Ten working days after Monday 08-17 end on Monday 08-31.
      earliestAfterDemand: '2026-09-01',
    });

    const withinDemand = await apply('2026-08-28');
    expect(ruleCodes(withinDemand)).toEqual(
      expect.arrayContaining([
        'COURT_APPLICATION_BEFORE_DEMAND_PERIOD_ENDS',
        'COURT_APPLICATION_BEFORE_REMEDY_PERIODS_EXPIRE',
      ]),
    );
    const tooEarly = await apply('2026-09-02');
    expect(ruleCodes(tooEarly)).toEqual(['COURT_APPLICATION_BEFORE_REMEDY_PERIODS_EXPIRE']);
    expect((await apply('2026-09-03', zhifa1)).status).toBe(403);
    const applied = ok(await apply('2026-09-03'), 201);
    expect(applied.courtApplications).toEqual([
      expect.objectContaining({ appliedOn: '2026-09-03', amountFen: 400_000, ruling: null }),
    ]);
    expect(await stageOf(caseId)).toBe('executing');

    const ruled = ok(
      await zhifa1.post(`/api/cases/${caseId}/court-applications/ruling`, {
        outcome: 'granted',
        ruledOn: '2026-09-20',
        rulingNumber: '（2026）湘0921行审201号',
      }),
      201,
    );
    expect(ruled.completion).toEqual({ complete: true, missing: [] });
    await closeCase(zhifa1, caseId, {
      summary: '当事人逾期不缴纳罚款，经催告后申请人民法院强制执行，法院裁定准予执行。',
    });

    expect(await documentsOf(caseId)).toEqual([
      'filingRegister',
      'investigationReport',
      'violationNotice',
      'penaltyDecision',
      'demandNotice',
      'serviceReceipt',
      'serviceReceipt',
      'closureReport',
      'fileIndex',
    ]);
    expect(await actsOf(caseId)).toEqual([
      'lead.create',
      'case.submitFiling',
      'case.approveFiling',
      'case.addEvidence',
      'case.closeInvestigation',
      'case.servePriorNotice',
      'case.closeStatementPeriod',
      'case.decidePenalty',
      'case.serve',
      'case.startExecution',
      'case.issueDemand',
      'case.serveDocument',
      'case.applyToCourt',
      'case.recordCourtRuling',
      'case.submitClosure',
      'case.close',
    ]);
  });
});
