import dayjs from 'dayjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../src/domain/china-date.js';
import { backdateFiling, fileCase } from '../support/cases.js';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let officer: TestClient;
let head: TestClient;
let overdue: Awaited<ReturnType<typeof fileCase>>;
let dueSoon: Awaited<ReturnType<typeof fileCase>>;
let dismissed: Awaited<ReturnType<typeof fileCase>>;
let foreignCaseId: string;
const today = chinaDate();

interface ListedCase {
  id: string;
  stage: string;
  cause: string;
  filingDate: string | null;
  officers: { id: string }[];
  deadlines: { kind: string; status: string | null; due: string }[];
  nextActions: { action: string; available: boolean }[];
}

async function list(query = ''): Promise<{ items: ListedCase[]; total: number }> {
  const response = await head.get(`/api/cases${query}`);
  expect(response.status).toBe(200);
  return response.body;
}

const ids = (result: { items: { id: string }[] }) => result.items.map((c) => c.id).sort();

beforeAll(async () => {
  platform = await startTestPlatform();
  officer = await platform.signIn('qs.zhifa1');
  head = await platform.signIn('qs.fuzeren');
  overdue = await fileCase(officer, head);
  dueSoon = await fileCase(await platform.signIn('qs.zhifa2'), head);
  dismissed = await fileCase(officer, head);
  await head.post(`/api/cases/${dismissed.id}/dismiss`, { reason: '违法事实不能成立，撤销立案' });
  // 行政处罚法第六十条: 90 days from 立案. Filed 100 days ago → overdue; 88 days ago → due in 2.
  await backdateFiling(platform, overdue.id, 100);
  await backdateFiling(platform, dueSoon.id, 88);
  const smOfficer = await platform.signIn('sm.zhifa1');
  foreignCaseId = (await fileCase(smOfficer, await platform.signIn('sm.fuzeren'))).id;
});
afterAll(() => platform.close());

describe(`案件列表 (${testBackend})`, () => {
  it('lists the cases of the user’s scope only, with a total, deadlines and next steps', async () => {
    const all = await list();
    expect(all.total).toBe(3);
    expect(ids(all)).toEqual([overdue.id, dueSoon.id, dismissed.id].sort());
    expect(ids(all)).not.toContain(foreignCaseId);
    const listed = all.items.find((c) => c.id === overdue.id)!;
    expect(listed.deadlines).toEqual([
      expect.objectContaining({ kind: 'decision', status: 'overdue' }),
    ]);
    expect(listed.nextActions.map((next) => next.action)).toContain('closeInvestigation');
    expect(
      ids(await (await platform.signIn('sm.fuzeren')).get('/api/cases').then((r) => r.body)),
    ).toEqual([foreignCaseId]);
  });

  it('filters by stage and by stage group (办理中 / 已结案 / 已归档)', async () => {
    expect(ids(await list('?stage=investigating'))).toEqual([overdue.id, dueSoon.id].sort());
    expect(ids(await list('?stageGroup=open'))).toEqual([overdue.id, dueSoon.id].sort());
    expect(ids(await list('?stageGroup=ended'))).toEqual([dismissed.id]);
    expect(await list('?stageGroup=archived')).toEqual({ items: [], total: 0 });
  });

  it('filters by case officer', async () => {
    const [me] = overdue.officerIds;
    const mine = await list(`?officerId=${me}`);
    expect(mine.total).toBeGreaterThanOrEqual(2);
    expect(mine.items.every((c) => c.officers.some((o) => o.id === me))).toBe(true);
    expect(ids(mine)).toEqual(expect.arrayContaining([overdue.id, dismissed.id]));
  });

  it('finds the case proposed from a lead', async () => {
    expect(ids(await list(`?leadId=${dueSoon.leadId}`))).toEqual([dueSoon.id]);
  });

  it('filters by a deadline due soon or passed (督办 status)', async () => {
    expect(ids(await list('?deadlineStatus=overdue'))).toEqual([overdue.id]);
    expect(ids(await list('?deadlineStatus=dueSoon'))).toEqual([dueSoon.id]);
    expect(await list('?deadlineStatus=overdue&stageGroup=ended')).toEqual({ items: [], total: 0 });
  });

  it('searches the 案由, the case number and the party, taking wildcards literally', async () => {
    expect((await list(`?q=${encodeURIComponent('擅自从事道路运输')}`)).total).toBe(3);
    expect((await list(`?q=${encodeURIComponent('王五')}`)).total).toBe(3);
    expect(ids(await list(`?q=${encodeURIComponent(dueSoon.caseNumber)}`))).toEqual([dueSoon.id]);
    expect((await list(`?q=${encodeURIComponent('%')}`)).total).toBe(0);
    expect((await list(`?q=${encodeURIComponent('超限运输')}`)).total).toBe(0);
  });

  it('filters by agency within scope; another county’s agency gives nothing', async () => {
    const me = (await officer.get('/api/auth/me')).body.user;
    expect((await list(`?agencyId=${me.agencyId}`)).total).toBe(3);
    const smHead = await platform.signIn('sm.fuzeren');
    const smAgency = (await smHead.get('/api/auth/me')).body.user.agencyId;
    expect(await list(`?agencyId=${smAgency}`)).toEqual({ items: [], total: 0 });
  });

  it('filters by 立案 date range', async () => {
    const daysAgo = (n: number) => dayjs(today).subtract(n, 'day').format('YYYY-MM-DD');
    expect(ids(await list(`?filedFrom=${daysAgo(95)}&filedTo=${daysAgo(80)}`))).toEqual([
      dueSoon.id,
    ]);
    expect(ids(await list(`?filedTo=${daysAgo(99)}`))).toEqual([overdue.id]);
    expect(ids(await list(`?filedFrom=${today}`))).toEqual([dismissed.id]);
  });

  it('pages and sorts', async () => {
    const oldestFirst = await list('?sort=filingDate&order=asc&pageSize=2');
    expect(oldestFirst.total).toBe(3);
    expect(oldestFirst.items.map((c) => c.id)).toEqual([overdue.id, dueSoon.id]);
    const second = await list('?sort=filingDate&order=asc&pageSize=2&page=2');
    expect(second.items.map((c) => c.id)).toEqual([dismissed.id]);
    const newestFirst = await list('?sort=filingDate&pageSize=1');
    expect(newestFirst.items.map((c) => c.id)).toEqual([dismissed.id]);
  });

  it('refuses bad filters with Chinese messages', async () => {
    const reversed = await head.get(`/api/cases?filedFrom=${today}&filedTo=2020-01-01`);
    expect(reversed.status).toBe(400);
    expect(JSON.stringify(reversed.body)).toContain('起始日不能晚于截止日');
    expect((await head.get('/api/cases?stageGroup=pending')).status).toBe(400);
    expect((await head.get('/api/cases?pageSize=1000')).status).toBe(400);
  });
});
