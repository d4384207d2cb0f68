import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let admin: TestClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await platform.signIn('admin');
});
afterAll(() => platform.close());

async function userId(username: string): Promise<string> {
  const users = (await admin.get('/api/users')).body.items as { id: string; username: string }[];
  return users.find((user) => user.username === username)!.id;
}

describe(`用户与角色 (${testBackend})`, () => {
  it('lists every demo account with its roles', async () => {
    const users = (await admin.get('/api/users')).body.items as {
      username: string;
      roles: string[];
    }[];
    expect(users).toHaveLength(19);
    const roles = new Set(users.flatMap((user) => user.roles));
    expect([...roles].sort()).toEqual([
      'approver',
      'disclosureAdmin',
      'legalReviewer',
      'officer',
      'supervisor',
      'systemAdmin',
    ]);
  });

  it('locks an account, ending its sessions, and unlocks it', async () => {
    const victim = await platform.signIn('yx.fazhi');
    const id = await userId('yx.fazhi');
    const locked = await admin.post(`/api/users/${id}/lock`);
    expect(locked.body.locked).toBe(true);
    expect((await victim.get('/api/auth/me')).status).toBe(401);
    const refused = await platform
      .anonymous()
      .post('/api/auth/login', { username: 'yx.fazhi', password: 'Zhifa@demo2026' });
    expect(refused.body.error).toMatchObject({
      code: 'ACCOUNT_LOCKED',
      message: '账号已被管理员锁定，请联系系统管理员解锁',
    });
    expect((await admin.post(`/api/users/${id}/unlock`)).body.locked).toBe(false);
    expect((await platform.signIn('yx.fazhi')).csrfToken).toBeTruthy();
  });

  it('cannot lock itself', async () => {
    const response = await admin.post(`/api/users/${await userId('admin')}/lock`);
    expect(response.status).toBe(400);
  });

  it('resets a password to a one-time password that must be changed', async () => {
    const id = await userId('yx.zhifa2');
    const { temporaryPassword } = (await admin.post(`/api/users/${id}/reset-password`)).body;
    const client = await platform.signIn('yx.zhifa2', temporaryPassword);
    expect((await client.get('/api/auth/me')).body.user.mustChangePassword).toBe(true);
    expect((await client.get('/api/officers')).body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('changes roles, with the change in the record', async () => {
    const id = await userId('yx.zhifa1');
    const updated = await admin.patch(`/api/users/${id}`, {
      roles: ['officer', 'supervisor', 'officer'],
    });
    expect(updated.body.roles).toEqual(['officer', 'supervisor']);
    const history = (await admin.get(`/api/records?objectType=user&objectId=${id}`)).body.items;
    expect(history.at(-1)).toMatchObject({
      action: 'update',
      actorName: '系统管理员',
      change: { roles: ['officer', 'supervisor', 'officer'] },
    });
  });

  it('refuses an unknown role', async () => {
    const response = await admin.post('/api/users', {
      username: 'x.y',
      displayName: '某某',
      agencyId: (await admin.get('/api/agencies')).body.items[0].id,
      roles: ['king'],
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe('roles.0');
  });
});

describe(`全过程记录 API (${testBackend})`, () => {
  it('shows an object’s history oldest first, with who did it and their certificate', async () => {
    const officer = (await admin.get('/api/officers?pageSize=1')).body.items[0];
    await admin.patch(`/api/officers/${officer.id}`, { phone: '13911112222' });
    const history = (await admin.get(`/api/records?objectType=officer&objectId=${officer.id}`)).body
      .items;
    expect(history.map((entry: { action: string }) => entry.action)).toEqual(['create', 'update']);
    expect(history[1]).toMatchObject({ actorName: '系统管理员', change: { phone: '13911112222' } });
    expect(history[0].seq).toBeLessThan(history[1].seq);
  });

  it('records the certificate number of an officer who acts', async () => {
    const reviewer = await platform.signIn('qs.fazhi');
    const me = (await reviewer.get('/api/auth/me')).body.user;
    const history = (await admin.get(`/api/records?objectType=user&objectId=${me.id}`)).body.items;
    expect(history.at(-1)).toMatchObject({
      action: 'login',
      actorCertificateNumber: expect.stringMatching(/^4399/),
    });
  });

  it('is closed to a plain officer', async () => {
    const officer = await platform.signIn('qs.zhifa1');
    expect((await officer.get('/api/records/verify')).status).toBe(403);
  });

  it('verifies the chain, and names the row edited behind the system’s back', async () => {
    const supervisor = await platform.signIn('shi.jiandu');
    const intact = (await supervisor.get('/api/records/verify')).body;
    expect(intact).toMatchObject({ ok: true, firstBrokenSeq: null });

    const target = Math.floor(intact.checked / 3);
    await platform.database.db.transaction().execute(async (trx) => {
      await sql`alter table record_log disable trigger record_log_no_update_delete`.execute(trx);
      await sql`update record_log set actor_name = '他人' where seq = ${target}`.execute(trx);
      await sql`alter table record_log enable trigger record_log_no_update_delete`.execute(trx);
    });
    const broken = (await supervisor.get('/api/records/verify')).body;
    expect(broken).toMatchObject({
      ok: false,
      firstBrokenSeq: target,
      reason: expect.stringContaining('记录哈希不一致'),
    });
  });
});

describe('errors at the edge', () => {
  it('answers an unknown API path with a JSON 404', async () => {
    const response = await admin.get('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.body.error).toMatchObject({ code: 'NOT_FOUND', message: '接口不存在' });
  });

  it('turns an unexpected failure into a 500 that leaks nothing, logged with its request id', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => lines.push(line) });
    const { createApp } = await import('../../src/http/app.js');
    const broken = createApp({
      db: platform.database.db,
      config: platform.config,
      logger,
      blobStore: platform.blobStore,
      webRoot: null,
    });
    broken.get('/boom', () => {
      throw new Error('secret connection string postgres://u:p@h/db');
    });
    const response = await broken.request('/boom');
    const body = (await response.json()) as {
      error: { code: string; message: string; requestId: string };
    };
    expect(response.status).toBe(500);
    expect(body.error.code).toBe('INTERNAL');
    expect(JSON.stringify(body)).not.toContain('secret');
    expect(body.error.message).toContain(body.error.requestId);
    expect(lines.join('')).toContain(body.error.requestId);
    expect(lines.join('')).toContain('secret connection string');
  });

  it('publishes an OpenAPI document generated from the same schemas', async () => {
    const spec = (await platform.anonymous().get('/api/openapi.json')).body;
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/officers/{id}/eligibility',
        '/api/records/verify',
      ]),
    );
    expect(spec.components.schemas.OfficerInput.properties.idNumber).toBeDefined();
  });
});

describe(`live backup download (${testBackend})`, () => {
  it('gives an administrator a gzip backup that restores, and records who took it', async () => {
    const { gunzipSync } = await import('node:zlib');
    const { Readable } = await import('node:stream');
    const { restoreBackup } = await import('../../src/storage/backup.js');
    const { openTestDatabase } = await import('../support/test-database.js');
    const response = await platform.app.request('http://localhost/api/admin/backup', {
      headers: { Cookie: await sessionCookie('admin') },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /zhifa-backup-\d{4}-\d{2}-\d{2}\.jsonl\.gz/,
    );
    const text = gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8');
    const target = await openTestDatabase();
    try {
      const header = await restoreBackup(target.db, Readable.from([text]));
      expect(header.counts.app_user).toBe(19);
    } finally {
      await target.close();
    }
    const taken = await platform.database.db
      .selectFrom('recordLog')
      .select('action')
      .where('objectType', '=', 'backup')
      .execute();
    expect(taken).toEqual([{ action: 'download' }]);
    const officer = await platform.signIn('qs.zhifa1');
    expect((await officer.get('/api/admin/backup')).status).toBe(403);
  });
});

async function sessionCookie(username: string): Promise<string> {
  const response = await platform.app.request('http://localhost/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' },
    body: JSON.stringify({ username, password: 'Zhifa@demo2026' }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}
