import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { actorOf } from '../auth/auth.service.js';
import type { ServiceContext } from '../context.js';
import { findUserByUsername } from '../user/user.repository.js';
import { importSheet } from './import.service.js';
import { writeSheet, type SheetFile } from './sheet.js';

const headers = ['机构名称', '简称', '层级', '上级机构', '行政区划代码', '地址', '电话'];
const CITY = '临江市交通运输局';

let platform: TestPlatform;
let admin: ServiceContext;

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await contextOf('admin');
});
afterAll(() => platform.close());

async function contextOf(username: string): Promise<ServiceContext> {
  const { db } = platform.database;
  const user = await findUserByUsername(db, username);
  if (!user) throw new Error(`no demo user ${username}`);
  return { db, config: platform.config, actor: actorOf(user) };
}

async function agencySheet(rows: string[][]): Promise<SheetFile> {
  return { fileName: '机构.xlsx', content: await writeSheet('机构', headers, rows) };
}

async function agenciesNamed(prefix: string) {
  return platform.database.db
    .selectFrom('agency as child')
    .leftJoin('agency as parent', 'parent.id', 'child.parentId')
    .select(['child.name', 'child.kind', 'child.address', 'parent.name as parentName'])
    .where('child.name', 'like', `${prefix}%`)
    .orderBy('child.path')
    .execute();
}

async function lastImportRecord() {
  return platform.database.db
    .selectFrom('recordLog')
    .select(['action', 'change', 'agencyId', 'actorName'])
    .where('objectType', '=', 'import')
    .orderBy('seq', 'desc')
    .executeTakeFirst();
}

describe('导入执法机构 (agencies from a sheet)', () => {
  it('imports every row, a parent defined earlier in the same sheet included, and records the import', async () => {
    const file = await agencySheet([
      ['临江市新区交通运输局', '新区交通', '县级', CITY, '439930', '新区大道1号', '0739-1234567'],
      ['临江市新区执法大队', '新区执法大队', '执法大队', '临江市新区交通运输局', '439930', '', ''],
      ['临江市新区路政中队', '新区路政中队', 'squadron', '临江市新区执法大队', '439930', '', ''],
    ]);

    expect(await importSheet(admin, 'agencies', file)).toBe(3);

    expect(await agenciesNamed('临江市新区')).toEqual([
      { name: '临江市新区交通运输局', kind: 'county', address: '新区大道1号', parentName: CITY },
      {
        name: '临江市新区执法大队',
        kind: 'brigade',
        address: null,
        parentName: '临江市新区交通运输局',
      },
      {
        name: '临江市新区路政中队',
        kind: 'squadron',
        address: null,
        parentName: '临江市新区执法大队',
      },
    ]);
    expect(await lastImportRecord()).toEqual({
      action: 'importAgencies',
      change: { fileName: '机构.xlsx', rows: 3 },
      agencyId: admin.actor.agencyId,
      actorName: '系统管理员',
    });
  });

  it('imports nothing when one row is wrong, and names its row and column', async () => {
    const before = await lastImportRecord();
    const file = await agencySheet([
      ['临江市甲区交通运输局', '甲区交通', '县级', CITY, '439931', '', ''],
      ['临江市乙区交通运输局', '乙区交通', '县级', CITY, '43993', '', ''],
      ['临江市丙区交通运输局', '丙区交通', '县级', CITY, '439933', '', ''],
    ]);

    await expect(importSheet(admin, 'agencies', file)).rejects.toMatchObject({
      code: 'IMPORT_REJECTED',
      userMessage: '导入未执行：共 1 行有误，请修改后重新上传',
      details: [{ path: '第3行 行政区划代码', message: '行政区划代码应为6位数字' }],
    });
    expect(await agenciesNamed('临江市甲区')).toEqual([]);
    expect(await lastImportRecord()).toEqual(before);
  });

  it('reports every mistake of every row at once', async () => {
    const file = await agencySheet([
      ['临江市丁区交通运输局', '', '科室', '', '439934', '', ''],
      ['临江市戊区执法大队', '戊区执法大队', '执法大队', '临江市己区交通运输局', '439935', '', ''],
      ['临江市己区交通运输局', '己区交通', '县级', CITY, '439936', '', ''],
    ]);

    await expect(importSheet(admin, 'agencies', file)).rejects.toMatchObject({
      userMessage: '导入未执行：共 2 行有误，请修改后重新上传',
      details: [
        { path: '第2行 简称', message: '请填写机构简称' },
        { path: '第2行 层级', message: '机构层级应为省级、市级、县级、执法大队或执法中队' },
        { path: '第2行 上级机构', message: '请填写上级机构' },
        {
          path: '第3行 上级机构',
          message: expect.stringContaining('请把它排在本行之前'),
        },
      ],
    });
  });

  it('turns refusals by the database into row mistakes and rolls the earlier rows back', async () => {
    const file = await agencySheet([
      ['临江市庚区交通运输局', '庚区交通', '县级', CITY, '439937', '', ''],
      ['清水县交通运输局', '清水交通', '县级', CITY, '439921', '', ''],
      ['临江市辛区交通运输局', '辛区交通', '县级', '清水县路政中队', '439938', '', ''],
    ]);

    await expect(importSheet(admin, 'agencies', file)).rejects.toMatchObject({
      code: 'IMPORT_REJECTED',
      details: [
        { path: '第3行', message: '同一上级机构下已有同名机构或内设机构' },
        { path: '第4行', message: '“县级”机构不能设在“执法中队”机构之下' },
      ],
    });
    expect(await agenciesNamed('临江市庚区')).toEqual([]);
  });

  it('refuses a parent name that several agencies share', async () => {
    const file = await agencySheet([
      [
        '临江市壬区综合中队',
        '壬区中队',
        '执法中队',
        '清水县交通运输综合行政执法大队',
        '439921',
        '',
        '',
      ],
      [
        '临江市壬区综合中队',
        '壬区中队',
        '执法中队',
        '石门县交通运输综合行政执法大队',
        '439922',
        '',
        '',
      ],
      ['临江市壬区小组', '壬区小组', '执法中队', '临江市壬区综合中队', '439922', '', ''],
    ]);

    await expect(importSheet(admin, 'agencies', file)).rejects.toMatchObject({
      details: [
        { path: '第4行 上级机构', message: '名为“临江市壬区综合中队”的有 2 个，无法确定是哪一个' },
      ],
    });
  });

  it('reads a UTF-8 CSV with a BOM, as Excel saves it', async () => {
    const lines = [headers.join(','), `临江市癸区交通运输局,癸区交通,县级,${CITY},439939,,`];
    const file = { fileName: '机构.csv', content: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`) };

    expect(await importSheet(admin, 'agencies', file)).toBe(1);
    expect(await agenciesNamed('临江市癸区')).toMatchObject([{ kind: 'county', parentName: CITY }]);
  });

  it('only lets an administrator import, and only within their own agencies', async () => {
    const file = await agencySheet([
      ['临江市子区交通运输局', '子区', '县级', CITY, '439940', '', ''],
    ]);

    await expect(importSheet(await contextOf('qs.zhifa1'), 'agencies', file)).rejects.toMatchObject(
      {
        code: 'FORBIDDEN',
      },
    );
    const countyAdmin = await contextOf('qs.zhifa1');
    countyAdmin.actor = { ...countyAdmin.actor, roles: ['systemAdmin'] };
    await expect(importSheet(countyAdmin, 'agencies', file)).rejects.toMatchObject({
      details: [{ path: '第2行 上级机构', message: expect.stringContaining('不在您的管辖范围内') }],
    });
  });
});
