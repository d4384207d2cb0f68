import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseStages, type CaseStage } from '../../src/domain/case/case-stage.js';
import { seedDemoCases } from '../../src/demo/demo-cases.js';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let head: TestClient;
let cases: { id: string; stage: CaseStage; caseNumber: string | null; cause: string }[];

/** Acts that the head or the legal reviewer takes on a case, never a case officer (查处分离). */
const separatedActs = [
  'approveFiling',
  'returnFiling',
  'dismiss',
  'approveMeasure',
  'approvePreservation',
  'passLegalReview',
  'returnLegalReview',
  'recordCollectiveDiscussion',
  'decidePenalty',
  'approvePaymentPlan',
  'transfer',
  'close',
];

beforeAll(async () => {
  platform = await startTestPlatform();
  await seedDemoCases(platform.database.db, platform.config, platform.blobStore);
  head = await platform.signIn('qs.fuzeren');
  const listed = await head.get('/api/cases?pageSize=100');
  expect(listed.body.total).toBeLessThanOrEqual(100);
  cases = listed.body.items;
});
afterAll(() => platform.close());

function caseIn(stage: CaseStage) {
  const found = cases.find((c) => c.stage === stage);
  if (!found) throw new Error(`no demo case in stage ${stage}`);
  return found;
}

describe(`demo cases (${testBackend})`, () => {
  it('has at least one case in every stage of a penalty case, each with its own cause', async () => {
    const missing = caseStages.filter((stage) => !cases.some((c) => c.stage === stage));
    expect(missing).toEqual([]);
    expect(new Set(cases.map((c) => c.cause)).size).toBe(cases.length);
    const numbers = cases.flatMap((c) => (c.caseNumber ? [c.caseNumber] : []));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const number of numbers) expect(number).toMatch(/^清水执法大队罚〔\d{4}〕第\d+号$/);
    const leads = (await head.get('/api/leads?status=open')).body.items;
    expect(leads.some((lead: { source: string }) => lead.source === 'report')).toBe(true);
    expect((await head.get('/api/records/verify')).body.ok).toBe(true);
  });

  it('查处分离: no one who approved, reviewed or decided a case is one of its officers', async () => {
    const { db } = platform.database;
    const acts = await db
      .selectFrom('recordLog')
      .innerJoin('appUser', 'appUser.id', 'recordLog.actorUserId')
      .select(['recordLog.objectId as caseId', 'recordLog.action', 'appUser.officerId'])
      .where('recordLog.objectType', '=', 'case')
      .where('recordLog.action', 'in', separatedActs)
      .execute();
    const caseOfficers = await db
      .selectFrom('caseOfficer')
      .select(['caseId', 'officerId'])
      .execute();
    const officersOf = (caseId: string) =>
      caseOfficers.filter((row) => row.caseId === caseId).map((row) => row.officerId);
    expect([...new Set(acts.map((act) => act.action))].sort()).toEqual([...separatedActs].sort());
    for (const act of acts) {
      expect(act.officerId, `${act.action} on ${act.caseId}`).not.toBeNull();
      expect(officersOf(act.caseId), `${act.action} on ${act.caseId}`).not.toContain(act.officerId);
    }
    const separated = await db
      .selectFrom('appUser')
      .select('officerId')
      .where('username', 'in', ['qs.fuzeren', 'qs.fazhi'])
      .execute();
    for (const { officerId } of separated) {
      expect(caseOfficers.map((row) => row.officerId)).not.toContain(officerId);
    }
  });

  it('shows the investigation with its 笔录, the seized truck and the order to stop', async () => {
    const investigation = (await head.get(`/api/cases/${caseIn('investigating').id}/investigation`))
      .body;
    expect(investigation.transcripts.map((t: { kind: string }) => t.kind).sort()).toEqual([
      'inquiry',
      'site',
    ]);
    expect(investigation.measures).toEqual([
      expect.objectContaining({ kind: 'seizure', emergency: true, status: 'inForce' }),
    ]);
    expect(investigation.correctionOrders).toHaveLength(1);
  });

  it('holds a hearing before the heads discuss the case', async () => {
    const heard = caseIn('collectiveDiscussion').id;
    const notice = (await head.get(`/api/cases/${heard}/notice`)).body;
    expect(notice.hearings[0].record).toMatchObject({ attendance: 'attended', outcome: 'held' });
    const review = (await head.get(`/api/cases/${heard}/review`)).body;
    expect(review.discussions[0]).toMatchObject({ conclusion: 'penalty' });
  });

  it('decides a case whose 法制审核 was returned once and then passed', async () => {
    const decided = caseIn('decided').id;
    const review = (await head.get(`/api/cases/${decided}/review`)).body;
    const opinions = [...review.legalReviews]
      .sort((a: { round: number }, b: { round: number }) => a.round - b.round)
      .map((round: { opinion: { opinion: string } }) => round.opinion.opinion);
    expect(opinions).toEqual(['returned', 'approved']);
    const decision = (await head.get(`/api/cases/${decided}/decision`)).body.decision;
    expect(decision).toMatchObject({ kind: 'penalty', fineFen: 2_000_000 });
  });

  it('executes a fine by an approved instalment plan, the first instalment paid', async () => {
    const execution = (await head.get(`/api/cases/${caseIn('executing').id}/execution`)).body;
    expect(execution.plans).toEqual([
      expect.objectContaining({ kind: 'instalments', status: 'approved', inForce: true }),
    ]);
    expect(execution.payments).toHaveLength(1);
    expect(execution.balance.outstandingFen).toBe(
      execution.balance.fineFen - execution.payments[0].amountFen,
    );
  });

  it('transfers a suspected crime to the police, who opened a case', async () => {
    const [transfer] = (await head.get(`/api/cases/${caseIn('transferred').id}/transfers`)).body
      .items;
    expect(transfer).toMatchObject({
      kind: 'crime',
      recipient: '清水县公安局',
      status: 'handedOver',
      answer: 'accepted',
    });
  });

  it('archives a complete file whose seal still verifies', async () => {
    const archived = caseIn('archived').id;
    const file = (await head.get(`/api/cases/${archived}/file`)).body;
    expect(file.archive).not.toBeNull();
    expect(file.entries.length).toBeGreaterThan(5);
    const verified = await head.get(`/api/cases/${archived}/archive/verify`);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ intact: true, changed: [] });
  });
});
