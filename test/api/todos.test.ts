import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseStage } from '../../src/domain/case/case-stage.js';
import { backdateFiling, fileCase } from '../support/cases.js';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let zhifa1: TestClient;
let head: TestClient;
let investigating: Awaited<ReturnType<typeof fileCase>>;
let pendingFilingId: string;
let inReviewId: string;
let awaitingDecisionId: string;

interface Todo {
  kind: string;
  title: string;
  dueDate: string | null;
  link: string;
}

async function todos(client: TestClient): Promise<Todo[]> {
  const response = await client.get('/api/todos');
  expect(response.status).toBe(200);
  return response.body.items;
}

const about = (items: Todo[], caseId: string) =>
  items.filter((todo) => todo.link === `/cases/${caseId}`).map((todo) => todo.kind);

/**
 * Puts a filed case straight into a later stage through the database: the steps in between
 * belong to other parts of the workflow, and only the 待办 they lead to is tested here.
 */
async function moveTo(stage: CaseStage): Promise<string> {
  const { id } = await fileCase(zhifa1, head);
  await platform.database.db
    .updateTable('penaltyCase')
    .set({ stage })
    .where('id', '=', id)
    .execute();
  return id;
}

beforeAll(async () => {
  platform = await startTestPlatform();
  zhifa1 = await platform.signIn('qs.zhifa1');
  head = await platform.signIn('qs.fuzeren');
  investigating = await fileCase(zhifa1, head);
  await zhifa1.post(`/api/cases/${investigating.id}/recusals`, {
    officerId: investigating.officerIds[1],
    requestedBy: 'officer',
    reason: '本人与当事人系同学关系',
  });
  await backdateFiling(platform, investigating.id, 100);

  const proposal = await fileCase(zhifa1, head);
  // A second proposal of the same shape, left waiting for the head's approval.
  const me = (await zhifa1.get('/api/auth/me')).body.user;
  const lead = await zhifa1.post('/api/leads', {
    agencyId: me.agencyId,
    source: 'inspection',
    receivedAt: new Date().toISOString(),
    cause: '道路运输车辆未按规定进行年度审验',
    summary: '检查时发现一辆客车道路运输证未按期审验。',
    areaCode: (await zhifa1.get(`/api/agencies/${me.agencyId}`)).body.regionCode,
  });
  const filed = (await zhifa1.get(`/api/cases/${proposal.id}`)).body;
  const proposed = await zhifa1.post(`/api/leads/${lead.body.id}/filing`, {
    cause: filed.cause,
    category: filed.category,
    actAreaCode: filed.actAreaCode,
    actEndDate: filed.actEndDate,
    discoveryDate: filed.discoveryDate,
    party: filed.party,
    officerIds: proposal.officerIds,
  });
  pendingFilingId = proposed.body.id;
  inReviewId = await moveTo('legalReview');
  awaitingDecisionId = await moveTo('awaitingDecision');
});
afterAll(() => platform.close());

describe(`首页待办 (${testBackend})`, () => {
  it('gives a case officer their cases’ next steps and the deadlines due soon or passed', async () => {
    const mine = await todos(zhifa1);
    expect(about(mine, investigating.id).sort()).toEqual(['caseNextStep', 'deadlineOverdue']);
    const step = mine.find(
      (t) => t.link === `/cases/${investigating.id}` && t.kind === 'caseNextStep',
    )!;
    expect(step.title).toContain('调查终结');
    expect(step.title).toContain(investigating.caseNumber);
    const overdue = mine.find((t) => t.kind === 'deadlineOverdue')!;
    expect(overdue.title).toMatch(/作出行政处罚决定，已逾期 10 天（行政处罚法第六十条）/);
    expect(mine[0]).toBe(overdue);
    // 立案审批, 法制审核 and the decision wait for others.
    expect(about(mine, pendingFilingId)).toEqual([]);
    expect(about(mine, inReviewId)).toEqual([]);
    expect(about(mine, awaitingDecisionId)).toEqual([]);
  });

  it('gives the head filings to approve, recusals to decide and decisions to make', async () => {
    const heads = await todos(head);
    expect(about(heads, pendingFilingId)).toEqual(['filingApproval']);
    expect(about(heads, investigating.id)).toEqual(['recusalDecision']);
    expect(about(heads, awaitingDecisionId)).toEqual(['caseDecision']);
    expect(about(heads, inReviewId)).toEqual([]);
  });

  it('gives the legal reviewer the cases waiting for 法制审核', async () => {
    const reviewer = await todos(await platform.signIn('qs.fazhi'));
    expect(about(reviewer, inReviewId)).toEqual(['legalReview']);
    expect(reviewer.filter((t) => t.kind !== 'legalReview')).toEqual([]);
  });

  it('gives the supervisor the overdue deadlines of the scope', async () => {
    const supervisor = await todos(await platform.signIn('shi.jiandu'));
    expect(supervisor.map((t) => [t.kind, t.link])).toEqual([
      ['deadlineOverdue', `/cases/${investigating.id}`],
    ]);
  });

  it('shows another county nothing of these cases', async () => {
    for (const username of ['sm.zhifa1', 'sm.fuzeren', 'sm.fazhi']) {
      const items = await todos(await platform.signIn(username));
      expect(items.filter((t) => t.link.startsWith('/cases/'))).toEqual([]);
    }
  });
});
