import dayjs from 'dayjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../src/domain/china-date.js';
import { decisionDeadlines } from '../../src/modules/decision/decision-deadlines.js';
import { loadWorkdayCalendar } from '../../src/modules/calendar/calendar.service.js';
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

beforeAll(async () => {
  platform = await startTestPlatform();
  officer = await platform.signIn('qs.zhifa1');
  head = await platform.signIn('qs.fuzeren');
});
afterAll(() => platform.close());

function ruleCodes(response: { body: { error?: { details?: { path: string }[] } } }): string[] {
  return (response.body.error?.details ?? []).map((detail) => detail.path);
}

async function stageOf(caseId: string): Promise<string> {
  return (await officer.get(`/api/cases/${caseId}`)).body.stage;
}

async function decisionRow(caseId: string) {
  return platform.database.db
    .selectFrom('decision')
    .selectAll()
    .where('caseId', '=', caseId)
    .executeTakeFirst();
}

/** Filed `filedDaysAgo` days ago, report 5 days after, notice 10 days after, period closed. */
async function awaitingDecision(filedDaysAgo = 40, fineFen = 50_000) {
  const filed = await fileCase(officer, head);
  await backdateFiling(platform, filed.id, filedDaysAgo);
  await closeInvestigationOf(officer, filed.id, {
    reportDate: daysAgo(filedDaysAgo - 5),
    proposal: { kinds: ['fine'], fineFen },
  });
  expect((await serveNoticeOf(officer, filed.id, daysAgo(filedDaysAgo - 10))).status).toBe(200);
  expect((await officer.post(`/api/cases/${filed.id}/close-statement-period`)).status).toBe(200);
  return filed;
}

function pdfText(caseId: string, code: string): Promise<string> {
  return documentText(platform, caseId, code);
}

describe(`行政处罚决定 (${testBackend})`, () => {
  it('普通程序：告知期满后由负责人作出决定，决定书载明第五十九条的全部事项', async () => {
    const filed = await awaitingDecision();
    const before = (await head.get(`/api/cases/${filed.id}/decision`)).body;
    expect(before.blockers).toEqual([]);
    expect(before.due).toEqual({
      date: dayjs(daysAgo(40)).add(90, 'day').format('YYYY-MM-DD'),
      extended: false,
    });

    const decided = await head.post(`/api/cases/${filed.id}/decision`, penaltyDecisionBody());
    expect(decided.status).toBe(200);
    expect(decided.body.decision).toMatchObject({
      kind: 'penalty',
      documentNumber: filed.caseNumber,
      decidedOn: chinaDate(),
      fineFen: 50_000,
      penaltyKinds: ['fine'],
      summary: '罚款500.00元',
    });
    expect(await stageOf(filed.id)).toBe('decided');
    const row = await decisionRow(filed.id);
    expect(row).toMatchObject({ kind: 'penalty', fineFen: 50_000, decidedOn: chinaDate() });
    expect(row?.noticeId).not.toBeNull();
    expect(row?.document).toMatchObject({
      partyName: '王五',
      sealed: true,
      paymentDeadlineDays: 15,
    });

    const history = await platform.database.db
      .selectFrom('recordLog')
      .select('action')
      .where('objectId', '=', filed.id)
      .orderBy('seq')
      .execute();
    expect(history.map((entry) => entry.action)).toEqual(
      expect.arrayContaining([
        'closeInvestigation',
        'servePriorNotice',
        'closeStatementPeriod',
        'decidePenalty',
      ]),
    );

    const again = await head.post(`/api/cases/${filed.id}/decision`, penaltyDecisionBody());
    expect(again.status).toBe(422);
    expect(ruleCodes(again)).toContain('ILLEGAL_STAGE_TRANSITION');
  });

  it('行政处罚决定书：PDF 写明案号、事实、处罚、缴款和救济途径', async () => {
    const filed = await awaitingDecision();
    await head.post(`/api/cases/${filed.id}/decision`, penaltyDecisionBody());
    const listed = (await officer.get(`/api/cases/${filed.id}/documents`)).body as {
      code: string;
    }[];
    expect(listed.map((document) => document.code)).toEqual(
      expect.arrayContaining(['investigationReport', 'violationNotice', 'penaltyDecision']),
    );
    const docx = await officer.get(`/api/cases/${filed.id}/documents/penaltyDecision?format=docx`);
    expect(docx.status).toBe(200);
    const text = await pdfText(filed.id, 'penaltyDecision');
    for (const expected of [
      '行政处罚决定书',
      filed.caseNumber,
      '王五',
      '未取得道路运输经营许可',
      '《中华人民共和国道路运输条例》第六十三条',
      '罚款500.00元',
      '清水县非税收入汇缴专户',
      '60日内向清水县人民政府申请行政复议',
      '6个月内依法向清水县人民法院提起行政诉讼',
      '在规定期限内未提出陈述、申辩',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('行政处罚法第六十二条：未经告知，不得作出行政处罚决定', async () => {
    const filed = await fileCase(officer, head);
    await closeInvestigationOf(officer, filed.id, { reportDate: chinaDate() });
    const refused = await head.post(`/api/cases/${filed.id}/decision`, penaltyDecisionBody());
    expect(refused.status).toBe(422);
    expect(ruleCodes(refused)).toContain('DECISION_WITHOUT_PRIOR_NOTICE');
    expect(await stageOf(filed.id)).toBe('investigationClosed');
    expect(await decisionRow(filed.id)).toBeUndefined();
  });

  it('行政处罚法第六十二条：陈述申辩期限届满前不得决定，当事人书面放弃的除外', async () => {
    const filed = await fileCase(officer, head);
    await closeInvestigationOf(officer, filed.id, { reportDate: chinaDate() });
    expect((await serveNoticeOf(officer, filed.id, chinaDate())).status).toBe(200);

    const early = await officer.post(`/api/cases/${filed.id}/close-statement-period`);
    expect(early.status).toBe(422);
    expect(ruleCodes(early)).toEqual(['DECISION_BEFORE_RESPONSE_PERIOD_ENDS']);
    const decided = await head.post(`/api/cases/${filed.id}/decision`, penaltyDecisionBody());
    expect(decided.status).toBe(422);
    expect(ruleCodes(decided)).toEqual(
      expect.arrayContaining(['ILLEGAL_STAGE_TRANSITION', 'DECISION_BEFORE_RESPONSE_PERIOD_ENDS']),
    );

    const oral = await officer.post(`/api/cases/${filed.id}/party-responses`, {
      kind: 'waiver',
      receivedOn: chinaDate(),
      form: 'oral',
      content: '当事人口头表示不再申辩',
    });
    expect(oral.status).toBe(400);
    const written = await officer.post(`/api/cases/${filed.id}/party-responses`, {
      kind: 'waiver',
      receivedOn: chinaDate(),
      form: 'written',
      content: '本人对违法事实无异议，放弃陈述、申辩和听证的权利。王五',
    });
    expect(written.status).toBe(200);
    expect((await officer.post(`/api/cases/${filed.id}/close-statement-period`)).status).toBe(200);
    const after = await head.post(`/api/cases/${filed.id}/decision`, penaltyDecisionBody());
    expect(after.status).toBe(200);
    expect(await pdfText(filed.id, 'penaltyDecision')).toContain(
      '书面明确放弃了陈述、申辩和听证的权利',
    );
  });

  it('行政处罚法第四十五条第二款：决定不得重于告知的处罚', async () => {
    const filed = await awaitingDecision();
    const higher = await head.post(`/api/cases/${filed.id}/decision`, penaltyDecisionBody(60_000));
    expect(higher.status).toBe(422);
    expect(ruleCodes(higher)).toEqual(['DECISION_HARSHER_THAN_NOTICE']);
    expect(higher.body.error.message).toContain('高于告知的500.00元');

    const addedKind = await head.post(
      `/api/cases/${filed.id}/decision`,
      penaltyDecisionBody(50_000, {
        penalties: [
          { kind: 'warning', basis: { law: '中华人民共和国道路运输条例', article: '第六十三条' } },
          { kind: 'fine', basis: { law: '中华人民共和国道路运输条例', article: '第六十三条' } },
        ],
      }),
    );
    expect(ruleCodes(addedKind)).toEqual(['DECISION_HARSHER_THAN_NOTICE']);

    const lighter = await head.post(`/api/cases/${filed.id}/decision`, penaltyDecisionBody(30_000));
    expect(lighter.status).toBe(200);
    expect(lighter.body.decision.fineFen).toBe(30_000);
  });

  it('行政处罚法第五十九条：决定书缺少法定事项的，列出全部缺项，不作决定', async () => {
    const filed = await awaitingDecision();
    const records = async () =>
      (await platform.database.db.selectFrom('recordLog').select('seq').execute()).length;
    const before = await records();
    const incomplete = await head.post(
      `/api/cases/${filed.id}/decision`,
      penaltyDecisionBody(50_000, {
        penalties: [{ kind: 'fine', basis: { law: '道路运输条例', article: '63条' } }],
        paymentAccount: '',
        litigationMonths: 3,
        sealed: false,
      }),
    );
    expect(incomplete.status).toBe(422);
    expect(ruleCodes(incomplete).sort()).toEqual(
      [
        'DECISION_LEGAL_BASIS_INCOMPLETE',
        'DECISION_PAYMENT_ACCOUNT_MISSING',
        'DECISION_LITIGATION_PERIOD_WRONG',
        'DECISION_SEAL_MISSING',
      ].sort(),
    );
    expect(await records()).toBe(before);
    expect(await decisionRow(filed.id)).toBeUndefined();
    expect(await stageOf(filed.id)).toBe('awaitingDecision');
  });

  it('交通运输行政执法程序规定：超过九十日未经批准延长的不能决定；负责人批准延长后可以', async () => {
    const filed = await awaitingDecision(100);
    const statutoryDue = dayjs(daysAgo(100)).add(90, 'day').format('YYYY-MM-DD');
    const overdue = await head.post(`/api/cases/${filed.id}/decision`, penaltyDecisionBody());
    expect(overdue.status).toBe(422);
    expect(ruleCodes(overdue)).toEqual(['DECISION_OVERDUE']);
    expect(overdue.body.error.message).toContain(statutoryDue);
    const view = (await head.get(`/api/cases/${filed.id}/decision`)).body;
    expect(view.blockers.map((blocker: { code: string }) => blocker.code)).toEqual([
      'DECISION_OVERDUE',
    ]);

    const newDue = dayjs(chinaDate()).add(10, 'day').format('YYYY-MM-DD');
    const extension = { newDueDate: newDue, reason: '案情复杂，需补充鉴定意见' };
    expect(
      (await officer.post(`/api/cases/${filed.id}/decision-extensions`, extension)).status,
    ).toBe(403);
    const earlier = await head.post(`/api/cases/${filed.id}/decision-extensions`, {
      ...extension,
      newDueDate: daysAgo(1),
    });
    expect(ruleCodes(earlier)).toEqual(['EXTENSION_NOT_LATER']);
    const extended = await head.post(`/api/cases/${filed.id}/decision-extensions`, extension);
    expect(extended.status).toBe(200);
    expect(extended.body.due).toEqual({ date: newDue, extended: true });
    expect(extended.body.extensions).toMatchObject([
      { previousDue: statutoryDue, newDue, reason: '案情复杂，需补充鉴定意见' },
    ]);
    const calendar = await loadWorkdayCalendar(platform.database.db);
    expect(await decisionDeadlines.pending(platform.database.db, calendar, [filed.id])).toEqual([
      expect.objectContaining({ caseId: filed.id, kind: 'decision', due: newDue }),
    ]);

    const decided = await head.post(`/api/cases/${filed.id}/decision`, penaltyDecisionBody());
    expect(decided.status).toBe(200);
    expect(await decisionDeadlines.pending(platform.database.db, calendar, [filed.id])).toEqual([]);
  });

  it('行政处罚法第六十条：立案后九十日为作出决定的期限（督办）', async () => {
    const filed = await fileCase(officer, head);
    const calendar = await loadWorkdayCalendar(platform.database.db);
    expect(await decisionDeadlines.pending(platform.database.db, calendar, [filed.id])).toEqual([
      {
        caseId: filed.id,
        kind: 'decision',
        label: '作出行政处罚决定',
        due: dayjs(chinaDate()).add(90, 'day').format('YYYY-MM-DD'),
        article: '行政处罚法第六十条',
        provisional: expect.any(Boolean),
      },
    ]);
  });

  it('查处分离：本案执法人员不能作出决定，执法人员也不能代替负责人决定', async () => {
    const filed = await awaitingDecision();
    const byOfficer = await officer.post(`/api/cases/${filed.id}/decision`, penaltyDecisionBody());
    expect(byOfficer.status).toBe(403);

    const admin = await platform.signIn('admin');
    const users = (await admin.get('/api/users')).body.items as { id: string; username: string }[];
    const colleague = users.find((user) => user.username === 'qs.zhifa2')!;
    await admin.patch(`/api/users/${colleague.id}`, { roles: ['officer', 'approver'] });
    const colleagueAsHead = await platform.signIn('qs.zhifa2');
    const refused = await colleagueAsHead.post(
      `/api/cases/${filed.id}/decision`,
      penaltyDecisionBody(),
    );
    await admin.patch(`/api/users/${colleague.id}`, { roles: ['officer'] });
    expect(refused.status).toBe(422);
    expect(ruleCodes(refused)).toEqual(['DECIDER_IS_CASE_OFFICER']);
  });
});

describe(`不予行政处罚决定 (${testBackend})`, () => {
  it('行政处罚法第三十三条：轻微违法不予处罚的，须记录批评教育；不予行政处罚决定书', async () => {
    const filed = await fileCase(officer, head);
    await closeInvestigationOf(officer, filed.id, {
      reportDate: chinaDate(),
      proposedOutcome: 'noPenalty',
    });
    const body = {
      kind: 'noPenalty',
      ground: 'minorViolation',
      reconsiderationBody: '清水县人民政府',
      litigationCourt: '清水县人民法院',
      sealed: true,
    };
    const withoutEducation = await head.post(`/api/cases/${filed.id}/decision`, body);
    expect(withoutEducation.status).toBe(422);
    expect(ruleCodes(withoutEducation)).toEqual(['NO_PENALTY_EDUCATION_MISSING']);

    const decided = await head.post(`/api/cases/${filed.id}/decision`, {
      ...body,
      education: '当场对当事人进行了批评教育，当事人表示今后随车携带道路运输证',
    });
    expect(decided.status).toBe(200);
    expect(decided.body.decision).toMatchObject({
      kind: 'noPenalty',
      noPenaltyGround: 'minorViolation',
      summary: '不予行政处罚',
      fineFen: 0,
    });
    expect(await stageOf(filed.id)).toBe('decided');
    const text = await pdfText(filed.id, 'noPenaltyDecision');
    for (const expected of [
      '不予行政处罚决定书',
      filed.caseNumber,
      '违法行为轻微并及时改正，没有造成危害后果',
      '《中华人民共和国行政处罚法》第三十三条第一款',
      '批评教育',
      '随车携带道路运输证',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('行政处罚法第五十七条：违法事实不能成立的，不予处罚，不需教育', async () => {
    const filed = await fileCase(officer, head);
    await closeInvestigationOf(officer, filed.id, {
      reportDate: chinaDate(),
      proposedOutcome: 'noPenalty',
    });
    const decided = await head.post(`/api/cases/${filed.id}/decision`, {
      kind: 'noPenalty',
      ground: 'factsNotEstablished',
      reconsiderationBody: '清水县人民政府',
      litigationCourt: '清水县人民法院',
      sealed: true,
    });
    expect(decided.status).toBe(200);
  });
});
