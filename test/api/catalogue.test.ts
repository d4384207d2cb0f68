import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCatalogue } from '../../src/modules/violation/catalogue-seed.js';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';

let platform: TestPlatform;
let admin: TestClient;
let reviewer: TestClient;
let officer: TestClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await platform.signIn('admin');
  reviewer = await platform.signIn('qs.fazhi');
  officer = await platform.signIn('qs.zhifa1');
});
afterAll(() => platform.close());

const fineUpTo = (maxFen: number, text: string) => ({
  when: { all: [] },
  penalty: { kinds: ['fine'], fine: { basis: 'amount', minFen: 0, maxFen } },
  text,
});

/** A type of the province's own, citing 公路安全保护条例 articles that exist. */
function newType(code: string, violatedArticle = 43) {
  return {
    code,
    name: '车辆装载物掉落、遗洒（本省细化事项）',
    category: 'roadAdministration',
    effectiveFrom: '2024-01-01',
    rule: {
      violated: [{ law: '公路安全保护条例', article: violatedArticle, paragraph: 1 }],
      penaltyBasis: [{ law: '公路安全保护条例', article: 69 }],
      statutoryRange: [fineUpTo(500_000, '责令改正，处5000元以下的罚款')],
      summaryAllowed: true,
    },
  };
}

describe('违法行为目录', () => {
  it('lists the shipped catalogue with each type’s current citations for every signed-in user', async () => {
    const response = await officer.get('/api/violations');
    expect(response.status).toBe(200);
    const items = response.body.items as { code: string }[];
    expect(items.length).toBeGreaterThanOrEqual(25);
    expect(items.find((item) => item.code === 'RT-63-1')).toMatchObject({
      name: '未取得道路运输经营许可，擅自从事道路普通货物运输经营',
      category: 'transportAdministration',
      ruleFrom: '2023-07-20',
      violated: [
        { law: '道路运输条例', article: 24, item: 1, label: '《道路运输条例》第二十四条第一项' },
      ],
      penaltyBasis: [{ label: '《道路运输条例》第六十三条第一项' }],
      summaryAllowed: expect.any(Boolean),
      publishedBenchmarkInForce: true,
    });
  });

  it('filters by 执法门类 and by words of the code or name', async () => {
    const road = (await officer.get('/api/violations?category=roadAdministration')).body.items;
    expect(road.length).toBeGreaterThan(0);
    expect(road.every((item: { category: string }) => item.category === 'roadAdministration')).toBe(
      true,
    );
    const found = (await officer.get(`/api/violations?q=${encodeURIComponent('遗洒')}`)).body.items;
    expect(found.map((item: { code: string }) => item.code)).toContain('HS-69');
    expect((await officer.get('/api/violations?q=RT-63-')).body.items).toHaveLength(3);
    expect((await officer.get('/api/violations?category=aviation')).status).toBe(400);
  });

  it('shows a type with its article texts, statutory range, benchmark versions and list entries', async () => {
    const response = await officer.get('/api/violations/RT-63-1');
    expect(response.status).toBe(200);
    const [rule] = response.body.rules;
    expect(rule).toMatchObject({ effectiveFrom: '2023-07-20', effectiveTo: null, inForce: true });
    expect(rule.penaltyBasis[0]).toMatchObject({
      found: true,
      label: '《道路运输条例》第六十三条第一项',
    });
    expect(rule.penaltyBasis[0].text).toContain('违法所得');
    expect(rule.statutoryRange[0]).toMatchObject({
      conditionText: expect.stringContaining('违法所得'),
      penaltyText: expect.stringContaining('倍'),
    });
    expect(response.body.benchmarks[0]).toMatchObject({
      version: 1,
      status: 'published',
      inForce: true,
      createdBy: null,
    });
    expect((await officer.get('/api/violations/NO-SUCH-TYPE')).status).toBe(404);
  });

  it('lists the 不予处罚 and 从轻处罚 list entries that name a violation, by list', async () => {
    const detail = (await officer.get('/api/violations/HS-69')).body;
    const listed = (await officer.get('/api/exemption-entries?violationCode=HS-69')).body.items;
    expect(detail.exemptionEntries.map((e: { code: string }) => e.code)).toEqual(
      listed.map((e: { code: string }) => e.code),
    );
    expect(listed.map((e: { list: string }) => e.list).sort()).toEqual(['lighter', 'noPenalty']);
    const noPenalty = (
      await officer.get('/api/exemption-entries?violationCode=HS-69&list=noPenalty')
    ).body.items;
    expect(noPenalty).toEqual([
      expect.objectContaining({
        code: 'NP-HS-69',
        version: 1,
        inForce: true,
        violationCodes: ['HS-69'],
      }),
    ]);
    expect(noPenalty[0].conditions.some((c: { kind: string }) => c.kind === 'firstViolation')).toBe(
      true,
    );
  });
});

describe('登记违法行为和规定的新版本', () => {
  it('refuses officers: they may read the catalogue but not change it', async () => {
    expect((await officer.post('/api/violations', newType('ZJ-OFFICER'))).status).toBe(403);
    expect((await officer.get('/api/violations/ZJ-OFFICER')).status).toBe(404);
  });

  it('registers a type whose every citation resolves, and records it', async () => {
    const created = await reviewer.post('/api/violations', newType('ZJ-HS-69'));
    expect(created.status).toBe(201);
    expect(created.body.rules).toHaveLength(1);
    expect(created.body.rules[0].violated[0]).toMatchObject({ found: true });
    const history = (await admin.get('/api/records?objectType=violationType&objectId=ZJ-HS-69'))
      .body.items;
    expect(history.map((entry: { action: string }) => entry.action)).toEqual([
      'createViolationType',
    ]);
    const again = await reviewer.post('/api/violations', newType('ZJ-HS-69'));
    expect(again.status).toBe(409);
  });

  it('行政处罚法第四条：引用在法律法规库中找不到的条款时拒绝登记，并指出是哪一条', async () => {
    const refused = await reviewer.post('/api/violations', newType('ZJ-BAD-CITE', 999));
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([
      {
        path: 'rule.violated.0',
        message: expect.stringContaining('《公路安全保护条例》第九百九十九条第一款'),
      },
    ]);
    expect((await officer.get('/api/violations/ZJ-BAD-CITE')).status).toBe(404);
  });

  it('a new rule version ends the previous one the day before it starts', async () => {
    await reviewer.post('/api/violations', newType('ZJ-VERSIONS'));
    const laterRule = {
      ...newType('ZJ-VERSIONS').rule,
      statutoryRange: [fineUpTo(300_000, '责令改正，处3000元以下的罚款')],
    };
    const added = await reviewer.post('/api/violations/ZJ-VERSIONS/rules', {
      effectiveFrom: '2025-03-01',
      rule: laterRule,
    });
    expect(added.status).toBe(201);
    expect(
      added.body.rules.map(
        (r: { effectiveFrom: string; effectiveTo: string | null; inForce: boolean }) => [
          r.effectiveFrom,
          r.effectiveTo,
          r.inForce,
        ],
      ),
    ).toEqual([
      ['2024-01-01', '2025-02-28', false],
      ['2025-03-01', null, true],
    ]);
    expect(added.body.rules[1].statutoryRange[0].penaltyText).toContain('3000');
    const history = (await admin.get('/api/records?objectType=violationType&objectId=ZJ-VERSIONS'))
      .body.items;
    expect(history.map((entry: { action: string }) => entry.action)).toEqual([
      'createViolationType',
      'addViolationRule',
    ]);
  });

  it('refuses a second version from the same day, and a version with a citation that does not resolve', async () => {
    await reviewer.post('/api/violations', newType('ZJ-REFUSED'));
    const sameDay = await reviewer.post('/api/violations/ZJ-REFUSED/rules', {
      effectiveFrom: '2024-01-01',
      rule: newType('ZJ-REFUSED').rule,
    });
    expect(sameDay.status).toBe(409);
    const badCitation = await reviewer.post('/api/violations/ZJ-REFUSED/rules', {
      effectiveFrom: '2025-06-01',
      rule: {
        ...newType('ZJ-REFUSED').rule,
        penaltyBasis: [{ law: '公路安全保护条例', article: 500 }],
      },
    });
    expect(badCitation.status).toBe(422);
    expect(badCitation.body.error.details[0].path).toBe('rule.penaltyBasis.0');
    expect((await officer.get('/api/violations/ZJ-REFUSED')).body.rules).toHaveLength(1);
    expect(
      (
        await officer.post('/api/violations/ZJ-REFUSED/rules', {
          effectiveFrom: '2025-06-01',
          rule: newType('ZJ-REFUSED').rule,
        })
      ).status,
    ).toBe(403);
  });

  it('refuses a malformed rule with a message per field', async () => {
    const malformed = await reviewer.post('/api/violations', {
      ...newType('ZJ-MALFORMED'),
      rule: {
        ...newType('ZJ-MALFORMED').rule,
        statutoryRange: [{ ...fineUpTo(500_000, '处罚'), penalty: { kinds: ['fine'] } }],
      },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details[0].path).toBe('rule.statutoryRange.0.penalty.fine');
  });
});

describe('不予、从轻、减轻处罚清单', () => {
  const entry = {
    code: 'ZJ-NP-1',
    list: 'noPenalty',
    matter: '车辆装载物轻微遗洒，及时清除',
    violationCodes: ['HS-69'],
    legalBasis: [{ law: '行政处罚法', article: 33, paragraph: 1 }],
    conditions: [
      { code: 'first', text: '初次违法', kind: 'firstViolation' },
      { code: 'cleared', text: '当场清除、未造成危害后果', kind: 'confirmed' },
    ],
    effectiveFrom: '2024-01-01',
  };

  it('registers an entry, and the same code again as its next version', async () => {
    const first = await reviewer.post('/api/exemption-entries', entry);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      version: 1,
      inForce: true,
      legalBasis: [{ label: '《行政处罚法》第三十三条第一款' }],
    });
    const second = await reviewer.post('/api/exemption-entries', {
      ...entry,
      matter: '车辆装载物轻微遗洒，当场清除',
      effectiveFrom: '2025-01-01',
    });
    expect(second.body).toMatchObject({ version: 2, inForce: true });
    const versions = (
      await officer.get('/api/exemption-entries?violationCode=HS-69')
    ).body.items.filter((item: { code: string }) => item.code === 'ZJ-NP-1');
    expect(
      versions.map((v: { version: number; effectiveTo: string | null; inForce: boolean }) => [
        v.version,
        v.effectiveTo,
        v.inForce,
      ]),
    ).toEqual([
      [1, '2024-12-31', false],
      [2, null, true],
    ]);
  });

  it('refuses an entry naming an unknown violation, and refuses officers', async () => {
    const unknown = await reviewer.post('/api/exemption-entries', {
      ...entry,
      code: 'ZJ-NP-2',
      violationCodes: ['HS-69', 'NO-SUCH'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual([
      { path: 'violationCodes.1', message: expect.stringContaining('NO-SUCH') },
    ]);
    expect(
      (await officer.post('/api/exemption-entries', { ...entry, code: 'ZJ-NP-3' })).status,
    ).toBe(403);
    const listed = (await officer.get('/api/exemption-entries')).body.items.map(
      (e: { code: string }) => e.code,
    );
    expect(listed).not.toContain('ZJ-NP-2');
    expect(listed).not.toContain('ZJ-NP-3');
  });
});

it('documents the catalogue in the OpenAPI description', async () => {
  const document = await officer.get('/api/openapi.json');
  expect(document.status).toBe(200);
  expect(Object.keys(document.body.paths)).toEqual(
    expect.arrayContaining([
      '/api/violations',
      '/api/violations/{code}/rules',
      '/api/exemption-entries',
    ]),
  );
});

it('loading the shipped catalogue again adds nothing and keeps the province’s own versions', async () => {
  await reviewer.post('/api/violations/HS-69/rules', {
    effectiveFrom: '2026-01-01',
    rule: newType('HS-69').rule,
  });
  const count = async (table: 'violationRule' | 'benchmark' | 'exemptionEntry') =>
    (await platform.database.db.selectFrom(table).select('id').execute()).length;
  const before = [
    await count('violationRule'),
    await count('benchmark'),
    await count('exemptionEntry'),
  ];
  await seedCatalogue(platform.database.db);
  expect([
    await count('violationRule'),
    await count('benchmark'),
    await count('exemptionEntry'),
  ]).toEqual(before);
  expect((await officer.get('/api/violations/HS-69')).body.rules).toHaveLength(2);
});
