import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backdateFiling, fileCase } from '../support/cases.js';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let head: TestClient;
let zhifa1: TestClient;
let zhifa2: TestClient;
let overdueId: string;
let dueSoonId: string;
let quietId: string;
let foreignId: string;

interface Board {
  today: string;
  warningDays: number;
  total: number;
  groups: {
    kind: string;
    label: string;
    overdue: number;
    dueSoon: number;
    items: {
      caseId: string;
      caseNumber: string;
      status: string;
      daysLeft: number;
      due: string;
      article: string;
      party: { name: string; idNumber: string | null };
      officers: { id: string; name: string }[];
    }[];
  }[];
}

async function board(client: TestClient, query = ''): Promise<Board> {
  const response = await client.get(`/api/supervision/deadlines${query}`);
  expect(response.status).toBe(200);
  return response.body;
}

const caseIds = (b: Board) => b.groups.flatMap((g) => g.items.map((item) => item.caseId));

beforeAll(async () => {
  platform = await startTestPlatform();
  head = await platform.signIn('qs.fuzeren');
  zhifa1 = await platform.signIn('qs.zhifa1');
  zhifa2 = await platform.signIn('qs.zhifa2');
  const overdue = await fileCase(zhifa1, head);
  const dueSoon = await fileCase(zhifa2, head);
  // 回避 takes qs.zhifa1 off the second case, so it is not one of the cases they handle.
  const me = (await zhifa1.get('/api/auth/me')).body.user.officerId;
  const recusal = await zhifa2.post(`/api/cases/${dueSoon.id}/recusals`, {
    officerId: me,
    requestedBy: 'party',
    reason: '当事人称执法人员与其有利害关系',
  });
  await head.post(`/api/recusals/${recusal.body.recusals[0].id}/decide`, {
    granted: true,
    reason: '存在利害关系，准予回避',
  });
  quietId = (await fileCase(zhifa1, head)).id;
  await backdateFiling(platform, overdue.id, 100);
  await backdateFiling(platform, dueSoon.id, 88);
  const sm = await fileCase(
    await platform.signIn('sm.zhifa1'),
    await platform.signIn('sm.fuzeren'),
  );
  await backdateFiling(platform, sm.id, 100);
  [overdueId, dueSoonId, foreignId] = [overdue.id, dueSoon.id, sm.id];
});
afterAll(() => platform.close());

describe(`督办 (${testBackend})`, () => {
  it('shows the scope’s deadlines due soon or passed, by kind, most urgent first', async () => {
    const result = await board(head);
    expect(result.warningDays).toBe(3);
    expect(result.total).toBe(2);
    expect(result.groups).toHaveLength(1);
    const [group] = result.groups;
    expect(group).toMatchObject({
      kind: 'decision',
      label: '作出行政处罚决定',
      overdue: 1,
      dueSoon: 1,
    });
    expect(group!.items.map((item) => [item.caseId, item.status, item.daysLeft])).toEqual([
      [overdueId, 'overdue', -10],
      [dueSoonId, 'dueSoon', 2],
    ]);
    expect(group!.items[0]).toMatchObject({
      article: '行政处罚法第六十条',
      caseNumber: expect.stringContaining('罚〔'),
      party: { name: '王五', idNumber: '110105********002X' },
    });
    expect(group!.items[0]!.officers).toHaveLength(2);
    expect(caseIds(result)).not.toContain(quietId);
  });

  it('never shows another county’s cases; the city’s supervisor sees every county', async () => {
    expect(caseIds(await board(head))).not.toContain(foreignId);
    expect(caseIds(await board(await platform.signIn('qs.fazhi')))).toEqual([overdueId, dueSoonId]);
    expect(caseIds(await board(await platform.signIn('shi.jiandu'))).sort()).toEqual(
      [overdueId, dueSoonId, foreignId].sort(),
    );
  });

  it('shows an officer only the cases they handle', async () => {
    expect(caseIds(await board(zhifa1))).toEqual([overdueId]);
    expect(caseIds(await board(zhifa2))).toEqual([overdueId, dueSoonId]);
  });

  it('filters by status and by kind', async () => {
    expect(caseIds(await board(head, '?status=overdue'))).toEqual([overdueId]);
    expect(caseIds(await board(head, '?status=dueSoon'))).toEqual([dueSoonId]);
    expect(caseIds(await board(head, '?kind=decision'))).toEqual([overdueId, dueSoonId]);
    expect(await board(head, '?kind=payment')).toMatchObject({ total: 0, groups: [] });
    expect((await head.get('/api/supervision/deadlines?status=ok')).status).toBe(400);
  });

  it('is refused to roles that oversee no cases', async () => {
    const admin = await platform.signIn('admin');
    const response = await admin.get('/api/supervision/deadlines');
    expect(response.status).toBe(403);
    expect(response.body.error.message).toContain('无权');
  });

  it('drops a deadline once the case no longer has to meet it', async () => {
    await head.post(`/api/cases/${overdueId}/dismiss`, { reason: '违法事实不能成立，撤销立案' });
    expect(caseIds(await board(head))).toEqual([dueSoonId]);
  });
});
