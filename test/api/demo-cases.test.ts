import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCases } from '../../src/demo/demo-cases.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
  await seedDemoCases(platform.database.db, platform.config, platform.blobStore);
});
afterAll(() => platform.close());

describe(`demo cases (${testBackend})`, () => {
  it('shows a case in every stage built so far, made by the demo accounts', async () => {
    const head = await platform.signIn('qs.fuzeren');
    const cases = (await head.get('/api/cases')).body.items as {
      stage: string;
      id: string;
      caseNumber: string | null;
    }[];
    expect(cases.map((c) => c.stage).sort()).toEqual([
      'dismissed',
      'filingPending',
      'investigating',
    ]);
    const investigating = cases.find((c) => c.stage === 'investigating')!;
    expect(investigating.caseNumber).toMatch(/^清水执法大队罚〔\d{4}〕第1号$/);
    const evidence = (await head.get(`/api/cases/${investigating.id}/evidence`)).body.items;
    expect(evidence[0]).toMatchObject({
      typeLabel: '勘验笔录、现场笔录',
      file: { mediaType: 'text/plain' },
    });
    const leads = (await head.get('/api/leads?status=open')).body.items;
    expect(leads.some((lead: { source: string }) => lead.source === 'report')).toBe(true);
    expect((await head.get('/api/records/verify')).body.ok).toBe(true);
  });
});
