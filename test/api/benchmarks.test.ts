import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloaderFor, type Download } from '../support/downloads.js';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';

let platform: TestPlatform;
let admin: TestClient;
let reviewer: TestClient;
let officer: TestClient;
let anonymous: TestClient;
let downloadAsReviewer: (path: string) => Promise<Download>;

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await platform.signIn('admin');
  reviewer = await platform.signIn('qs.fazhi');
  officer = await platform.signIn('qs.zhifa1');
  anonymous = platform.anonymous();
  downloadAsReviewer = await downloaderFor(platform, 'qs.fazhi');
});
afterAll(() => platform.close());

const amount = (minYuan: number, maxYuan: number) => ({
  kinds: ['fine'],
  fine: { basis: 'amount', minFen: minYuan * 100, maxFen: maxYuan * 100 },
});

/** For HS-69 (公路安全保护条例第六十九条: 处5000元以下的罚款). */
function tiers(severeMaxYuan = 5000) {
  return [
    {
      name: '一般',
      circumstance: '遗洒较少，未造成危害后果',
      when: { flag: 'harmCaused', is: false },
      penalty: amount(500, 2000),
    },
    {
      name: '较重',
      circumstance: '造成路面污染或者损坏',
      when: { all: [] },
      penalty: amount(2000, severeMaxYuan),
    },
  ];
}

function draft(overrides: Record<string, unknown> = {}) {
  return {
    violationCode: 'HS-69',
    issuer: '某省交通运输厅',
    effectiveFrom: '2025-01-01',
    tiers: tiers(),
    ...overrides,
  };
}

async function versionsOf(code: string) {
  return (await officer.get(`/api/benchmarks?violationCode=${code}`)).body.items as {
    id: string;
    version: number;
    status: string;
    inForce: boolean;
    effectiveTo: string | null;
    tiers: { name: string; circumstance: string; when: unknown; penalty: unknown }[];
  }[];
}

async function publicItem(code: string) {
  const published = (await anonymous.get('/api/public/benchmarks')).body;
  return published.items.find((item: { violationCode: string }) => item.violationCode === code);
}

describe('裁量基准的版本', () => {
  it('ships a published example benchmark for every catalogue type', async () => {
    const [seed, ...others] = await versionsOf('HS-69');
    expect(others).toEqual([]);
    expect(seed).toMatchObject({ version: 1, status: 'published', inForce: true, createdBy: null });
    const catalogue = (await officer.get('/api/violations')).body.items;
    const published = (await officer.get('/api/benchmarks?status=inForce')).body.items;
    expect(published).toHaveLength(catalogue.length);
  });

  it('registers a new version as a draft with the next number; the public still sees the old one', async () => {
    const created = await reviewer.post('/api/benchmarks', draft());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      violationCode: 'HS-69',
      version: 2,
      status: 'draft',
      inForce: false,
      publishedAt: null,
      createdBy: expect.any(String),
    });
    expect(created.body.tiers[0]).toMatchObject({
      conditionText: expect.any(String),
      penaltyText: expect.stringContaining('2000'),
    });
    expect((await publicItem('HS-69')).version).toBe(1);
    const history = (
      await admin.get(`/api/records?objectType=benchmark&objectId=${created.body.id}`)
    ).body.items;
    expect(history.map((entry: { action: string }) => entry.action)).toEqual(['createBenchmark']);
    expect((await officer.get(`/api/benchmarks/${created.body.id}`)).body.version).toBe(2);
  });

  it('行政处罚法第三十四条：超出法定幅度的阶次被拒绝，逐阶次说明，什么也不登记', async () => {
    const before = await versionsOf('HS-69');
    const refused = await reviewer.post('/api/benchmarks', draft({ tiers: tiers(6000) }));
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([
      { path: 'tiers.1', message: expect.stringContaining('超出法定幅度') },
    ]);
    expect(await versionsOf('HS-69')).toHaveLength(before.length);
  });

  it('refuses repeated tier names, a day without a rule in force, and an unknown violation', async () => {
    const [first] = tiers();
    const repeated = await reviewer.post('/api/benchmarks', draft({ tiers: [first, first] }));
    expect(repeated.status).toBe(422);
    expect(repeated.body.error.details).toEqual([
      { path: 'tiers.1', message: expect.stringContaining('重复') },
    ]);
    const tooEarly = await reviewer.post('/api/benchmarks', draft({ effectiveFrom: '2000-01-01' }));
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body.error.details[0].path).toBe('effectiveFrom');
    const unknown = await reviewer.post('/api/benchmarks', draft({ violationCode: 'NO-SUCH' }));
    expect(unknown.body.error.details[0].path).toBe('violationCode');
  });

  it('lets officers read benchmarks but not register or publish them', async () => {
    expect((await officer.post('/api/benchmarks', draft())).status).toBe(403);
    const [seed] = await versionsOf('HS-69');
    expect((await officer.post(`/api/benchmarks/${seed?.id}/publish`)).status).toBe(403);
    expect((await anonymous.get('/api/benchmarks')).status).toBe(401);
  });

  it('发布：the published version takes over from its first day and cannot be published twice', async () => {
    const created = await reviewer.post('/api/benchmarks', draft({ effectiveFrom: '2025-06-01' }));
    const published = await reviewer.post(`/api/benchmarks/${created.body.id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', inForce: true });
    const versions = await versionsOf('HS-69');
    expect(versions.map((v) => [v.version, v.status, v.inForce, v.effectiveTo])).toEqual([
      [1, 'published', false, '2025-05-31'],
      [2, 'draft', false, null],
      [3, 'published', true, null],
    ]);
    expect((await reviewer.post(`/api/benchmarks/${created.body.id}/publish`)).status).toBe(409);
    expect(await publicItem('HS-69')).toMatchObject({ version: 3, issuer: '某省交通运输厅' });
    const history = (
      await admin.get(`/api/records?objectType=benchmark&objectId=${created.body.id}`)
    ).body.items;
    expect(history.map((entry: { action: string }) => entry.action)).toEqual([
      'createBenchmark',
      'publishBenchmark',
    ]);
  });
});

describe('公开的裁量基准', () => {
  it('shows anyone only the published versions in force, and only their public fields', async () => {
    await reviewer.post('/api/benchmarks', draft({ issuer: '尚未发布的草稿机关' }));
    const response = await anonymous.get('/api/public/benchmarks');
    expect(response.status).toBe(200);
    const [item] = response.body.items;
    expect(Object.keys(item).sort()).toEqual(
      [
        'effectiveFrom',
        'effectiveTo',
        'issuer',
        'penaltyBasis',
        'tiers',
        'version',
        'violated',
        'violationCode',
        'violationName',
      ].sort(),
    );
    expect(Object.keys(item.tiers[0]).sort()).toEqual(
      ['circumstance', 'conditionText', 'name', 'penaltyText'].sort(),
    );
    const text = JSON.stringify(response.body);
    expect(text).not.toContain('尚未发布的草稿机关');
    expect(text).not.toMatch(/createdBy|publishedAt|"id"/);
    const old = (await anonymous.get('/api/public/benchmarks?on=2025-03-01')).body;
    expect(
      old.items.find((i: { violationCode: string }) => i.violationCode === 'HS-69').version,
    ).toBe(1);
  });

  it('serves a plain, printable HTML page without sign-in, every value escaped', async () => {
    await reviewer.post('/api/benchmarks', draft({ issuer: '尚未发布的草稿机关' }));
    const hostile = await reviewer.post('/api/benchmarks', {
      violationCode: 'HS-68',
      issuer: '某省交通运输厅',
      effectiveFrom: '2025-01-01',
      tiers: [
        {
          name: '一般',
          circumstance: '<script>alert("x")</script> & 其他',
          when: { all: [] },
          penalty: amount(1000, 30000),
        },
      ],
    });
    await reviewer.post(`/api/benchmarks/${hostile.body.id}/publish`);
    const page = await anonymous.get('/public/benchmarks');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = page.body as string;
    expect(html).toContain('行政处罚裁量基准');
    expect(html).toContain('车辆装载物触地拖行、掉落、遗洒或者飘散，造成公路路面损坏、污染');
    expect(html).toContain('《公路安全保护条例》第六十九条');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 其他');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('尚未发布的草稿机关');
    expect((await anonymous.get('/public/benchmarks?on=2025-13-40')).status).toBe(400);
  });
});

async function editSheet(
  bytes: Buffer,
  edit: (sheet: ExcelJS.Worksheet, column: (header: string) => number) => void,
) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  edit(sheet, (header) => headers.indexOf(header));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('Excel 导出和导入', () => {
  it('round trip: an exported sheet imports as new draft versions with the same tiers', async () => {
    const exported = await downloadAsReviewer(
      '/api/benchmarks/export.xlsx?violationCode=HL-79&status=published',
    );
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe(XLSX);
    expect(exported.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const before = await versionsOf('HL-79');
    const imported = await reviewer.upload(
      '/api/benchmarks/import',
      '裁量基准.xlsx',
      exported.bytes,
    );
    expect(imported.status).toBe(201);
    expect(imported.body.items).toHaveLength(before.length);
    const [copy] = imported.body.items;
    expect(copy).toMatchObject({
      violationCode: 'HL-79',
      version: before.length + 1,
      status: 'draft',
    });
    const strip = (t: { name: string; circumstance: string; when: unknown; penalty: unknown }) => ({
      name: t.name,
      circumstance: t.circumstance,
      when: t.when,
      penalty: t.penalty,
    });
    expect(copy.tiers.map(strip)).toEqual(before[0]!.tiers.map(strip));
    const records = (await admin.get('/api/records?objectType=import')).body.items;
    expect(records.map((r: { action: string }) => r.action)).toContain('importBenchmarks');
  });

  it('a sheet with bad rows is refused whole, naming each row, and nothing is written', async () => {
    const exported = await downloadAsReviewer(
      '/api/benchmarks/export.xlsx?violationCode=RT-63-1&status=published',
    );
    const broken = await editSheet(exported.bytes, (sheet, column) => {
      sheet.getRow(2).getCell(column('处罚标准')).value = '重重地罚';
      sheet.getRow(3).getCell(column('生效日期')).value = '明年';
    });
    const before = await versionsOf('RT-63-1');
    const refused = await reviewer.upload('/api/benchmarks/import', '裁量基准.xlsx', broken);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('IMPORT_REJECTED');
    const paths = refused.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['第2行 处罚标准', '第3行 生效日期']));
    expect(await versionsOf('RT-63-1')).toHaveLength(before.length);
  });

  it('行政处罚法第三十四条：导入的阶次超出法定幅度时，指出所在的行', async () => {
    const exported = await downloadAsReviewer(
      '/api/benchmarks/export.xlsx?violationCode=HS-69&status=inForce',
    );
    const widened = await editSheet(exported.bytes, (sheet, column) => {
      sheet.getRow(3).getCell(column('处罚标准')).value = '罚款2000元以上9000元以下';
    });
    const refused = await reviewer.upload('/api/benchmarks/import', '裁量基准.xlsx', widened);
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([
      { path: '第3行 处罚标准', message: expect.stringContaining('超出法定幅度') },
    ]);
  });

  it('offers a template, and refuses imports by officers', async () => {
    const template = await downloadAsReviewer('/api/benchmarks/template.xlsx');
    expect(template.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(template.bytes).buffer);
    const headers = (workbook.worksheets[0]!.getRow(1).values as unknown[]).filter(Boolean);
    expect(headers.slice(0, 7)).toEqual([
      '序号',
      '违法行为',
      '违反条款',
      '处罚依据',
      '违法程度',
      '情形',
      '处罚标准',
    ]);
    const exported = await downloadAsReviewer('/api/benchmarks/export.xlsx?violationCode=HS-69');
    expect(
      (await officer.upload('/api/benchmarks/import', '裁量基准.xlsx', exported.bytes)).status,
    ).toBe(403);
  });
});
