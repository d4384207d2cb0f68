import dayjs from 'dayjs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../src/domain/china-date.js';
import { loadWorkdayCalendar } from '../../src/modules/calendar/calendar.service.js';
import { executionDeadlines } from '../../src/modules/execution/execution-deadlines.js';
import { executionComplete } from '../../src/modules/execution/execution.repository.js';
import { decidedCase, type DecidedCase } from '../support/cases.js';
import { downloaderFor } from '../support/downloads.js';
import { pdfFile, pdfText } from '../support/pdf-files.js';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let officer: TestClient;
let head: TestClient;

const FINE = 300_000;

beforeAll(async () => {
  platform = await startTestPlatform();
  officer = await platform.signIn('qs.zhifa1');
  head = await platform.signIn('qs.fuzeren');
});
afterAll(() => platform.close());

/** A case whose penalty decision was handed over on the day it was made. */
async function servedCase(servedOn: string, fineFen = FINE): Promise<DecidedCase> {
  const filed = await decidedCase(platform, { officer, head, fineFen, decidedOn: servedOn });
  const served = await officer.post(`/api/cases/${filed.id}/services`, {
    documentCode: 'decision',
    method: 'direct',
    recipient: '王五',
    actedOn: servedOn,
    place: '清水县交通运输综合行政执法大队',
    signer: '王五',
    serverOfficerIds: filed.officerIds,
  });
  if (served.status !== 201) throw new Error(`service failed: ${JSON.stringify(served.body)}`);
  return filed;
}

function ruleCodes(response: { body: any }): string[] {
  return response.body.error.details.map((detail: { path: string }) => detail.path);
}

async function execution(caseId: string) {
  return (await officer.get(`/api/cases/${caseId}/execution`)).body;
}

async function pdfOf(caseId: string, code: string, itemId: string): Promise<string> {
  const download = await downloaderFor(platform, 'qs.zhifa1');
  const pdf = await download(`/api/cases/${caseId}/documents/${code}?format=pdf&item=${itemId}`);
  expect(pdf.status).toBe(200);
  return pdfText(pdfFile(pdf.bytes));
}

describe(`执行：分期缴纳、逾期加处罚款与诉讼期间 (${testBackend})`, () => {
  // Relative to today, so that the balance "as of today" is known; every period below runs in
  // calendar days, which no holiday moves.
  const today = chinaDate();
  const d0 = dayjs(today).subtract(120, 'day');
  const day = (offset: number) => d0.add(offset, 'day').format('YYYY-MM-DD');
  let filed: DecidedCase;
  const instalments = [
    { dueDate: day(45), amountFen: 100_000 },
    { dueDate: day(75), amountFen: 100_000 },
    { dueDate: day(105), amountFen: 100_000 },
  ];

  beforeAll(async () => {
    filed = await servedCase(day(0));
  });

  it('owes the fine within fifteen days of service (行政处罚法第六十七条)', async () => {
    const view = await execution(filed.id);
    expect(view).toMatchObject({
      stage: 'executing',
      servedOn: day(0),
      dueDate: day(15),
      decision: { kind: 'penalty', fineFen: FINE, documentNumber: filed.documentNumber },
      completion: { complete: false },
    });
  });

  it('takes the party’s instalment application and refuses a plan above the fine (行政处罚法第六十六条第二款)', async () => {
    const tooMuch = await officer.post(`/api/cases/${filed.id}/payment-plans`, {
      kind: 'instalments',
      appliedOn: day(5),
      reason: '经营困难，无力一次缴清',
      instalments: [...instalments, { dueDate: day(110), amountFen: 1 }],
    });
    expect(tooMuch.status).toBe(422);
    expect(ruleCodes(tooMuch)).toEqual(['instalmentsExceedFine']);

    const applied = await officer.post(`/api/cases/${filed.id}/payment-plans`, {
      kind: 'instalments',
      appliedOn: day(5),
      reason: '经营困难，无力一次缴清',
      instalments,
    });
    expect(applied.status).toBe(201);
    expect(applied.body.plans).toEqual([
      expect.objectContaining({ status: 'pending', kindLabel: '分期缴纳', inForce: false }),
    ]);
    const second = await officer.post(`/api/cases/${filed.id}/payment-plans`, {
      kind: 'deferral',
      appliedOn: day(6),
      reason: '再次申请',
      deferredTo: day(60),
    });
    expect(second.status).toBe(409);
  });

  it('needs the head to approve the plan', async () => {
    const byOfficer = await officer.post(`/api/cases/${filed.id}/payment-plans/decision`, {
      approved: true,
      reason: '同意',
    });
    expect(byOfficer.status).toBe(403);
    const approved = await head.post(`/api/cases/${filed.id}/payment-plans/decision`, {
      approved: true,
      reason: '同意分三期缴纳',
    });
    expect(approved.status).toBe(201);
    expect(approved.body.plans[0]).toMatchObject({
      status: 'approved',
      inForce: true,
      decidedOn: today,
    });
  });

  it('prints the 分期（延期）缴纳罚款通知书 (式样之十七)', async () => {
    const planId = (await execution(filed.id)).plans[0].id;
    const text = await pdfOf(filed.id, 'instalmentNotice', planId);
    for (const expected of [
      '分期（延期）缴纳罚款通知书',
      filed.caseNumber,
      '王五',
      '3,000.00元',
      '分3期缴纳罚款',
      '第1期于',
      '1,000.00元',
      '行政处罚法》第六十六条第二款',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('records payments only with a bank or e-payment reference, once each (行政处罚法第六十七条)', async () => {
    const cash = await officer.post(`/api/cases/${filed.id}/payments`, {
      amountFen: 100_000,
      paidOn: day(40),
      channel: 'bank',
    });
    expect(cash.status).toBe(422);
    expect(ruleCodes(cash)).toEqual(['PAYMENT_WITHOUT_REFERENCE']);

    for (const [paidOn, reference] of [
      [day(40), 'FS2026-0001'],
      [day(80), 'WX2026-0002'],
    ] as const) {
      const paid = await officer.post(`/api/cases/${filed.id}/payments`, {
        amountFen: 100_000,
        paidOn,
        channel: reference.startsWith('WX') ? 'ePayment' : 'bank',
        reference,
      });
      expect(paid.status).toBe(201);
    }
    const twice = await officer.post(`/api/cases/${filed.id}/payments`, {
      amountFen: 100_000,
      paidOn: day(80),
      channel: 'bank',
      reference: 'FS2026-0001',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toContain('FS2026-0001');
  });

  it('pauses the surcharge while the party’s lawsuit runs (行政处罚法第七十三条第三款)', async () => {
    const started = await officer.post(`/api/cases/${filed.id}/remedy-periods`, {
      kind: 'litigation',
      body: '清水县人民法院',
      startedOn: day(100),
    });
    expect(started.status).toBe(201);
    const another = await officer.post(`/api/cases/${filed.id}/remedy-periods`, {
      kind: 'reconsideration',
      body: '清水县人民政府',
      startedOn: day(101),
    });
    expect(another.status).toBe(409);
    const ended = await officer.post(`/api/cases/${filed.id}/remedy-periods/end`, {
      endedOn: day(110),
      outcome: 'upheld',
    });
    expect(ended.status).toBe(201);
    expect(ended.body.remedyPeriods).toEqual([
      expect.objectContaining({ startedOn: day(100), endedOn: day(110), outcome: 'upheld' }),
    ]);
    const noneOpen = await officer.post(`/api/cases/${filed.id}/remedy-periods/end`, {
      endedOn: day(111),
      outcome: 'upheld',
    });
    expect(noneOpen.status).toBe(409);
  });

  it('computes the balance as of today: 3% a day of each late instalment, outside the lawsuit (行政处罚法第七十二条)', async () => {
    // 2nd instalment paid 5 days late: 5 × 3% × 1000 = 150 yuan. 3rd, due day 105, unpaid:
    // days 106–120 = 15 days, of which 106–110 in the lawsuit → 10 × 3% × 1000 = 300 yuan.
    expect((await execution(filed.id)).balance).toEqual({
      fineFen: FINE,
      lateFeeFen: 45_000,
      lateFeeDays: 10,
      paidFen: 200_000,
      outstandingFen: 145_000,
      principalOutstandingFen: 100_000,
      nextDue: { dueDate: day(105), amountFen: 100_000, overdue: true },
    });
    const pending = await executionDeadlines.pending(
      platform.database.db,
      await loadWorkdayCalendar(platform.database.db),
      [filed.id],
    );
    expect(pending).toContainEqual({
      caseId: filed.id,
      kind: 'payment',
      label: '缴纳罚款（分期缴纳）',
      due: day(105),
      article: '行政处罚法第六十六条第二款',
      provisional: false,
    });
  });

  it('refuses a payment above what is owed, or in the future', async () => {
    const tooMuch = await officer.post(`/api/cases/${filed.id}/payments`, {
      amountFen: 145_001,
      paidOn: today,
      channel: 'bank',
      reference: 'FS2026-0003',
    });
    expect(tooMuch.status).toBe(409);
    const future = await officer.post(`/api/cases/${filed.id}/payments`, {
      amountFen: 1_000,
      paidOn: dayjs(today).add(1, 'day').format('YYYY-MM-DD'),
      channel: 'bank',
      reference: 'FS2026-0004',
    });
    expect(future.status).toBe(400);
  });

  it('is complete once the fine and the surcharge are paid', async () => {
    expect(await executionComplete(platform.database.db, filed.id)).toEqual({
      complete: false,
      missing: [
        `尚欠罚款及加处罚款 1,450.00元（计至 ${today}）`,
        '未缴清的，须经催告后申请人民法院强制执行',
      ],
    });
    const paid = await officer.post(`/api/cases/${filed.id}/payments`, {
      amountFen: 145_000,
      paidOn: today,
      channel: 'ePayment',
      reference: 'WX2026-0005',
    });
    expect(paid.status).toBe(201);
    expect(paid.body.balance).toMatchObject({ outstandingFen: 0, nextDue: null });
    expect(paid.body.completion).toEqual({ complete: true, missing: [] });
    expect(await executionComplete(platform.database.db, filed.id)).toEqual({
      complete: true,
      missing: [],
    });
  });

  it('keeps payments append-only and every act in the record', async () => {
    await expect(
      sql`update payment set amount_fen = 1 where case_id = ${filed.id}`.execute(
        platform.database.db,
      ),
    ).rejects.toThrow(/append-only/);
    const actions = (
      await head.get(`/api/records?objectType=case&objectId=${filed.id}`)
    ).body.items.map((item: { action: string }) => item.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'applyForPaymentPlan',
        'approvePaymentPlan',
        'recordPayment',
        'startRemedyPeriod',
        'endRemedyPeriod',
      ]),
    );
  });
});

describe(`执行：催告与申请人民法院强制执行 (${testBackend})`, () => {
  // Served on Monday 2026-01-05: due 01-20; the six months to sue end on Sunday 07-05, rolled
  // to Monday 07-06 (行政诉讼法第一百零一条); the court may be asked from 07-07 to 10-06.
  let filed: DecidedCase;
  let demandId: string;

  beforeAll(async () => {
    filed = await servedCase('2026-01-05', 200_000);
  });

  function apply(appliedOn: string, client = head) {
    return client.post(`/api/cases/${filed.id}/court-applications`, {
      appliedOn,
      court: '清水县人民法院',
    });
  }

  it('demands only once the party is in default (行政处罚法第七十二条、行政强制法第五十四条)', async () => {
    const early = await officer.post(`/api/cases/${filed.id}/demands`, {
      issuedOn: '2026-01-15',
      performBy: '2026-01-30',
    });
    expect(early.status).toBe(422);
    expect(ruleCodes(early)).toEqual(['DEMAND_BEFORE_DEFAULT']);
  });

  it('refuses the court application without a served 催告书 (行政强制法第五十四条)', async () => {
    const response = await apply('2026-07-20');
    expect(response.status).toBe(422);
    expect(ruleCodes(response)).toEqual(['COURT_APPLICATION_WITHOUT_DEMAND']);
  });

  it('issues the 催告书 with the amounts as of its day, and serves it', async () => {
    const issued = await officer.post(`/api/cases/${filed.id}/demands`, {
      issuedOn: '2026-07-01',
      performBy: '2026-07-11',
    });
    expect(issued.status).toBe(201);
    // More than 34 days late: the surcharge has reached the fine (行政强制法第四十五条).
    expect(issued.body.demands).toEqual([
      expect.objectContaining({ principalFen: 200_000, lateFeeFen: 200_000, servedOn: null }),
    ]);
    demandId = issued.body.demands[0].id;
    const text = await pdfOf(filed.id, 'demandNotice', demandId);
    for (const expected of [
      '催告书',
      filed.caseNumber,
      '2026年7月11日',
      '4,000.00元',
      '第三十六条',
    ]) {
      expect(text).toContain(expected);
    }
    const served = await officer.post(`/api/cases/${filed.id}/services`, {
      documentCode: 'demandNotice',
      documentItemId: demandId,
      method: 'direct',
      recipient: '王五',
      actedOn: '2026-07-01',
      place: '城关镇1号',
      signer: '王五',
      serverOfficerIds: filed.officerIds,
    });
    expect(served.status).toBe(201);
    expect(served.body.documents).toContainEqual(
      expect.objectContaining({ code: 'demandNotice', itemId: demandId, servedOn: '2026-07-01' }),
    );
    expect((await execution(filed.id)).courtWindow).toEqual({
      opensOn: '2026-07-07',
      closesOn: '2026-10-06',
      kind: 'courtApplication',
      article: '行政强制法第五十三条',
      provisional: false,
      // Ten working days after Wednesday 07-01 end on Wednesday 07-15.
      earliestAfterDemand: '2026-07-16',
    });
  });

  it('reports the court dates as pending deadlines', async () => {
    const pending = await executionDeadlines.pending(
      platform.database.db,
      await loadWorkdayCalendar(platform.database.db),
      [filed.id],
    );
    expect(pending.map(({ kind, due }) => ({ kind, due }))).toEqual([
      { kind: 'payment', due: '2026-01-20' },
      { kind: 'earliestCourtApplication', due: '2026-07-16' },
      { kind: 'courtApplication', due: '2026-10-06' },
    ]);
  });

  it.each([
    [
      '行政强制法第五十三条：复议、诉讼期限届满前',
      '2026-07-06',
      'COURT_APPLICATION_BEFORE_REMEDY_PERIODS_EXPIRE',
    ],
    [
      '行政强制法第五十四条：催告书送达未满十个工作日',
      '2026-07-15',
      'COURT_APPLICATION_BEFORE_DEMAND_PERIOD_ENDS',
    ],
    ['行政强制法第五十三条：期限届满三个月后', '2026-10-07', 'COURT_APPLICATION_LATE'],
  ])('%s，不能申请人民法院强制执行', async (_name, appliedOn, code) => {
    const response = await apply(appliedOn);
    expect(response.status).toBe(422);
    expect(ruleCodes(response)).toContain(code);
    expect(response.body.error.message).toContain('行政强制法');
  });

  it('refuses while a lawsuit is pending (行政强制法第五十三条)', async () => {
    await officer.post(`/api/cases/${filed.id}/remedy-periods`, {
      kind: 'litigation',
      body: '清水县人民法院',
      startedOn: '2026-03-01',
    });
    const response = await apply('2026-07-20');
    expect(response.status).toBe(422);
    expect(ruleCodes(response)).toEqual(['COURT_APPLICATION_DURING_REMEDY']);
    await officer.post(`/api/cases/${filed.id}/remedy-periods/end`, {
      endedOn: '2026-04-01',
      outcome: 'upheld',
    });
  });

  it('lets the head apply within the window, and records the court’s ruling', async () => {
    expect((await apply('2026-07-20', officer)).status).toBe(403);
    const applied = await apply('2026-07-20');
    expect(applied.status).toBe(201);
    expect(applied.body.courtApplications).toEqual([
      expect.objectContaining({ appliedOn: '2026-07-20', amountFen: 400_000, ruling: null }),
    ]);
    expect((await apply('2026-07-21')).status).toBe(409);
    expect(await executionComplete(platform.database.db, filed.id)).toMatchObject({
      complete: false,
      missing: expect.arrayContaining(['已申请人民法院强制执行，尚待法院裁定']),
    });

    const ruled = await officer.post(`/api/cases/${filed.id}/court-applications/ruling`, {
      outcome: 'granted',
      ruledOn: '2026-08-10',
      rulingNumber: '（2026）湘0921行审123号',
    });
    expect(ruled.status).toBe(201);
    expect(ruled.body.courtApplications[0].ruling).toMatchObject({ outcome: 'granted' });
    expect(ruled.body.completion).toEqual({ complete: true, missing: [] });
    const again = await officer.post(`/api/cases/${filed.id}/court-applications/ruling`, {
      outcome: 'refused',
      ruledOn: '2026-08-11',
      rulingNumber: 'X',
    });
    expect(again.status).toBe(409);
  });
});

describe(`执行：起点与不需缴款的决定 (${testBackend})`, () => {
  it('refuses execution before the decision is served (行政处罚法第六十七条第三款)', async () => {
    const filed = await decidedCase(platform, {
      officer,
      head,
      fineFen: FINE,
      decidedOn: '2026-06-01',
    });
    const response = await officer.post(`/api/cases/${filed.id}/payments`, {
      amountFen: FINE,
      paidOn: '2026-06-02',
      channel: 'bank',
      reference: 'FS-BEFORE-SERVICE',
    });
    expect(response.status).toBe(422);
    expect(ruleCodes(response)).toEqual(['EXECUTION_BEFORE_SERVICE']);
    expect(await executionComplete(platform.database.db, filed.id)).toEqual({
      complete: false,
      missing: ['决定书尚未送达当事人'],
    });
  });

  it('refuses a deferral that does not defer (行政处罚法第六十六条第二款), and a refused plan has no effect', async () => {
    const filed = await servedCase('2026-06-01');
    const same = await officer.post(`/api/cases/${filed.id}/payment-plans`, {
      kind: 'deferral',
      appliedOn: '2026-06-05',
      reason: '资金周转困难',
      deferredTo: '2026-06-16',
    });
    expect(same.status).toBe(422);
    expect(ruleCodes(same)).toEqual(['DEFERRAL_NOT_AFTER_DUE_DATE']);
    await officer.post(`/api/cases/${filed.id}/payment-plans`, {
      kind: 'deferral',
      appliedOn: '2026-06-05',
      reason: '资金周转困难',
      deferredTo: '2026-08-31',
    });
    const refused = await head.post(`/api/cases/${filed.id}/payment-plans/decision`, {
      approved: false,
      reason: '理由不充分',
    });
    expect(refused.body.plans[0]).toMatchObject({ status: 'refused', inForce: false });
    expect(refused.body.balance.nextDue).toEqual({
      dueDate: '2026-06-16',
      amountFen: FINE,
      overdue: true,
    });
    const documents = (await officer.get(`/api/cases/${filed.id}/documents`)).body as {
      code: string;
    }[];
    expect(documents.map((document) => document.code)).not.toContain('instalmentNotice');
  });

  it('leaves a decision without a fine in 已送达, to be started by hand when other penalties need it', async () => {
    const filed = await servedCase('2026-06-01', 0);
    expect((await officer.get(`/api/cases/${filed.id}`)).body.stage).toBe('served');
    expect(await executionComplete(platform.database.db, filed.id)).toEqual({
      complete: true,
      missing: [],
    });
    const started = await officer.post(`/api/cases/${filed.id}/execution/start`);
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ stage: 'executing', balance: null });
    const payment = await officer.post(`/api/cases/${filed.id}/payments`, {
      amountFen: 100,
      paidOn: '2026-06-02',
      channel: 'bank',
      reference: 'FS-NO-FINE',
    });
    expect(payment.status).toBe(409);
  });
});
