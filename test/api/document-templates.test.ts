import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinTemplate } from '../../src/documents/builtin-templates.js';
import { fileCase } from '../support/cases.js';
import { downloaderFor, type Download } from '../support/downloads.js';
import {
  darkShareWithoutSystemFonts,
  pdfFile,
  pdfKeywords,
  pdfText,
} from '../support/pdf-files.js';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let admin: TestClient;
let qsAdmin: TestClient;
let qsOfficer: TestClient;
let supervisor: TestClient;
let downloadAsAdmin: (path: string, body?: unknown) => Promise<Download>;
let downloadAsQsAdmin: (path: string, body?: unknown) => Promise<Download>;
let downloadAsQsOfficer: (path: string, body?: unknown) => Promise<Download>;
const agencies: Record<'city' | 'qsBrigade' | 'smBrigade' | 'qsSquadron', string> = {
  city: '',
  qsBrigade: '',
  smBrigade: '',
  qsSquadron: '',
};

const QS_ADMIN_PASSWORD = 'Qingshui#2027admin';
const builtin = builtinTemplate('filingRegister');

/** The built-in 立案登记表 with one more paragraph, which names a field no case provides. */
function editedFilingRegister(marker: string) {
  return {
    ...builtin,
    body: [
      ...builtin.body,
      { type: 'paragraph', text: `${marker}（{{agency.name}}）`, indent: false },
    ],
  };
}

/** A systemAdmin of 清水县执法大队 only: an agency-level administrator. */
async function signInCountyAdmin(): Promise<TestClient> {
  const created = await admin.post('/api/users', {
    username: 'qs.admin',
    displayName: '清水管理员',
    agencyId: agencies.qsBrigade,
    roles: ['systemAdmin'],
  });
  const first = await platform.signIn('qs.admin', created.body.temporaryPassword);
  await first.post('/api/auth/change-password', {
    currentPassword: created.body.temporaryPassword,
    newPassword: QS_ADMIN_PASSWORD,
  });
  return platform.signIn('qs.admin', QS_ADMIN_PASSWORD);
}

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await platform.signIn('admin');
  const all = (await admin.get('/api/agencies')).body.items as { id: string; name: string }[];
  const idOf = (name: string) => all.find((agency) => agency.name === name)!.id;
  agencies.city = idOf('临江市交通运输局');
  agencies.qsBrigade = idOf('清水县交通运输综合行政执法大队');
  agencies.smBrigade = idOf('石门县交通运输综合行政执法大队');
  agencies.qsSquadron = idOf('清水县路政中队');
  qsAdmin = await signInCountyAdmin();
  qsOfficer = await platform.signIn('qs.zhifa1');
  supervisor = await platform.signIn('shi.jiandu');
  downloadAsAdmin = await downloaderFor(platform, 'admin');
  downloadAsQsAdmin = await downloaderFor(platform, 'qs.admin', QS_ADMIN_PASSWORD);
  downloadAsQsOfficer = await downloaderFor(platform, 'qs.zhifa1');
});
afterAll(() => platform.close());

function filingRegisterOf(listing: { items: { code: string }[] }) {
  return listing.items.find((item) => item.code === 'filingRegister') as Record<string, unknown>;
}

async function inForce(client: TestClient, agencyId: string) {
  const response = await client.get(`/api/document-templates?agencyId=${agencyId}`);
  expect(response.status).toBe(200);
  return filingRegisterOf(response.body);
}

function publish(client: TestClient, agencyId: string | null, template: unknown, note: string) {
  return client.post('/api/document-templates/filingRegister/versions', {
    agencyId,
    template,
    note,
  });
}

async function recordsOf(action: string) {
  return platform.database.db
    .selectFrom('recordLog')
    .selectAll()
    .where('objectType', '=', 'documentTemplate')
    .where('action', '=', action)
    .orderBy('seq')
    .execute();
}

describe(`文书模板：管理员按机构维护的版本 (${testBackend})`, () => {
  it('lists every template in force with its version and origin; built-in at first', async () => {
    const response = await admin.get('/api/document-templates');
    expect(response.status).toBe(200);
    expect(response.body.agency).toEqual({ id: agencies.city, name: '临江市交通运输局' });
    expect(response.body.canPublishPlatformWide).toBe(true);
    expect(response.body.items.map((item: { code: string }) => item.code)).toEqual(
      expect.arrayContaining(['filingRegister', 'violationNotice']),
    );
    expect(filingRegisterOf(response.body)).toMatchObject({
      title: '立案登记表',
      formNumber: '交通运输行政执法文书式样之一',
      version: 1,
      origin: 'builtin',
      agency: null,
      createdBy: null,
      inForce: true,
    });
  });

  it('refuses people who are not administrators (403); supervisors may read', async () => {
    expect((await qsOfficer.get('/api/document-templates')).status).toBe(403);
    expect((await qsOfficer.get('/api/document-templates/filingRegister/versions')).status).toBe(
      403,
    );
    const refused = await publish(qsOfficer, agencies.qsBrigade, builtin, '执法人员不能改模板');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    expect((await qsOfficer.get('/api/document-templates/filingRegister/versions/1')).status).toBe(
      403,
    );
    expect((await supervisor.get('/api/document-templates')).status).toBe(200);
    expect((await publish(supervisor, null, builtin, '监督人员不能改模板')).status).toBe(403);
    expect(
      (await downloadAsQsOfficer('/api/document-templates/preview', { template: builtin })).status,
    ).toBe(403);
  });

  it('refuses an invalid template with each problem under its path, and takes no number', async () => {
    const invalid = {
      ...builtin,
      title: '',
      body: [
        { type: 'stamp', text: '印章' },
        { type: 'paragraph', text: '{{party name}}' },
      ],
    };
    const response = await publish(admin, null, invalid, '格式有误的模板');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    expect(response.body.error.message).toBe('文书模板不符合格式要求，请按提示修改后再导入');
    expect(response.body.error.details).toEqual([
      { path: 'title', message: '文书名称不能为空' },
      {
        path: 'body.0.type',
        message: '文书块类型须为 heading、paragraph、fieldTable、signatures 或 footnote 之一',
      },
      {
        path: 'body.1.text',
        message: '合并字段「{{party name}}」写法有误，应为以点分隔的英文标识，例如 {{case.number}}',
      },
    ]);

    const otherCode = await publish(admin, null, builtinTemplate('violationNotice'), '代码不符');
    expect(otherCode.status).toBe(400);
    expect(otherCode.body.error.details[0].path).toBe('code');

    const unknownCode = await admin.post('/api/document-templates/unknownForm/versions', {
      agencyId: null,
      template: { ...builtin, code: 'unknownForm' },
      note: '没有这种文书',
    });
    expect(unknownCode.status).toBe(404);

    const withoutNote = await publish(admin, null, builtin, '');
    expect(withoutNote.status).toBe(400);
    expect(withoutNote.body.error.details[0].path).toBe('note');

    expect(await recordsOf('publish')).toEqual([]);
    const stored = await platform.database.db
      .selectFrom('documentTemplateVersion')
      .selectAll()
      .execute();
    expect(stored).toEqual([]);
  });

  it('publishes platform-wide as version 2, in force everywhere, and records it', async () => {
    const response = await publish(admin, null, editedFilingRegister('全平台第二版'), '统一格式');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      code: 'filingRegister',
      version: 2,
      origin: 'platform',
      agency: null,
      note: '统一格式',
      revertedFrom: null,
      createdBy: '系统管理员',
      inForce: true,
      unfamiliarFields: ['agency.name'],
    });
    expect(response.body.template.version).toBe(2);
    expect(response.body.template.body.at(-1).text).toBe('全平台第二版（{{agency.name}}）');
    expect(await inForce(admin, agencies.qsBrigade)).toMatchObject({
      version: 2,
      origin: 'platform',
    });
    const [record] = await recordsOf('publish');
    expect(record).toMatchObject({ objectId: 'filingRegister', agencyId: null });
    expect(record?.change).toMatchObject({ version: 2, agencyId: null, note: '统一格式' });
  });

  it('lets a county administrator publish for its own agency only', async () => {
    const platformWide = await publish(qsAdmin, null, builtin, '县级不能发布全平台模板');
    expect(platformWide.status).toBe(403);
    expect(platformWide.body.error.message).toContain('最上级机构');
    const otherCounty = await publish(qsAdmin, agencies.smBrigade, builtin, '不能改石门的模板');
    expect(otherCounty.status).toBe(404);
    expect(
      (await qsAdmin.get(`/api/document-templates?agencyId=${agencies.smBrigade}`)).status,
    ).toBe(404);
    expect(
      (
        await qsAdmin.get(
          `/api/document-templates/filingRegister/versions?agencyId=${agencies.smBrigade}`,
        )
      ).status,
    ).toBe(404);

    const own = await publish(
      qsAdmin,
      agencies.qsBrigade,
      editedFilingRegister('清水第三版'),
      '本县格式',
    );
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({
      version: 3,
      origin: 'agency',
      agency: { id: agencies.qsBrigade, name: '清水县交通运输综合行政执法大队' },
      createdBy: '清水管理员',
    });
    const listing = await qsAdmin.get('/api/document-templates');
    expect(listing.body.canPublishPlatformWide).toBe(false);
    expect(filingRegisterOf(listing.body)).toMatchObject({ version: 3, origin: 'agency' });
  });

  it('uses the closest agency’s version, then the platform’s, then the built-in one', async () => {
    const city = await publish(
      admin,
      agencies.city,
      editedFilingRegister('临江市第四版'),
      '市局格式',
    );
    expect(city.body.version).toBe(4);
    const sm = await publish(
      admin,
      agencies.smBrigade,
      editedFilingRegister('石门第五版'),
      '石门格式',
    );
    expect(sm.body.version).toBe(5);

    expect(await inForce(admin, agencies.qsBrigade)).toMatchObject({
      version: 3,
      origin: 'agency',
    });
    expect(await inForce(admin, agencies.qsSquadron)).toMatchObject({
      version: 3,
      agency: { id: agencies.qsBrigade, name: '清水县交通运输综合行政执法大队' },
    });
    expect(await inForce(admin, agencies.smBrigade)).toMatchObject({ version: 5 });
    expect(await inForce(admin, agencies.city)).toMatchObject({ version: 4, origin: 'agency' });
    const notice = (
      await admin.get(`/api/document-templates?agencyId=${agencies.qsBrigade}`)
    ).body.items.find((item: { code: string }) => item.code === 'violationNotice');
    expect(notice).toMatchObject({ version: 1, origin: 'builtin' });
  });

  it('shows the history that applies to an agency, newest first, built-in last', async () => {
    const response = await qsAdmin.get('/api/document-templates/filingRegister/versions');
    expect(response.status).toBe(200);
    expect(
      response.body.items.map((item: { version: number; origin: string; inForce: boolean }) => [
        item.version,
        item.origin,
        item.inForce,
      ]),
    ).toEqual([
      [4, 'agency', false],
      [3, 'agency', true],
      [2, 'platform', false],
      [1, 'builtin', false],
    ]);
  });

  it('shows any version that applies, and no other county’s (404)', async () => {
    const own = await qsAdmin.get('/api/document-templates/filingRegister/versions/3');
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ version: 3, note: '本县格式', inForce: true });
    expect(own.body.template.body.at(-1).text).toBe('清水第三版（{{agency.name}}）');
    const cityVersion = await qsAdmin.get('/api/document-templates/filingRegister/versions/4');
    expect(cityVersion.body).toMatchObject({ version: 4, inForce: false });
    const builtinVersion = await qsAdmin.get('/api/document-templates/filingRegister/versions/1');
    expect(builtinVersion.body).toMatchObject({ origin: 'builtin', unfamiliarFields: [] });
    expect(builtinVersion.body.template).toEqual(JSON.parse(JSON.stringify(builtin)));

    for (const path of ['', '/json', '/preview']) {
      const response = await qsAdmin.get(
        `/api/document-templates/filingRegister/versions/5${path}`,
      );
      expect([path, response.status]).toEqual([path, 404]);
    }
    const revert = await qsAdmin.post('/api/document-templates/filingRegister/versions/5/revert', {
      agencyId: agencies.qsBrigade,
      note: '拿石门的格式',
    });
    expect(revert.status).toBe(404);
    expect((await qsAdmin.get('/api/document-templates/filingRegister/versions/99')).status).toBe(
      404,
    );
    expect((await admin.get('/api/document-templates/filingRegister/versions/5')).status).toBe(200);
  });

  it('downloads a version as indented JSON that can be uploaded again', async () => {
    const file = await downloadAsQsAdmin('/api/document-templates/filingRegister/versions/3/json');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('application/json');
    expect(file.headers.get('content-disposition')).toContain(
      encodeURIComponent('立案登记表-filingRegister-v3.json'),
    );
    const text = file.bytes.toString('utf8');
    expect(text).toContain('\n  "code": "filingRegister",');
    const template = JSON.parse(text);
    expect(template.version).toBe(3);
    expect(template.body.at(-1).text).toBe('清水第三版（{{agency.name}}）');
  });

  it('previews a version and a draft as PDF with the sample case', async () => {
    const preview = await downloadAsQsAdmin(
      '/api/document-templates/filingRegister/versions/3/preview',
    );
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('application/pdf');
    const file = pdfFile(preview.bytes);
    const text = pdfText(file);
    expect(text).toContain('清水第三版（〔agency.name〕）');
    expect(text).toContain('张晓明');
    expect(text).toContain('临交罚〔2026〕第17号');
    expect(pdfKeywords(file)).toBe('zhifa:template=filingRegister@v3');

    const draft = await downloadAsAdmin('/api/document-templates/preview', {
      template: editedFilingRegister('尚未发布的草稿'),
    });
    expect(draft.status).toBe(200);
    expect(pdfText(pdfFile(draft.bytes))).toContain('尚未发布的草稿');

    const invalid = await admin.post('/api/document-templates/preview', {
      template: { ...builtin, body: [] },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details).toEqual([
      { path: 'body', message: '文书正文至少需要一个块' },
    ]);
    const unknown = await admin.post('/api/document-templates/preview', {
      template: { ...builtin, code: 'unknownForm' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].path).toBe('code');
  });

  it('reverts by publishing an older version’s content as the newest version', async () => {
    const response = await qsAdmin.post(
      '/api/document-templates/filingRegister/versions/1/revert',
      {
        agencyId: agencies.qsBrigade,
        note: '恢复内置格式',
      },
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      version: 6,
      origin: 'agency',
      revertedFrom: 1,
      note: '恢复内置格式',
    });
    expect(response.body.template).toEqual({ ...JSON.parse(JSON.stringify(builtin)), version: 6 });
    expect(await inForce(qsAdmin, agencies.qsBrigade)).toMatchObject({
      version: 6,
      revertedFrom: 1,
    });

    const again = await qsAdmin.post('/api/document-templates/filingRegister/versions/3/revert', {
      agencyId: agencies.qsBrigade,
      note: '还是用本县第三版',
    });
    expect(again.body).toMatchObject({ version: 7, revertedFrom: 3 });
    expect(again.body.template.body.at(-1).text).toBe('清水第三版（{{agency.name}}）');
    const [first, second] = await recordsOf('revert');
    expect(first?.change).toMatchObject({ version: 6, revertedFrom: 1 });
    expect(second?.change).toMatchObject({ version: 7, revertedFrom: 3 });
  });

  it('never changes or removes a published version', async () => {
    const db = platform.database.db;
    await expect(
      db
        .updateTable('documentTemplateVersion')
        .set({ note: '改说明' })
        .where('version', '=', 3)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.deleteFrom('documentTemplateVersion').where('version', '=', 3).execute(),
    ).rejects.toThrow(/append-only/);
  });
});

describe(`执法文书：按生效版本生成并登记 (${testBackend})`, () => {
  let filed: { id: string; caseNumber: string };

  beforeAll(async () => {
    filed = await fileCase(qsOfficer, await platform.signIn('qs.fuzeren'));
  });

  it('renders the case’s document with its agency’s version, readable with no system fonts', async () => {
    const response = await downloadAsQsOfficer(
      `/api/cases/${filed.id}/documents/filingRegister?format=pdf`,
    );
    expect(response.status).toBe(200);
    const file = pdfFile(response.bytes);
    expect(pdfKeywords(file)).toBe('zhifa:template=filingRegister@v7');
    const text = pdfText(file);
    for (const expected of ['立案登记表', filed.caseNumber, '王五', '清水第三版（＿＿＿＿）']) {
      expect(text).toContain(expected);
    }
    expect(darkShareWithoutSystemFonts(file)).toBeGreaterThan(0.02);
  });

  it('registers every generated copy with its version and sha256, and shows the last one', async () => {
    const pdf = await downloadAsQsOfficer(`/api/cases/${filed.id}/documents/filingRegister`);
    const docx = await downloadAsQsOfficer(
      `/api/cases/${filed.id}/documents/filingRegister?format=docx`,
    );
    const sha256 = (download: Download) =>
      createHash('sha256').update(download.bytes).digest('hex');

    const register = await qsOfficer.get(`/api/cases/${filed.id}/generated-documents`);
    expect(register.status).toBe(200);
    expect(register.body.items).toHaveLength(3);
    expect(register.body.items.slice(0, 2)).toMatchObject([
      {
        code: 'filingRegister',
        itemId: null,
        templateVersion: 7,
        format: 'docx',
        sha256: sha256(docx),
      },
      { templateVersion: 7, format: 'pdf', sha256: sha256(pdf), size: pdf.bytes.length },
    ]);
    expect(register.body.items[0].generatedBy).toBe(
      (await qsOfficer.get('/api/auth/me')).body.user.displayName,
    );

    const listing = await qsOfficer.get(`/api/cases/${filed.id}/documents`);
    const filing = listing.body.find((item: { code: string }) => item.code === 'filingRegister');
    expect(filing.lastGenerated).toEqual(register.body.items[0]);

    const stored = await platform.database.db
      .selectFrom('generatedDocument')
      .innerJoin(
        'documentTemplateVersion',
        'documentTemplateVersion.id',
        'generatedDocument.templateVersionId',
      )
      .select([
        'generatedDocument.sha256',
        'documentTemplateVersion.version',
        'documentTemplateVersion.agencyId',
      ])
      .where('generatedDocument.caseId', '=', filed.id)
      .execute();
    expect(stored).toHaveLength(3);
    expect(stored.every((row) => row.version === 7 && row.agencyId === agencies.qsBrigade)).toBe(
      true,
    );

    const records = await platform.database.db
      .selectFrom('recordLog')
      .select('change')
      .where('objectId', '=', filed.id)
      .where('action', '=', 'generateDocument')
      .orderBy('seq')
      .execute();
    expect(records.map((record) => record.change)).toMatchObject([
      { format: 'pdf', templateVersion: 7 },
      { format: 'pdf', templateVersion: 7, sha256: sha256(pdf) },
      { format: 'docx', templateVersion: 7, sha256: sha256(docx) },
    ]);
  });

  it('shows nothing generated for a document never produced, and hides other counties’ registers', async () => {
    const other = await fileCase(
      await platform.signIn('sm.zhifa1'),
      await platform.signIn('sm.fuzeren'),
    );
    const smOfficer = await platform.signIn('sm.zhifa1');
    const listing = await smOfficer.get(`/api/cases/${other.id}/documents`);
    expect(
      listing.body.find((item: { code: string }) => item.code === 'filingRegister').lastGenerated,
    ).toBeNull();
    expect((await qsOfficer.get(`/api/cases/${other.id}/generated-documents`)).status).toBe(404);

    const smPdf = await (
      await downloaderFor(platform, 'sm.zhifa1')
    )(`/api/cases/${other.id}/documents/filingRegister`);
    expect(pdfKeywords(pdfFile(smPdf.bytes))).toBe('zhifa:template=filingRegister@v5');
    expect(pdfText(pdfFile(smPdf.bytes))).toContain('石门第五版');
  });

  it('refuses to change the register', async () => {
    await expect(
      platform.database.db.deleteFrom('generatedDocument').where('caseId', '=', filed.id).execute(),
    ).rejects.toThrow(/append-only/);
  });
});
