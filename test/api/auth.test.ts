import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform({ config: { loginMaxFailures: 3, loginLockMinutes: 15 } });
});
afterAll(() => platform.close());

describe(`登录与会话 (${testBackend})`, () => {
  it('signs in with an httpOnly, SameSite=Strict session cookie and returns a CSRF token', async () => {
    const client = platform.anonymous();
    const response = await client.post('/api/auth/login', {
      username: 'admin',
      password: 'Zhifa@demo2026',
    });
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({
      username: 'admin',
      roles: ['systemAdmin'],
      mustChangePassword: false,
    });
    expect(response.body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^zhifa_session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect((await client.get('/api/auth/me')).body.user.username).toBe('admin');
  });

  it('refuses a request without a session', async () => {
    const response = await platform.anonymous().get('/api/agencies');
    expect(response.status).toBe(401);
    expect(response.body.error).toMatchObject({ code: 'NOT_AUTHENTICATED', message: '请先登录' });
  });

  it('refuses a state change without the CSRF token', async () => {
    const client = await platform.signIn('admin');
    const token = client.csrfToken;
    client.csrfToken = null;
    const response = await client.post('/api/users/00000000-0000-4000-8000-000000000000/lock');
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('CSRF_REJECTED');
    client.csrfToken = 'x'.repeat(token?.length ?? 10);
    expect((await client.post('/api/auth/logout')).status).toBe(403);
  });

  it('refuses a cross-site form post (Origin check)', async () => {
    const response = await platform.app.request('http://localhost/api/auth/login', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: 'http://evil.example',
      },
      body: 'username=admin&password=x',
    });
    expect(response.status).toBe(403);
  });

  it('counts failures down, then locks the account and records both', async () => {
    const client = platform.anonymous();
    const attempt = () =>
      client.post('/api/auth/login', { username: 'sm.zhifa2', password: 'wrong-password' });
    const first = await attempt();
    expect(first.status).toBe(401);
    expect(first.body.error.message).toBe('用户名或密码错误，再错 2 次账号将被临时锁定');
    await attempt();
    const third = await attempt();
    expect(third.status).toBe(423);
    expect(third.body.error).toMatchObject({
      code: 'ACCOUNT_LOCKED',
      message: '连续 3 次密码错误，账号已锁定 15 分钟',
    });
    const rightPassword = await client.post('/api/auth/login', {
      username: 'sm.zhifa2',
      password: 'Zhifa@demo2026',
    });
    expect(rightPassword.status).toBe(423);

    const user = await platform.database.db
      .selectFrom('appUser')
      .selectAll()
      .where('username', '=', 'sm.zhifa2')
      .executeTakeFirstOrThrow();
    expect(user.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    const actions = await platform.database.db
      .selectFrom('recordLog')
      .select('action')
      .where('objectId', '=', user.id)
      .orderBy('seq')
      .execute();
    expect(actions.map((row) => row.action)).toEqual([
      'create',
      'loginFailed',
      'loginFailed',
      'lockAfterFailures',
    ]);

    await platform.database.db
      .updateTable('appUser')
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where('id', '=', user.id)
      .execute();
    expect(
      (await client.post('/api/auth/login', { username: 'sm.zhifa2', password: 'Zhifa@demo2026' }))
        .status,
    ).toBe(200);
  });

  it('does not reveal whether a username exists', async () => {
    const response = await platform
      .anonymous()
      .post('/api/auth/login', { username: 'nobody', password: 'x' });
    expect(response.status).toBe(401);
    expect(response.body.error.message).toBe('用户名或密码错误');
  });

  it('ends the session on logout', async () => {
    const client = await platform.signIn('yx.zhifa1');
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('forces a new account to change its one-time password before anything else', async () => {
    const admin = await platform.signIn('admin');
    const agencies = (await admin.get('/api/agencies')).body.items;
    const created = await admin.post('/api/users', {
      username: 'new.officer',
      displayName: '新同事',
      agencyId: agencies[0].id,
      roles: ['officer'],
    });
    expect(created.status).toBe(201);
    const fresh = await platform.signIn('new.officer', created.body.temporaryPassword);
    const blocked = await fresh.get('/api/agencies');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');

    const weak = await fresh.post('/api/auth/change-password', {
      currentPassword: created.body.temporaryPassword,
      newPassword: 'short',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error).toMatchObject({
      code: 'WEAK_PASSWORD',
      message: expect.stringContaining('密码至少10位'),
    });

    const changed = await fresh.post('/api/auth/change-password', {
      currentPassword: created.body.temporaryPassword,
      newPassword: 'Qingshui#2027road',
    });
    expect(changed.status).toBe(204);
    expect((await fresh.get('/api/agencies')).status).toBe(200);
    expect((await platform.signIn('new.officer', 'Qingshui#2027road')).csrfToken).toBeTruthy();
  });

  it('throttles password guessing from one address', async () => {
    const client = platform.anonymous();
    const statuses: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      statuses.push(
        (await client.post('/api/auth/login', { username: `guess${i}`, password: 'x' })).status,
      );
    }
    expect(statuses).toContain(429);
  });
});
