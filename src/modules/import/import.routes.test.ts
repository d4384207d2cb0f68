import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestPlatform,
  type TestClient,
  type TestPlatform,
} from '../../../test/support/platform.js';
import { writeSheet } from './sheet.js';

const agencyHeaders = ['机构名称', '简称', '层级', '上级机构', '行政区划代码'];
const CITY = '临江市交通运输局';

let platform: TestPlatform;
let admin: TestClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await platform.signIn('admin');
});
afterAll(() => platform.close());

describe('POST /api/imports/{agencies|officers}', () => {
  it('imports an uploaded workbook and answers with the number of rows', async () => {
    const content = await writeSheet('机构', agencyHeaders, [
      ['临江市高新区交通运输局', '高新交通', '县级', CITY, '439941'],
    ]);

    const response = await admin.upload('/api/imports/agencies', '机构.xlsx', content);

    expect(response).toMatchObject({ status: 200, body: { imported: 1 } });
    const tree = await admin.get<{ items: { name: string }[] }>('/api/agencies');
    expect(tree.body.items.map((agency) => agency.name)).toContain('临江市高新区交通运输局');
  });

  it('answers 422 with the row and column of every mistake', async () => {
    const csv = `\uFEFF${agencyHeaders.join(',')}\r\n临江市开发区交通运输局,开发区交通,县级,${CITY},4399\r\n`;

    const response = await admin.upload('/api/imports/agencies', '机构.csv', Buffer.from(csv));

    expect(response).toMatchObject({
      status: 422,
      body: {
        error: {
          code: 'IMPORT_REJECTED',
          message: '导入未执行：共 1 行有误，请修改后重新上传',
          details: [{ path: '第2行 行政区划代码', message: '行政区划代码应为6位数字' }],
        },
      },
    });
  });

  it('asks for the file when the form has none', async () => {
    const response = await admin.post('/api/imports/officers', {});

    expect(response).toMatchObject({
      status: 400,
      body: {
        error: { code: 'VALIDATION_FAILED', message: '请选择要上传的文件（表单字段 file）' },
      },
    });
  });

  it('refuses an officer without the administrator role', async () => {
    const officer = await platform.signIn('qs.zhifa1');
    const content = await writeSheet('机构', agencyHeaders, [
      ['某机构', '某', '县级', CITY, '439942'],
    ]);

    const response = await officer.upload('/api/imports/agencies', '机构.xlsx', content);

    expect(response).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
  });
});

describe('GET /api/imports/templates/{kind}', () => {
  it('downloads the workbook under its Chinese file name', async () => {
    const response = await admin.get('/api/imports/templates/officers');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="template.xlsx"; filename*=UTF-8''${encodeURIComponent('执法人员导入模板.xlsx')}`,
    );
  });

  it('refuses an unknown kind and an anonymous caller', async () => {
    expect((await admin.get('/api/imports/templates/users')).status).toBe(400);
    expect((await platform.anonymous().get('/api/imports/templates/agencies')).status).toBe(401);
  });
});
