import dayjs from 'dayjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../src/domain/china-date.js';
import { evidenceForm, fileCase } from '../support/cases.js';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let zhifa1: TestClient;
let zhifa2: TestClient;
let head: TestClient;
let filed: Awaited<ReturnType<typeof fileCase>>;
let reported: { caseId: string };

interface Entry {
  seq: number;
  at: string;
  actorName: string;
  objectType: string;
  action: string;
  title: string;
  details: { label: string; value: string }[];
  change: Record<string, unknown>;
}

async function timeline(client: TestClient, caseId: string): Promise<Entry[]> {
  const response = await client.get(`/api/cases/${caseId}/timeline`);
  expect(response.status).toBe(200);
  return response.body.items;
}

/** A 投诉举报 lead with its 举报人, recorded by qs.zhifa1 and filed. */
async function reportedCase(): Promise<{ caseId: string }> {
  const me = (await zhifa1.get('/api/auth/me')).body.user;
  const areaCode = (await zhifa1.get(`/api/agencies/${me.agencyId}`)).body.regionCode;
  const lead = await zhifa1.post('/api/leads', {
    agencyId: me.agencyId,
    source: 'report',
    receivedAt: new Date().toISOString(),
    cause: '出租汽车拒载',
    summary: '群众电话举报一辆出租汽车在车站拒载乘客。',
    areaCode,
    reporter: { name: '李举报', phone: '13800000000' },
  });
  const today = chinaDate();
  const proposed = await zhifa1.post(`/api/leads/${lead.body.id}/filing`, {
    cause: '巡游出租汽车驾驶员拒载',
    category: 'transportAdministration',
    actAreaCode: areaCode,
    actEndDate: dayjs(today).subtract(3, 'day').format('YYYY-MM-DD'),
    discoveryDate: today,
    party: { kind: 'citizen', name: '赵六', idNumber: '11010519491231002X', address: '城关镇2号' },
    officerIds: filed.officerIds,
  });
  return { caseId: proposed.body.id };
}

beforeAll(async () => {
  platform = await startTestPlatform();
  zhifa1 = await platform.signIn('qs.zhifa1');
  zhifa2 = await platform.signIn('qs.zhifa2');
  head = await platform.signIn('qs.fuzeren');
  filed = await fileCase(zhifa1, head);
  await zhifa1.post(
    `/api/cases/${filed.id}/evidence`,
    evidenceForm({ type: 'audioVisual', title: '现场照片', collectedAt: new Date().toISOString() }),
  );
  const recusal = await zhifa1.post(`/api/cases/${filed.id}/recusals`, {
    officerId: filed.officerIds[1],
    requestedBy: 'party',
    reason: '当事人称执法人员与其有亲属关系',
  });
  await head.post(`/api/recusals/${recusal.body.recusals[0].id}/decide`, {
    granted: false,
    reason: '经核实不存在亲属关系',
  });
  reported = await reportedCase();
});
afterAll(() => platform.close());

describe(`案件办理经过 (${testBackend})`, () => {
  it('lists every act on the case, its lead and its recusal, in order, with who and what', async () => {
    const entries = await timeline(zhifa2, filed.id);
    expect(entries.map((entry) => entry.title)).toEqual([
      '登记线索',
      '提请立案',
      '批准立案',
      '登记证据',
      '申请回避',
      '决定不予回避',
    ]);
    const seqs = entries.map((entry) => entry.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const approval = entries[2]!;
    expect(approval.actorName).toBe((await head.get('/api/auth/me')).body.user.displayName);
    expect(approval.details).toEqual(
      expect.arrayContaining([
        { label: '案号', value: filed.caseNumber },
        { label: '进入阶段', value: '已立案（调查取证）' },
      ]),
    );
    expect(entries[3]!.details).toContainEqual({ label: '名称', value: '现场照片' });
    expect(entries[5]!.details).toContainEqual({ label: '理由', value: '经核实不存在亲属关系' });
  });

  it('shows nothing of another case', async () => {
    const other = await timeline(zhifa1, reported.caseId);
    expect(other.map((entry) => entry.title)).toEqual(['登记线索', '提请立案']);
  });

  it('hides the 举报人 from those the lead hides it from', async () => {
    const [byRecorder] = await timeline(zhifa1, reported.caseId);
    expect(byRecorder!.change).toHaveProperty('reporter');
    const [byColleague] = await timeline(zhifa2, reported.caseId);
    expect(byColleague!.change).not.toHaveProperty('reporter');
    expect(byColleague!.change).toHaveProperty('cause', '出租汽车拒载');
    const [byHead] = await timeline(head, reported.caseId);
    expect(byHead!.change).toHaveProperty('reporter');
  });

  it('is not shown outside the scope', async () => {
    const smOfficer = await platform.signIn('sm.zhifa1');
    expect((await smOfficer.get(`/api/cases/${filed.id}/timeline`)).status).toBe(404);
  });
});

describe(`案件页面：下一步与期限 (${testBackend})`, () => {
  interface NextAction {
    action: string;
    available: boolean;
    blocker: string | null;
    reason: string | null;
    expected: boolean;
  }
  const next = async (client: TestClient, caseId: string) =>
    (await client.get(`/api/cases/${caseId}`)).body.nextActions as NextAction[];
  const find = (actions: NextAction[], action: string) => actions.find((a) => a.action === action)!;

  it('offers the case officer the investigation steps and tells them what waits for the head', async () => {
    const actions = await next(zhifa1, filed.id);
    expect(actions[0]).toMatchObject({
      action: 'closeInvestigation',
      expected: true,
      available: true,
    });
    expect(find(actions, 'dismiss')).toMatchObject({ available: false, blocker: 'role' });
    expect(find(actions, 'dismiss').reason).toContain('等待负责人');
  });

  it('offers the head the decisions and not the investigation', async () => {
    const actions = await next(head, filed.id);
    expect(find(actions, 'dismiss').available).toBe(true);
    expect(find(actions, 'closeInvestigation')).toMatchObject({
      available: false,
      blocker: 'role',
    });
  });

  it('查处分离 (交通运输行政执法程序规定第六十三条): a head who is a case officer may not approve 立案', async () => {
    // qs.fuzeren is also an officer, with a 路政 certificate.
    const headOfficer = (await head.get('/api/auth/me')).body.user.officerId;
    const me = (await zhifa1.get('/api/auth/me')).body.user;
    const lead = await zhifa1.post('/api/leads', {
      agencyId: me.agencyId,
      source: 'inspection',
      receivedAt: new Date().toISOString(),
      cause: '擅自占用公路建筑控制区',
      summary: '巡查中发现有人在公路建筑控制区内堆放建材。',
      areaCode: (await zhifa1.get(`/api/agencies/${me.agencyId}`)).body.regionCode,
    });
    const today = chinaDate();
    const proposed = await zhifa1.post(`/api/leads/${lead.body.id}/filing`, {
      cause: '擅自占用公路建筑控制区',
      category: 'roadAdministration',
      actAreaCode: (await zhifa1.get(`/api/agencies/${me.agencyId}`)).body.regionCode,
      actEndDate: today,
      discoveryDate: today,
      party: {
        kind: 'citizen',
        name: '孙七',
        idNumber: '11010519491231002X',
        address: '城关镇3号',
      },
      officerIds: [me.officerId, headOfficer],
    });
    expect(proposed.body).toMatchObject({ stage: 'filingPending' });
    const approval = find(await next(head, proposed.body.id), 'approveFiling');
    expect(approval).toMatchObject({ available: false, blocker: 'caseOfficer' });
    expect(approval.reason).toContain('查处分离');
    const refused = await head.post(`/api/cases/${proposed.body.id}/approve-filing`);
    expect(refused.status).toBe(422);
    expect(find(await next(zhifa1, proposed.body.id), 'approveFiling').blocker).toBe('role');
  });

  it('shows the case’s pending deadlines with their status', async () => {
    const penaltyCase = (await zhifa1.get(`/api/cases/${filed.id}`)).body;
    const due = dayjs(chinaDate()).add(90, 'day').format('YYYY-MM-DD');
    expect(penaltyCase.deadlines).toEqual([
      expect.objectContaining({
        kind: 'decision',
        due,
        status: 'ok',
        daysLeft: 90,
        bound: 'noLaterThan',
        article: '行政处罚法第六十条',
      }),
    ]);
  });
});
