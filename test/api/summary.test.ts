import dayjs from 'dayjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryFilingDeadline } from '../../src/domain/case/summary-procedure.js';
import { chinaDate } from '../../src/domain/china-date.js';
import { downloaderFor } from '../support/downloads.js';
import { pdfFile, pdfText } from '../support/pdf-files.js';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let officer: TestClient;
let colleague: TestClient;
let head: TestClient;
let officerId: string;
let colleagueId: string;
let ownRange: { id: string };
let colleagueRange: { id: string };
let areaCode: string;

const citizen = {
  kind: 'citizen',
  name: '李四',
  idNumber: '11010519491231002X',
  address: '清水县城关镇河街2号',
};
const organisation = {
  kind: 'organisation',
  name: '清水县顺达货运有限公司',
  creditCode: '91350100M000100Y43',
  legalRepresentative: '赵六',
  address: '清水县工业园区8号',
};

function decision(number: number, overrides: Record<string, unknown> = {}) {
  const now = new Date();
  return {
    rangeId: ownRange.id,
    formNumber: number,
    colleagueIds: [colleagueId],
    category: 'transportAdministration',
    party: citizen,
    place: 'S315线清水收费站',
    areaCode,
    actAt: new Date(now.getTime() - 30 * 60 * 1000).toISOString(),
    decidedAt: now.toISOString(),
    facts: '驾驶营运客车未随车携带道路运输证',
    factsConfirmed: true,
    violatedProvision: '《中华人民共和国道路运输条例》第三十一条',
    legalBasis: '《中华人民共和国道路运输条例》第六十八条',
    penaltyKinds: ['fine'],
    fineFen: 20_000,
    reconsiderationBody: '清水县人民政府',
    litigationCourt: '清水县人民法院',
    ...overrides,
  };
}

function ruleCodes(body: { error: { code: string; details?: { path: string }[] } }) {
  expect(body.error.code).toBe('RULE_VIOLATED');
  return body.error.details?.map((detail) => detail.path);
}

async function nextNumber(): Promise<number> {
  const mine = await officer.get('/api/form-number-ranges?mine=true');
  return mine.body.items.find((range: { id: string }) => range.id === ownRange.id).nextNumber;
}

beforeAll(async () => {
  platform = await startTestPlatform();
  officer = await platform.signIn('qs.zhifa1');
  colleague = await platform.signIn('qs.zhifa2');
  head = await platform.signIn('qs.fuzeren');
  officerId = (await officer.get('/api/auth/me')).body.user.officerId;
  colleagueId = (await colleague.get('/api/auth/me')).body.user.officerId;
  const agencyId = (await officer.get('/api/auth/me')).body.user.agencyId;
  areaCode = (await officer.get(`/api/agencies/${agencyId}`)).body.regionCode;
});
afterAll(() => platform.close());

describe(`预编号决定书号段 (${testBackend})`, () => {
  it('行政处罚法第五十二条：负责人向执法人员发放号段，编号从号段起始编号开始', async () => {
    const issued = await head.post('/api/form-number-ranges', {
      officerId,
      series: '清综当罚',
      firstNumber: 1,
      lastNumber: 50,
    });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({
      label: '清综当罚0001–清综当罚0050',
      officerId,
      used: 0,
      remaining: 50,
      nextNumber: 1,
    });
    ownRange = issued.body;
    const other = await head.post('/api/form-number-ranges', {
      officerId: colleagueId,
      series: '清综当罚',
      firstNumber: 51,
      lastNumber: 60,
    });
    expect(other.status).toBe(201);
    colleagueRange = other.body;
    expect(await nextNumber()).toBe(1);
  });

  it('行政处罚法第五十二条：号段不得与已发放的号段重叠', async () => {
    const overlapping = await head.post('/api/form-number-ranges', {
      officerId: colleagueId,
      series: '清综当罚',
      firstNumber: 40,
      lastNumber: 70,
    });
    expect(overlapping.status).toBe(422);
    expect(ruleCodes(overlapping.body)).toEqual(['FORM_NUMBER_RANGE_OVERLAP']);
    expect(overlapping.body.error.message).toContain('清综当罚0001–清综当罚0050');
  });

  it('only a head or an administrator issues ranges, with valid numbers', async () => {
    const byOfficer = await officer.post('/api/form-number-ranges', {
      officerId,
      series: '清综当罚',
      firstNumber: 100,
      lastNumber: 110,
    });
    expect(byOfficer.status).toBe(403);
    const backwards = await head.post('/api/form-number-ranges', {
      officerId,
      series: '清综当罚',
      firstNumber: 120,
      lastNumber: 110,
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details[0].message).toContain('终止编号不能小于起始编号');
  });
});

describe(`简易程序：当场处罚 (${testBackend})`, () => {
  it('行政处罚法第五十一条：公民罚款 200 元当场作出，编号取自本人号段，五日内备案', async () => {
    const made = await officer.post('/api/summary-decisions', decision(1));
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      documentNumber: '清综当罚0001',
      penaltyLabel: '罚款 200.00元',
      filingStatus: 'pending',
      filing: null,
      collection: null,
    });
    expect(made.body.filingDeadline).toBe(
      summaryFilingDeadline(chinaDate(new Date(made.body.decidedAt))),
    );
    expect(made.body.officers.map((o: { id: string }) => o.id).sort()).toEqual(
      [officerId, colleagueId].sort(),
    );
    expect(await nextNumber()).toBe(2);
    const records = await head.get(
      `/api/records?objectType=summaryDecision&objectId=${made.body.id}`,
    );
    expect(records.body.items.map((entry: { action: string }) => entry.action)).toEqual([
      'decideSummary',
    ]);
  });

  it('行政处罚法第五十二条：每个编号只能使用一次', async () => {
    const again = await officer.post('/api/summary-decisions', decision(1));
    expect(again.status).toBe(422);
    expect(ruleCodes(again.body)).toEqual(['FORM_NUMBER_ALREADY_USED']);
  });

  it('行政处罚法第五十二条：只能使用发放给本人的号段、号段内的编号', async () => {
    const othersRange = await officer.post(
      '/api/summary-decisions',
      decision(51, { rangeId: colleagueRange.id }),
    );
    expect(ruleCodes(othersRange.body)).toEqual(['FORM_NUMBER_NOT_ISSUED_TO_OFFICER']);
    const outside = await officer.post('/api/summary-decisions', decision(51));
    expect(ruleCodes(outside.body)).toEqual(['FORM_NUMBER_OUT_OF_RANGE']);
  });

  it.each([
    ['公民罚款 200.01 元', { fineFen: 20_001 }, 'SUMMARY_FINE_TOO_HIGH'],
    ['组织罚款 3000.01 元', { party: organisation, fineFen: 300_001 }, 'SUMMARY_FINE_TOO_HIGH'],
    [
      '暂扣许可证件',
      { penaltyKinds: ['licenceSuspension'], fineFen: 0 },
      'SUMMARY_PENALTY_KIND_NOT_ALLOWED',
    ],
    ['违法事实未确认', { factsConfirmed: false }, 'SUMMARY_FACTS_UNCONFIRMED'],
    ['没有处罚依据', { legalBasis: '' }, 'SUMMARY_FACTS_UNCONFIRMED'],
    ['只有一名执法人员', { colleagueIds: [] }, null],
  ])('行政处罚法第五十一条：%s 时拒绝，且不占用编号', async (_case, change, code) => {
    const refused = await officer.post('/api/summary-decisions', decision(2, change));
    if (code === null) {
      expect(refused.status).toBe(400);
    } else {
      expect(refused.status).toBe(422);
      expect(ruleCodes(refused.body)).toContain(code);
    }
    expect(await nextNumber()).toBe(2);
  });

  it('行政处罚法第五十一条：组织罚款 3000 元、警告均可当场作出', async () => {
    const fine = await officer.post(
      '/api/summary-decisions',
      decision(2, { party: organisation, fineFen: 300_000 }),
    );
    expect(fine.status).toBe(201);
    const warning = await officer.post(
      '/api/summary-decisions',
      decision(3, { penaltyKinds: ['warning'], fineFen: 0 }),
    );
    expect(warning.status).toBe(201);
    expect(warning.body.penaltyLabel).toBe('警告');
  });

  it('行政处罚法第六十八条、第七十条：当场收缴限 100 元以下，且须出具专用票据', async () => {
    const tooMuch = await officer.post(
      '/api/summary-decisions',
      decision(4, {
        fineFen: 15_000,
        collection: { ground: 'smallFine', receiptNumber: 'FJ0001' },
      }),
    );
    expect(ruleCodes(tooMuch.body)).toEqual(['ON_THE_SPOT_COLLECTION_NOT_ALLOWED']);
    const noReceipt = await officer.post(
      '/api/summary-decisions',
      decision(4, { fineFen: 5_000, collection: { ground: 'smallFine' } }),
    );
    expect(ruleCodes(noReceipt.body)).toEqual(['COLLECTION_RECEIPT_MISSING']);
    const collected = await officer.post(
      '/api/summary-decisions',
      decision(4, {
        fineFen: 5_000,
        collection: { ground: 'smallFine', receiptNumber: 'FJ0001' },
      }),
    );
    expect(collected.status).toBe(201);
    expect(collected.body.collection).toEqual({ ground: 'smallFine', receiptNumber: 'FJ0001' });
  });

  it('行政处罚法第六十九条：边远地区经当事人提出，可当场收缴较大罚款', async () => {
    const remote = await officer.post(
      '/api/summary-decisions',
      decision(5, {
        party: organisation,
        fineFen: 200_000,
        collection: { ground: 'remoteArea', partyRequested: true, receiptNumber: 'FJ0002' },
      }),
    );
    expect(remote.status).toBe(201);
  });

  it('行政处罚法第五十二条：作废的编号记录在案，不能再使用', async () => {
    const voided = await officer.post(`/api/form-number-ranges/${ownRange.id}/void`, {
      number: 6,
      reason: '填写错误，决定书已撕毁',
    });
    expect(voided.status).toBe(200);
    expect(voided.body).toMatchObject({ used: 5, voided: 1, nextNumber: 7 });
    expect(voided.body.uses.at(-1)).toMatchObject({
      number: 6,
      documentNumber: '清综当罚0006',
      purpose: 'voided',
      voidReason: '填写错误，决定书已撕毁',
    });
    const reuse = await officer.post('/api/summary-decisions', decision(6));
    expect(ruleCodes(reuse.body)).toEqual(['FORM_NUMBER_ALREADY_USED']);
    const notMine = await colleague.post(`/api/form-number-ranges/${ownRange.id}/void`, {
      number: 7,
      reason: '替别人作废',
    });
    expect(ruleCodes(notMine.body)).toEqual(['FORM_NUMBER_NOT_ISSUED_TO_OFFICER']);
  });

  it('prints the 当场行政处罚决定书 with its pre-printed number', async () => {
    const [first] = (await officer.get('/api/summary-decisions?mine=true')).body.items.filter(
      (item: { formNumber: number }) => item.formNumber === 1,
    );
    const download = await downloaderFor(platform, 'qs.zhifa1');
    const pdf = await download(`/api/summary-decisions/${first.id}/document?format=pdf`);
    expect(pdf.status).toBe(200);
    const text = pdfText(pdfFile(pdf.bytes));
    for (const expected of [
      '当场行政处罚决定书',
      '清综当罚0001',
      '李四',
      '未随车携带道路运输证',
      '罚款200.00元',
      '清水县人民政府',
      '十五日内',
    ]) {
      expect(text).toContain(expected);
    }
    const docx = await download(`/api/summary-decisions/${first.id}/document?format=docx`);
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('keeps a decision unchangeable in the database', async () => {
    await expect(
      platform.database.db.updateTable('summaryDecision').set({ fineFen: 1 }).execute(),
    ).rejects.toThrow(/append-only/);
  });
});

describe(`简易程序：备案 (${testBackend})`, () => {
  it('交通运输行政执法程序规定第六十一条：五日内备案', async () => {
    const [first] = (await officer.get('/api/summary-decisions?filingStatus=pending')).body.items;
    const filed = await officer.post(`/api/summary-decisions/${first.id}/filing`, {});
    expect(filed.status).toBe(200);
    expect(filed.body).toMatchObject({
      filingStatus: 'filed',
      filing: { late: false, lateReason: null },
    });
    const again = await officer.post(`/api/summary-decisions/${first.id}/filing`, {});
    expect(again.status).toBe(409);
  });

  it('交通运输行政执法程序规定第六十一条：逾期未备案的决定被标出，备案须说明逾期原因', async () => {
    const eightDaysAgo = dayjs().subtract(8, 'day');
    const late = await officer.post(
      '/api/summary-decisions',
      decision(7, {
        actAt: eightDaysAgo.subtract(1, 'hour').toISOString(),
        decidedAt: eightDaysAgo.toISOString(),
      }),
    );
    expect(late.status).toBe(201);
    expect(late.body.filingStatus).toBe('overdue');
    const overdue = await head.get('/api/summary-decisions?filingStatus=overdue');
    expect(overdue.body.items.map((item: { id: string }) => item.id)).toEqual([late.body.id]);

    const withoutReason = await officer.post(`/api/summary-decisions/${late.body.id}/filing`, {});
    expect(ruleCodes(withoutReason.body)).toEqual(['SUMMARY_FILING_OVERDUE']);
    const withReason = await officer.post(`/api/summary-decisions/${late.body.id}/filing`, {
      lateReason: '执法人员连续外勤，未及时交回决定书副本',
    });
    expect(withReason.body).toMatchObject({
      filingStatus: 'filedLate',
      filing: { late: true, lateReason: '执法人员连续外勤，未及时交回决定书副本' },
    });
    expect(
      (await head.get('/api/summary-decisions?filingStatus=filedLate')).body.items.length,
    ).toBe(1);
  });

  it('counts summary decisions per agency', async () => {
    const from = dayjs().subtract(30, 'day').format('YYYY-MM-DD');
    const statistics = await head.get(`/api/summary-decisions/statistics?from=${from}`);
    expect(statistics.status).toBe(200);
    expect(statistics.body.agencies).toEqual([
      expect.objectContaining({
        agencyName: '清水县交通运输综合行政执法大队',
        decisions: 6,
        warnings: 1,
        fines: 5,
        fineTotalFen: 20_000 + 300_000 + 5_000 + 200_000 + 20_000,
        collectedOnSpot: 2,
        filedLate: 1,
        overdueUnfiled: 0,
      }),
    ]);
  });

  it('shows another county nothing of these decisions', async () => {
    const other = await platform.signIn('sm.fuzeren');
    expect((await other.get('/api/summary-decisions')).body.items).toEqual([]);
    expect((await other.get('/api/form-number-ranges')).body.items).toEqual([]);
  });
});
