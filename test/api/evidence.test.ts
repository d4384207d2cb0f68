import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceForm, fileCase } from '../support/cases.js';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let officer: TestClient;
let head: TestClient;
let caseId: string;

const photo = {
  name: '现场照片.jpg',
  type: 'image/jpeg',
  bytes: Buffer.from('\xff\xd8\xff\xe0 demo photo bytes 车辆照片', 'binary'),
};
const fields = { type: 'audioVisual', title: '现场照片', collectedAt: new Date().toISOString() };

beforeAll(async () => {
  platform = await startTestPlatform();
  officer = await platform.signIn('qs.zhifa1');
  head = await platform.signIn('qs.fuzeren');
  caseId = (await fileCase(officer, head)).id;
});
afterAll(() => platform.close());

describe(`证据 (${testBackend})`, () => {
  it('stores the file by its sha256 and gives back the same bytes', async () => {
    const response = await officer.post(
      `/api/cases/${caseId}/evidence`,
      evidenceForm(fields, photo),
    );
    expect(response.status).toBe(201);
    const sha256 = createHash('sha256').update(photo.bytes).digest('hex');
    expect(response.body).toMatchObject({
      type: 'audioVisual',
      typeLabel: '视听资料',
      file: { sha256, name: '现场照片.jpg', mediaType: 'image/jpeg', size: photo.bytes.length },
    });
    const download = await platform.app.request(
      `http://localhost/api/evidence/${response.body.id}/file`,
      {
        headers: { Cookie: await cookieOf('qs.fazhi') },
      },
    );
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(photo.bytes);
    const history = (await head.get(`/api/records?objectType=case&objectId=${caseId}`)).body.items;
    expect(history.at(-1)).toMatchObject({ action: 'addEvidence', change: { fileSha256: sha256 } });
  });

  it('keeps one copy of a file uploaded twice', async () => {
    const first = (await officer.post(`/api/cases/${caseId}/evidence`, evidenceForm(fields, photo)))
      .body;
    const second = (
      await officer.post(
        `/api/cases/${caseId}/evidence`,
        evidenceForm({ ...fields, title: '同一照片' }, photo),
      )
    ).body;
    expect(second.file.sha256).toBe(first.file.sha256);
    expect(second.id).not.toBe(first.id);
    expect(await platform.blobStore.stat(first.file.sha256)).toMatchObject({
      size: photo.bytes.length,
    });
  });

  it('records an item without a file, such as 物证 kept in storage', async () => {
    const response = await officer.post(
      `/api/cases/${caseId}/evidence`,
      evidenceForm({ ...fields, type: 'physical', title: '扣押的车辆行驶证' }),
    );
    expect(response.body).toMatchObject({ typeLabel: '物证', file: null });
  });

  it('refuses a kind of evidence the law does not list (行政处罚法第四十六条)', async () => {
    const response = await officer.post(
      `/api/cases/${caseId}/evidence`,
      evidenceForm({ ...fields, type: 'rumour' }, photo),
    );
    expect(response.status).toBe(400);
    expect(response.body.error.details[0]).toMatchObject({
      path: 'type',
      message: expect.stringContaining('第四十六条'),
    });
  });

  it('only a case officer records evidence, and only during the investigation', async () => {
    const colleague = await platform.signIn('qs.fazhi');
    expect(
      (await colleague.post(`/api/cases/${caseId}/evidence`, evidenceForm(fields, photo))).status,
    ).toBe(403);
    const other = await fileCase(officer, head);
    await head.post(`/api/cases/${other.id}/dismiss`, { reason: '违法事实不能成立' });
    const refused = await officer.post(
      `/api/cases/${other.id}/evidence`,
      evidenceForm(fields, photo),
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error.details[0].path).toBe('EVIDENCE_OUTSIDE_INVESTIGATION');
  });

  it('the database refuses to alter a recorded item', async () => {
    await expect(
      sql`update evidence set title = '改动' where case_id = ${caseId}`.execute(
        platform.database.db,
      ),
    ).rejects.toMatchObject({ code: 'ZF002' });
    await expect(
      sql`delete from evidence where case_id = ${caseId}`.execute(platform.database.db),
    ).rejects.toMatchObject({ code: 'ZF002' });
  });
});

async function cookieOf(username: string): Promise<string> {
  const response = await platform.app.request('http://localhost/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' },
    body: JSON.stringify({ username, password: 'Zhifa@demo2026' }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}
