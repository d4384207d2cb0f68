import dayjs from 'dayjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../src/domain/china-date.js';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let officer: TestClient;
let headOfQingshui: TestClient;
let headOfCity: TestClient;
let qsBrigade: { id: string; shortName: string };
let valid: { id: string; name: string }[];
let expired: { id: string; name: string };
let headOfficerId: string;

const today = chinaDate();
const party = {
  kind: 'citizen',
  name: '张三丰',
  idNumber: '11010519491231002X',
  address: '清水县城关镇解放路1号',
};

function lead(overrides: Record<string, unknown> = {}) {
  return {
    agencyId: qsBrigade.id,
    source: 'inspection',
    receivedAt: new Date().toISOString(),
    cause: '未取得道路运输经营许可擅自从事道路运输经营',
    summary: '执法人员在S315线检查时发现一辆货车无道路运输证从事货物运输。',
    areaCode: '439921',
    ...overrides,
  };
}

function proposal(officerIds: string[], overrides: Record<string, unknown> = {}) {
  return {
    cause: '未取得道路运输经营许可擅自从事道路运输经营',
    category: 'transportAdministration',
    actAreaCode: '439921',
    actEndDate: dayjs(today).subtract(10, 'day').format('YYYY-MM-DD'),
    discoveryDate: dayjs(today).subtract(1, 'day').format('YYYY-MM-DD'),
    party,
    officerIds,
    ...overrides,
  };
}

async function newLeadId(overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await officer.post('/api/leads', lead(overrides));
  expect(response.status).toBe(201);
  return response.body.id;
}

beforeAll(async () => {
  platform = await startTestPlatform();
  officer = await platform.signIn('qs.zhifa1');
  headOfQingshui = await platform.signIn('qs.fuzeren');
  headOfCity = await platform.signIn('shi.fuzeren');
  const agencies = (await officer.get('/api/agencies')).body.items;
  qsBrigade = agencies.find((a: { name: string }) => a.name === '清水县交通运输综合行政执法大队');
  const officers = (await officer.get('/api/officers?pageSize=200')).body.items;
  // 运政 cases: the brigade's 综合 certificates and the 运政中队's certificates qualify.
  valid = officers.filter(
    (o: { certificateStatus: string; agencyName: string }) =>
      o.certificateStatus === 'valid' && /大队|运政中队/.test(o.agencyName),
  );
  expired = officers.find((o: { certificateStatus: string }) => o.certificateStatus === 'expired');
  headOfficerId = (await headOfQingshui.get('/api/auth/me')).body.user.officerId;
});
afterAll(() => platform.close());

describe(`线索 (${testBackend})`, () => {
  it('protects the reporter of a 举报: hidden from other officers, kept out of the record', async () => {
    const id = await newLeadId({
      source: 'report',
      reporter: { name: '李举报', phone: '13900001111' },
    });
    expect((await officer.get(`/api/leads/${id}`)).body.reporter).toEqual({
      name: '李举报',
      phone: '13900001111',
    });
    const colleague = await platform.signIn('qs.fazhi');
    const seen = (await colleague.get(`/api/leads/${id}`)).body;
    expect(seen).toMatchObject({ reporter: null, reporterHidden: true });
    expect((await headOfQingshui.get(`/api/leads/${id}`)).body.reporter.name).toBe('李举报');
    const records = await platform.database.db
      .selectFrom('recordLog')
      .select('change')
      .where('objectId', '=', id)
      .execute();
    expect(JSON.stringify(records)).not.toContain('李举报');
  });

  it('requires the reporter for a 举报 lead', async () => {
    const response = await officer.post('/api/leads', lead({ source: 'report' }));
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe('reporter');
  });

  it('a head dismisses a lead with reasons', async () => {
    const id = await newLeadId();
    const dismissed = await headOfQingshui.post(`/api/leads/${id}/dismiss`, {
      reason: '经核查不构成违法',
    });
    expect(dismissed.body).toMatchObject({
      status: 'dismissed',
      dispositionReason: '经核查不构成违法',
    });
    expect((await officer.post(`/api/leads/${id}/dismiss`, { reason: '再次处理' })).status).toBe(
      403,
    );
  });
});

describe(`立案 (${testBackend})`, () => {
  it('refuses with every violated rule at once, each with its article', async () => {
    const id = await newLeadId();
    const response = await officer.post(
      `/api/leads/${id}/filing`,
      proposal([expired.id], {
        actAreaCode: '439922',
        actEndDate: dayjs(today).subtract(3, 'year').format('YYYY-MM-DD'),
      }),
    );
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('RULE_VIOLATED');
    const codes = response.body.error.details.map((d: { path: string }) => d.path);
    expect(codes).toEqual([
      'TOO_FEW_OFFICERS',
      'OFFICER_NOT_QUALIFIED',
      'NO_JURISDICTION',
      'LIMITATION_EXPIRED',
    ]);
    expect(response.body.error.message).toContain('行政处罚法第三十六条');
    expect(response.body.error.message).toContain(expired.name);
    const cases = await platform.database.db
      .selectFrom('penaltyCase')
      .select('id')
      .where('leadId', '=', id)
      .execute();
    expect(cases).toEqual([]);
  });

  it('files with the head’s approval and numbers cases per agency and year, never twice', async () => {
    const year = dayjs(today).year();
    const numbers: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const id = await newLeadId();
      const proposed = await officer.post(
        `/api/leads/${id}/filing`,
        proposal([valid[0]!.id, valid[1]!.id]),
      );
      expect(proposed.status).toBe(201);
      expect(proposed.body).toMatchObject({
        stage: 'filingPending',
        stageLabel: '立案待批',
        caseNumber: null,
      });
      const approved = await headOfQingshui.post(`/api/cases/${proposed.body.id}/approve-filing`);
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ stage: 'investigating', filingDate: today });
      numbers.push(approved.body.caseNumber);
      expect((await officer.get(`/api/leads/${id}`)).body.status).toBe('filed');
    }
    expect(numbers).toEqual([
      `${qsBrigade.shortName}罚〔${year}〕第1号`,
      `${qsBrigade.shortName}罚〔${year}〕第2号`,
    ]);
  });

  it('查处分离 (交通运输行政执法程序规定第六十三条): a head who is a case officer cannot approve, return or dismiss the filing', async () => {
    const id = await newLeadId();
    const proposed = await officer.post(
      `/api/leads/${id}/filing`,
      proposal([valid[0]!.id, valid[1]!.id, headOfficerId], { category: 'roadAdministration' }),
    );
    expect(proposed.status).toBe(201);
    const refused = await headOfQingshui.post(`/api/cases/${proposed.body.id}/approve-filing`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['APPROVER_IS_CASE_OFFICER']),
    );
    expect((await headOfQingshui.get(`/api/cases/${proposed.body.id}`)).body.caseNumber).toBeNull();
    for (const action of ['return-filing', 'dismiss']) {
      const own = await headOfQingshui.post(`/api/cases/${proposed.body.id}/${action}`, {
        reason: '自己承办的案件',
      });
      expect([action, own.status, own.body.error.details[0].path]).toEqual([
        action,
        422,
        'APPROVER_IS_CASE_OFFICER',
      ]);
    }
  });

  it('only a head approves, once, and a returned filing can be proposed again', async () => {
    const id = await newLeadId();
    const proposed = (
      await officer.post(`/api/leads/${id}/filing`, proposal([valid[0]!.id, valid[1]!.id]))
    ).body;
    expect((await officer.post(`/api/cases/${proposed.id}/approve-filing`)).status).toBe(403);
    const returned = await headOfCity.post(`/api/cases/${proposed.id}/return-filing`, {
      reason: '请补充当事人信息',
    });
    expect(returned.body).toMatchObject({ stage: 'lead', returnReason: '请补充当事人信息' });
    const transfer = await headOfCity.post(`/api/leads/${id}/transfer`, { reason: '移送公安机关' });
    expect(transfer.status).toBe(409);
    const again = await officer.post(
      `/api/leads/${id}/filing`,
      proposal([valid[0]!.id, valid[2]!.id]),
    );
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(proposed.id);
    expect(again.body.officers.map((o: { id: string }) => o.id).sort()).toEqual(
      [valid[0]!.id, valid[2]!.id].sort(),
    );
    await headOfCity.post(`/api/cases/${proposed.id}/approve-filing`);
    const twice = await headOfCity.post(`/api/cases/${proposed.id}/approve-filing`);
    expect(twice.status).toBe(422);
    expect(twice.body.error.details[0].path).toBe('ILLEGAL_STAGE_TRANSITION');
    const history = (await headOfCity.get(`/api/records?objectType=case&objectId=${proposed.id}`))
      .body.items;
    expect(history.map((r: { action: string }) => r.action)).toEqual([
      'submitFiling',
      'returnFiling',
      'submitFiling',
      'approveFiling',
    ]);
  });

  it('回避 is decided by the head without stopping the case (行政处罚法第四十三条)', async () => {
    const id = await newLeadId();
    const proposed = (
      await officer.post(
        `/api/leads/${id}/filing`,
        proposal([valid[0]!.id, valid[1]!.id, valid[2]!.id]),
      )
    ).body;
    const filed = (await headOfQingshui.post(`/api/cases/${proposed.id}/approve-filing`)).body;
    const requested = await officer.post(`/api/cases/${filed.id}/recusals`, {
      officerId: valid[2]!.id,
      requestedBy: 'party',
      reason: '该执法人员与当事人系近亲属',
    });
    expect(requested.body.stage).toBe('investigating');
    const recusalId = requested.body.recusals[0].id;
    const decided = await headOfQingshui.post(`/api/recusals/${recusalId}/decide`, {
      granted: true,
      reason: '情况属实',
    });
    expect(decided.body.stage).toBe('investigating');
    expect(decided.body.officers.map((o: { id: string }) => o.id)).not.toContain(valid[2]!.id);
    expect(decided.body.recusals[0].status).toBe('granted');
    expect(
      (
        await headOfQingshui.post(`/api/recusals/${recusalId}/decide`, {
          granted: false,
          reason: '重复',
        })
      ).status,
    ).toBe(409);
  });

  it('撤销立案 ends the case and its lead with the reason', async () => {
    const id = await newLeadId();
    const proposed = (
      await officer.post(`/api/leads/${id}/filing`, proposal([valid[0]!.id, valid[1]!.id]))
    ).body;
    const dismissed = await headOfQingshui.post(`/api/cases/${proposed.id}/dismiss`, {
      reason: '违法事实不能成立',
    });
    expect(dismissed.body.stage).toBe('dismissed');
    expect((await officer.get(`/api/leads/${id}`)).body).toMatchObject({
      status: 'dismissed',
      dispositionReason: '违法事实不能成立',
    });
  });

  it('lists cases by stage within scope only', async () => {
    const filed = (await officer.get('/api/cases?stage=investigating')).body.items;
    expect(filed.length).toBeGreaterThanOrEqual(3);
    expect(filed.every((c: { stage: string }) => c.stage === 'investigating')).toBe(true);
    const other = await platform.signIn('sm.zhifa1');
    expect((await other.get('/api/cases')).body.items).toEqual([]);
  });
});
