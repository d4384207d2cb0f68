import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../src/domain/china-date.js';
import {
  backdateFiling,
  closeInvestigationOf,
  daysAgo,
  documentText,
  evidenceForm,
  fileCase,
  penaltyDecisionBody,
  serveNoticeOf,
} from '../support/cases.js';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let officer: TestClient;
let head: TestClient;
let reviewer: TestClient;

const certificate = { legalProfessionCertificate: 'A20184301000123' };

beforeAll(async () => {
  platform = await startTestPlatform();
  officer = await platform.signIn('qs.zhifa1');
  head = await platform.signIn('qs.fuzeren');
  reviewer = await platform.signIn('qs.fazhi');
});
afterAll(() => platform.close());

function ruleCodes(response: { body: { error?: { details?: { path: string }[] } } }): string[] {
  return (response.body.error?.details ?? []).map((detail) => detail.path);
}

async function stageOf(caseId: string): Promise<string> {
  return (await officer.get(`/api/cases/${caseId}`)).body.stage;
}

/** Notified of `fineFen` 20 days ago, the statement period closed: waiting for the head. */
async function awaitingDecision(fineFen: number, report: { complexOrMajor?: boolean } = {}) {
  const filed = await fileCase(officer, head);
  await backdateFiling(platform, filed.id, 40);
  await closeInvestigationOf(officer, filed.id, {
    reportDate: daysAgo(30),
    proposal: { kinds: ['fine'], fineFen },
    ...report,
  });
  expect((await serveNoticeOf(officer, filed.id, daysAgo(20))).status).toBe(200);
  expect((await officer.post(`/api/cases/${filed.id}/close-statement-period`)).status).toBe(200);
  return filed;
}

describe(`调查终结 (${testBackend})`, () => {
  it('行政处罚法第五十七条：执法人员提交调查终结报告，列明本案证据和处理建议', async () => {
    const filed = await fileCase(officer, head);
    const evidence = await officer.post(
      `/api/cases/${filed.id}/evidence`,
      evidenceForm({
        type: 'audioVisual',
        title: '执法记录仪视频',
        collectedAt: `${chinaDate()}T08:00:00+08:00`,
      }),
    );
    const report = {
      reportDate: chinaDate(),
      facts: '当事人驾驶车辆从事货物运输，未取得道路运输经营许可。',
      evidenceIds: [evidence.body.id],
      violatedProvision: '《中华人民共和国道路运输条例》第二十四条',
      penaltyBasis: '《中华人民共和国道路运输条例》第六十三条',
      proposedOutcome: 'penalty',
      proposal: { kinds: ['fine'], fineFen: 300_000 },
      opinion: '建议罚款三千元。',
    };
    const otherCase = await fileCase(officer, head);
    const foreignEvidence = await officer.post(
      `/api/cases/${otherCase.id}/evidence`,
      evidenceForm({
        type: 'documentary',
        title: '他案证据',
        collectedAt: `${chinaDate()}T08:00:00+08:00`,
      }),
    );
    const wrongEvidence = await officer.post(`/api/cases/${filed.id}/investigation-report`, {
      ...report,
      evidenceIds: [foreignEvidence.body.id],
    });
    expect(wrongEvidence.status).toBe(400);
    const noEvidence = await officer.post(`/api/cases/${filed.id}/investigation-report`, {
      ...report,
      evidenceIds: [],
    });
    expect(ruleCodes(noEvidence)).toEqual(['PENALTY_WITHOUT_EVIDENCE']);
    const noAmount = await officer.post(`/api/cases/${filed.id}/investigation-report`, {
      ...report,
      proposal: { kinds: ['fine'] },
    });
    expect(noAmount.status).toBe(400);
    expect(noAmount.body.error.details).toEqual([
      { path: 'proposal.fineFen', message: '请填写罚款金额（分）' },
    ]);
    const byHead = await head.post(`/api/cases/${filed.id}/investigation-report`, report);
    expect(byHead.status).toBe(403);

    const closed = await officer.post(`/api/cases/${filed.id}/investigation-report`, report);
    expect(closed.status).toBe(200);
    expect(closed.body.reports).toMatchObject([
      {
        evidence: [{ evidenceId: evidence.body.id, title: '执法记录仪视频' }],
        proposal: { partyKind: 'citizen', fineFen: 300_000, summary: '罚款3,000.00元' },
      },
    ]);
    expect(closed.body.legalReviewNeed).toEqual({
      required: true,
      reasons: ['重大执法决定法制审核目录：对公民罚款 3,000.00元，达到 3,000.00元'],
    });
    expect(await stageOf(filed.id)).toBe('investigationClosed');
    const text = await documentText(
      platform,
      filed.id,
      'investigationReport',
      closed.body.reports[0].id,
    );
    for (const expected of [
      '案件调查终结报告',
      filed.caseNumber,
      '执法记录仪视频',
      '罚款3,000.00元',
    ]) {
      expect(text).toContain(expected);
    }

    const reopened = await officer.post(`/api/cases/${filed.id}/reopen-investigation`, {
      reason: '需补充询问当事人',
    });
    expect(reopened.status).toBe(200);
    expect(await stageOf(filed.id)).toBe('investigating');
    const again = await officer.post(`/api/cases/${filed.id}/investigation-report`, {
      ...report,
      proposal: { kinds: ['fine'], fineFen: 200_000 },
    });
    expect(again.body.reports).toHaveLength(2);
    expect(again.body.legalReviewNeed).toEqual({ required: false, reasons: [] });
  });
});

describe(`法制审核 (${testBackend})`, () => {
  it('行政处罚法第五十八条：须审核的案件未经审核、审核退回的，不得决定；修改后再审通过的，可以决定', async () => {
    const filed = await awaitingDecision(500_000);
    const unreviewed = await head.post(
      `/api/cases/${filed.id}/decision`,
      penaltyDecisionBody(500_000),
    );
    expect(unreviewed.status).toBe(422);
    expect(ruleCodes(unreviewed)).toEqual(['LEGAL_REVIEW_MISSING']);

    const byReviewer = await reviewer.post(`/api/cases/${filed.id}/legal-review-requests`, {
      submission: '审核人员不能自己提交',
    });
    expect(byReviewer.status).toBe(403);
    const submitted = await officer.post(`/api/cases/${filed.id}/legal-review-requests`, {
      submission: '拟对当事人罚款五千元，请予审核。',
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.legalReviews[0]).toMatchObject({
      round: 1,
      opinion: null,
      reasons: ['重大执法决定法制审核目录：对公民罚款 5,000.00元，达到 3,000.00元'],
    });
    expect(await stageOf(filed.id)).toBe('legalReview');
    const pending = (await reviewer.get('/api/cases?stage=legalReview')).body.items as {
      id: string;
    }[];
    expect(pending.map((item) => item.id)).toContain(filed.id);
    const duringReview = await head.post(
      `/api/cases/${filed.id}/decision`,
      penaltyDecisionBody(500_000),
    );
    expect(ruleCodes(duringReview)).toContain('DECISION_BEFORE_LEGAL_REVIEW_PASSED');

    const unqualified = await reviewer.post(`/api/cases/${filed.id}/legal-review-opinions`, {
      opinion: 'returned',
      comments: '罚款数额偏高，建议按裁量基准调整。',
    });
    expect(ruleCodes(unqualified)).toEqual(['LEGAL_REVIEWER_UNQUALIFIED']);
    const returned = await reviewer.post(`/api/cases/${filed.id}/legal-review-opinions`, {
      opinion: 'returned',
      comments: '罚款数额偏高，建议按裁量基准调整为四千元。',
      ...certificate,
    });
    expect(returned.status).toBe(200);
    expect(await stageOf(filed.id)).toBe('awaitingDecision');
    const notPassed = await head.post(
      `/api/cases/${filed.id}/decision`,
      penaltyDecisionBody(500_000),
    );
    expect(ruleCodes(notPassed)).toEqual(['LEGAL_REVIEW_NOT_PASSED']);

    const heavier = await officer.post(`/api/cases/${filed.id}/legal-review-requests`, {
      submission: '改为罚款六千元',
      proposal: { kinds: ['fine'], fineFen: 600_000 },
    });
    expect(ruleCodes(heavier)).toEqual(['DECISION_HARSHER_THAN_NOTICE']);
    const resubmitted = await officer.post(`/api/cases/${filed.id}/legal-review-requests`, {
      submission: '已按审核意见将罚款调整为四千元。',
      proposal: { kinds: ['fine'], fineFen: 400_000 },
    });
    expect(resubmitted.body.legalReviews[0]).toMatchObject({ round: 2, opinion: null });
    const approved = await reviewer.post(`/api/cases/${filed.id}/legal-review-opinions`, {
      opinion: 'approved',
      comments: '事实清楚，证据确凿，程序合法，适用依据正确。',
    });
    expect(approved.status).toBe(200);
    expect(
      approved.body.legalReviews.map(
        (round: { opinion: { opinion: string } }) => round.opinion.opinion,
      ),
    ).toEqual(['approved', 'returned']);

    const beyondReview = await head.post(
      `/api/cases/${filed.id}/decision`,
      penaltyDecisionBody(500_000),
    );
    expect(ruleCodes(beyondReview)).toEqual(['LEGAL_REVIEW_NOT_COVERING_DECISION']);
    const decided = await head.post(
      `/api/cases/${filed.id}/decision`,
      penaltyDecisionBody(400_000),
    );
    expect(decided.status).toBe(200);

    const rounds = await officer.get(`/api/cases/${filed.id}/documents`);
    const opinions = (rounds.body as { code: string; itemId: string; label: string }[]).filter(
      (document) => document.code === 'legalReviewOpinion',
    );
    expect(opinions.map((document) => document.label)).toEqual([
      '法制审核意见书（第2轮）',
      '法制审核意见书（第1轮）',
    ]);
    const text = await documentText(platform, filed.id, 'legalReviewOpinion', opinions[1]!.itemId);
    for (const expected of [
      '法制审核意见书',
      filed.caseNumber,
      '第1轮',
      '建议按裁量基准调整为四千元',
      '罚款5,000.00元',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('行政处罚法第五十八条：审核不同意的，退回调查', async () => {
    const filed = await awaitingDecision(500_000);
    await officer.post(`/api/cases/${filed.id}/legal-review-requests`, {
      submission: '请予审核。',
    });
    const rejected = await reviewer.post(`/api/cases/${filed.id}/legal-review-opinions`, {
      opinion: 'rejected',
      comments: '证据不足以认定经营行为，不同意处罚。',
      ...certificate,
    });
    expect(rejected.status).toBe(200);
    expect(await stageOf(filed.id)).toBe('investigating');
  });

  it('行政处罚法第五十八条：法制审核人员不得是本案执法人员', async () => {
    const filed = await awaitingDecision(500_000);
    await officer.post(`/api/cases/${filed.id}/legal-review-requests`, {
      submission: '请予审核。',
    });
    const admin = await platform.signIn('admin');
    const users = (await admin.get('/api/users')).body.items as { id: string; username: string }[];
    const colleague = users.find((user) => user.username === 'qs.zhifa2')!;
    await admin.patch(`/api/users/${colleague.id}`, { roles: ['officer', 'legalReviewer'] });
    const colleagueAsReviewer = await platform.signIn('qs.zhifa2');
    const refused = await colleagueAsReviewer.post(`/api/cases/${filed.id}/legal-review-opinions`, {
      opinion: 'approved',
      comments: '同意。自己审核自己的案件。',
      ...certificate,
    });
    await admin.patch(`/api/users/${colleague.id}`, { roles: ['officer'] });
    expect(refused.status).toBe(422);
    expect(ruleCodes(refused)).toEqual(['LEGAL_REVIEWER_IS_CASE_OFFICER']);
    expect(await stageOf(filed.id)).toBe('legalReview');
    const byOfficer = await officer.post(`/api/cases/${filed.id}/legal-review-opinions`, {
      opinion: 'approved',
      comments: '执法人员没有审核权限',
    });
    expect(byOfficer.status).toBe(403);
  });

  it('重大执法决定法制审核目录：不需审核的案件直接决定', async () => {
    const filed = await awaitingDecision(200_000);
    expect((await head.get(`/api/cases/${filed.id}/review`)).body.legalReviewNeed).toEqual({
      required: false,
      reasons: [],
    });
    expect(
      (await head.post(`/api/cases/${filed.id}/decision`, penaltyDecisionBody(200_000))).status,
    ).toBe(200);
  });
});

describe(`集体讨论 (${testBackend})`, () => {
  const participants = [
    { name: '赵局长', position: '局长', opinion: '同意给予罚款处罚。' },
    { name: '钱副局长', position: '副局长', opinion: '同意。' },
    { name: '孙副局长', position: '副局长', opinion: '同意，注意做好送达。' },
  ];
  const discussion = {
    heldOn: chinaDate(),
    place: '局三楼会议室',
    participants,
    conclusion: 'penalty',
    conclusionText: '经集体讨论，决定对当事人罚款五百元。',
    recorderName: '周记录',
  };

  it('行政处罚法第五十七条第二款：情节复杂的案件须经负责人集体讨论，按讨论结论决定', async () => {
    const filed = await awaitingDecision(50_000, { complexOrMajor: true });
    const undiscussed = await head.post(`/api/cases/${filed.id}/decision`, penaltyDecisionBody());
    expect(ruleCodes(undiscussed)).toEqual(['COLLECTIVE_DISCUSSION_MISSING']);
    const tooEarly = await head.post(`/api/cases/${filed.id}/collective-discussions`, discussion);
    expect(ruleCodes(tooEarly)).toEqual(['ILLEGAL_STAGE_TRANSITION']);

    const requested = await officer.post(`/api/cases/${filed.id}/collective-discussion-requests`, {
      reason: '当事人多次违法，情节复杂。',
    });
    expect(requested.status).toBe(200);
    expect(requested.body.discussionRequired).toBe(true);
    expect(await stageOf(filed.id)).toBe('collectiveDiscussion');

    const alone = await head.post(`/api/cases/${filed.id}/collective-discussions`, {
      ...discussion,
      participants: participants.slice(0, 1),
    });
    expect(ruleCodes(alone)).toEqual(['COLLECTIVE_DISCUSSION_TOO_FEW']);
    const byOfficer = await officer.post(
      `/api/cases/${filed.id}/collective-discussions`,
      discussion,
    );
    expect(byOfficer.status).toBe(403);
    const noPenaltyConcluded = await head.post(`/api/cases/${filed.id}/collective-discussions`, {
      ...discussion,
      conclusion: 'noPenalty',
      conclusionText: '经集体讨论，决定不予处罚。',
    });
    expect(noPenaltyConcluded.status).toBe(200);
    const contrary = await head.post(`/api/cases/${filed.id}/decision`, penaltyDecisionBody());
    expect(ruleCodes(contrary)).toEqual(['DECISION_CONTRARY_TO_DISCUSSION']);

    const recorded = await head.post(`/api/cases/${filed.id}/collective-discussions`, discussion);
    expect(recorded.body.discussions).toHaveLength(2);
    const decided = await head.post(`/api/cases/${filed.id}/decision`, penaltyDecisionBody());
    expect(decided.status).toBe(200);

    const text = await documentText(
      platform,
      filed.id,
      'collectiveDiscussionRecord',
      recorded.body.discussions[0].id,
    );
    for (const expected of [
      '案件集体讨论记录',
      '赵局长（局长）',
      '孙副局长：同意，注意做好送达',
      '周记录',
      '决定对当事人罚款五百元',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('行政处罚法第五十七条第二款：负责人可以将案件提交集体讨论', async () => {
    const filed = await awaitingDecision(50_000);
    const requested = await head.post(`/api/cases/${filed.id}/collective-discussion-requests`, {
      reason: '社会影响较大，提交集体讨论。',
    });
    expect(requested.status).toBe(200);
    const undiscussed = await head.post(`/api/cases/${filed.id}/decision`, penaltyDecisionBody());
    expect(ruleCodes(undiscussed)).toEqual(['COLLECTIVE_DISCUSSION_MISSING']);
  });
});

describe(`法制审核目录按配置 (${testBackend})`, () => {
  it('重大执法决定法制审核目录：机关可调整金额标准', async () => {
    const strict = await startTestPlatform({
      config: {
        legalReviewCatalog: {
          fineThresholdFen: { citizen: 10_000, organisation: 100_000 },
          kinds: [],
          everyHeardCase: true,
        },
      },
    });
    try {
      const officerHere = await strict.signIn('qs.zhifa1');
      const filed = await fileCase(officerHere, await strict.signIn('qs.fuzeren'));
      const review = await closeInvestigationOf(officerHere, filed.id, { reportDate: chinaDate() });
      expect(review.legalReviewNeed).toEqual({
        required: true,
        reasons: ['重大执法决定法制审核目录：对公民罚款 500.00元，达到 100.00元'],
      });
    } finally {
      await strict.close();
    }
  });
});
