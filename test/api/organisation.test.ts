import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let admin: TestClient;
let cityId: string;
let qsBrigadeId: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await platform.signIn('admin');
  const agencies = (await admin.get('/api/agencies')).body.items as {
    id: string;
    name: string;
    parentId: string | null;
  }[];
  cityId = agencies.find((a) => a.parentId === null)!.id;
  qsBrigadeId = agencies.find((a) => a.name === '清水县交通运输综合行政执法大队')!.id;
});
afterAll(() => platform.close());

const certificateBody = {
  issuer: '湖江省人民政府',
  categories: ['roadAdministration'],
  areaCodes: ['439921'],
  areaName: '清水县',
  validFrom: '2026-01-01',
  validTo: '2028-12-31',
};

async function lastRecordSeq(): Promise<number> {
  const row = await platform.database.db
    .selectFrom('recordLog')
    .select('seq')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return row.seq;
}

async function recordsOf(objectId: string) {
  return platform.database.db
    .selectFrom('recordLog')
    .selectAll()
    .where('objectId', '=', objectId)
    .orderBy('seq')
    .execute();
}

describe(`组织机构 (${testBackend})`, () => {
  it('serves the demo tree: one city, three counties, their brigades and squadrons', async () => {
    const agencies = (await admin.get('/api/agencies')).body.items as {
      kind: string;
      name: string;
      units: unknown[];
    }[];
    const count = (kind: string) => agencies.filter((a) => a.kind === kind).length;
    expect([count('city'), count('county'), count('brigade'), count('squadron')]).toEqual([
      1, 3, 4, 6,
    ]);
    expect(agencies.find((a) => a.name === '清水县交通运输综合行政执法大队')?.units).toHaveLength(
      2,
    );
  });

  it('creates a squadron with its record row, and refuses a level above its parent', async () => {
    const created = await admin.post('/api/agencies', {
      parentId: qsBrigadeId,
      name: '清水县治超中队',
      shortName: '清水治超',
      kind: 'squadron',
      regionCode: '439921',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: '清水县治超中队',
      parentId: qsBrigadeId,
      units: [],
    });
    const [record] = await recordsOf(created.body.id);
    expect(record).toMatchObject({
      action: 'create',
      actorName: '系统管理员',
      objectType: 'agency',
    });

    const wrongLevel = await admin.post('/api/agencies', {
      parentId: qsBrigadeId,
      name: '清水县交通运输局二',
      shortName: '错',
      kind: 'county',
      regionCode: '439921',
    });
    expect(wrongLevel.status).toBe(400);
    expect(wrongLevel.body.error.message).toBe('“县级”机构不能设在“执法大队/支队”机构之下');
  });

  it('refuses a duplicate sibling name with CONFLICT and writes no record', async () => {
    const before = await lastRecordSeq();
    const response = await admin.post('/api/agencies', {
      parentId: cityId,
      name: '清水县交通运输局',
      shortName: '重名',
      kind: 'county',
      regionCode: '439921',
    });
    expect(response.status).toBe(409);
    expect(await lastRecordSeq()).toBe(before);
  });

  it('explains invalid input field by field, in Chinese', async () => {
    const response = await admin.post('/api/agencies', {
      parentId: cityId,
      name: '县',
      kind: 'town',
      regionCode: '12',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    const paths = response.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'shortName', 'kind', 'regionCode']));
    expect(
      response.body.error.details.find((d: { path: string }) => d.path === 'regionCode').message,
    ).toBe('行政区划代码应为6位数字');
  });

  it('refuses a second unit of the same name and allows a new one', async () => {
    const first = await admin.post(`/api/agencies/${qsBrigadeId}/units`, {
      name: '督查股',
      kind: '科室',
    });
    expect(first.status).toBe(201);
    expect(
      (await admin.post(`/api/agencies/${qsBrigadeId}/units`, { name: '督查股', kind: '科室' }))
        .status,
    ).toBe(409);
  });

  it('only an administrator manages the organisation', async () => {
    const approver = await platform.signIn('qs.fuzeren');
    const response = await approver.patch(`/api/agencies/${qsBrigadeId}`, { phone: '1' });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('FORBIDDEN');
  });
});

describe(`执法人员与执法证 (${testBackend})`, () => {
  it('registers an officer with a validated 身份证号, stored upper-case and shown masked', async () => {
    const created = await admin.post('/api/officers', {
      agencyId: qsBrigadeId,
      name: '测试员',
      idNumber: '11010519491231002x',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      idNumberMasked: '110105********002X',
      certificateStatus: null,
    });
    const stored = await platform.database.db
      .selectFrom('officer')
      .select('idNumber')
      .where('id', '=', created.body.id)
      .executeTakeFirstOrThrow();
    expect(stored.idNumber).toBe('11010519491231002X');
    const [record] = await recordsOf(created.body.id);
    expect(JSON.stringify(record?.change)).not.toContain('19491231');

    const duplicate = await admin.post('/api/officers', {
      agencyId: qsBrigadeId,
      name: '重复',
      idNumber: '11010519491231002X',
    });
    expect(duplicate.status).toBe(409);
  });

  it('refuses a 身份证号 with a wrong check digit (GB 11643)', async () => {
    const response = await admin.post('/api/officers', {
      agencyId: qsBrigadeId,
      name: '错号',
      idNumber: '110105194912310021',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0]).toMatchObject({
      path: 'idNumber',
      message: expect.stringContaining('校验位'),
    });
  });

  it('adds a certificate and answers “may this officer enforce” with reasons (行政处罚法第四十二条)', async () => {
    const officer = (
      await admin.post('/api/officers', {
        agencyId: qsBrigadeId,
        name: '路政员',
        idNumber: '440524188001010014',
      })
    ).body;
    const certificate = await admin.post(`/api/officers/${officer.id}/certificates`, {
      ...certificateBody,
      number: '4399T0000001',
    });
    expect(certificate.status).toBe(201);
    expect(certificate.body.computedStatus).toBe('valid');

    const ask = (query: string) => admin.get(`/api/officers/${officer.id}/eligibility?${query}`);
    expect((await ask('category=roadAdministration&areaCode=439921&date=2026-06-01')).body).toEqual(
      {
        allowed: true,
        reasons: [],
        certificateNumber: '4399T0000001',
      },
    );
    const refused = (await ask('category=transportAdministration&areaCode=439922&date=2029-01-02'))
      .body;
    expect(refused.allowed).toBe(false);
    expect(refused.reasons).toEqual([
      '执法证已于 2028-12-31 到期',
      '执法证未通过 2028 年度审验',
      '执法证门类（路政）不含“运政”',
      '执法区域（439921）不含 439922',
    ]);

    const suspended = await admin.patch(`/api/certificates/${certificate.body.id}`, {
      status: 'suspended',
    });
    expect(suspended.body.computedStatus).toBe('suspended');
    expect(
      (await ask('category=roadAdministration&areaCode=439921&date=2026-06-01')).body.allowed,
    ).toBe(false);
    const actions = (await recordsOf(certificate.body.id)).map((row) => row.action);
    expect(actions).toEqual(['create', 'status:suspended']);
  });

  it('filters officers by certificate status, computed for today', async () => {
    for (const [status, atLeast] of [
      ['expiringSoon', 2],
      ['expired', 2],
      ['suspended', 2],
      ['revoked', 1],
      ['unverified', 2],
    ] as const) {
      const list = (await admin.get(`/api/officers?certificateStatus=${status}&pageSize=200`)).body;
      expect(list.total, status).toBeGreaterThanOrEqual(atLeast);
      expect(
        list.items.every((o: { certificateStatus: string }) => o.certificateStatus === status),
      ).toBe(true);
    }
  });

  it('lists expiring and expired certificates on the administrator’s home page', async () => {
    const todos = (await admin.get('/api/todos')).body.items as { kind: string; link: string }[];
    expect(todos.filter((t) => t.kind === 'certificateExpiring').length).toBeGreaterThanOrEqual(2);
    expect(todos.filter((t) => t.kind === 'certificateExpired').length).toBeGreaterThanOrEqual(2);
    expect(todos[0]?.link).toMatch(/^\/officers\//);
  });

  it('writes nothing when a certificate is refused half-way', async () => {
    const officer = (await admin.get('/api/officers?pageSize=1')).body.items[0];
    const response = await admin.post(`/api/officers/${officer.id}/certificates`, {
      ...certificateBody,
      number: officer.certificateNumber,
    });
    expect(response.status).toBe(409);
    const certificates = await platform.database.db
      .selectFrom('certificate')
      .select('id')
      .where('number', '=', officer.certificateNumber)
      .execute();
    expect(certificates).toHaveLength(1);
  });
});
