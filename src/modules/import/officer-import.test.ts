import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { upgradeLegacyIdNumber } from '../../domain/validators/id-number.js';
import { findAgencyByName } from '../agency/agency.repository.js';
import { createUnit } from '../agency/agency.service.js';
import { actorOf } from '../auth/auth.service.js';
import type { ServiceContext } from '../context.js';
import { findUserByUsername } from '../user/user.repository.js';
import { importSheet } from './import.service.js';
import { writeSheet, type SheetFile } from './sheet.js';

const headers = [
  '姓名',
  '身份证号',
  '所属机构',
  '内设机构',
  '联系电话',
  '执法证号',
  '发证机关',
  '执法门类',
  '执法区域代码',
  '执法区域',
  '有效期起',
  '有效期止',
  '年审年度',
];
const BRIGADE = '清水县交通运输综合行政执法大队';
const noCertificate = ['', '', '', '', '', '', '', ''];

let platform: TestPlatform;
let admin: ServiceContext;

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await contextOf('admin');
  const brigade = await findAgencyByName(platform.database.db, '/', BRIGADE);
  if (!brigade) throw new Error('no demo brigade');
  await createUnit(admin, brigade.id, { name: '治超中队', kind: '中队' });
});
afterAll(() => platform.close());

async function contextOf(username: string): Promise<ServiceContext> {
  const { db } = platform.database;
  const user = await findUserByUsername(db, username);
  if (!user) throw new Error(`no demo user ${username}`);
  return { db, config: platform.config, actor: actorOf(user) };
}

/** A valid 居民身份证号 of region 110105, distinct for each serial. */
function idNumber(serial: number): string {
  const result = upgradeLegacyIdNumber(`110105850101${String(serial).padStart(3, '0')}`);
  if (!result.ok) throw new Error(result.message);
  return result.value.value;
}

async function officerSheet(rows: string[][]): Promise<SheetFile> {
  return { fileName: '人员.xlsx', content: await writeSheet('人员', headers, rows) };
}

async function officerWithCertificates(idNumberOfOfficer: string) {
  const { db } = platform.database;
  const officer = await db
    .selectFrom('officer')
    .innerJoin('agency', 'agency.id', 'officer.agencyId')
    .leftJoin('unit', 'unit.id', 'officer.unitId')
    .select(['officer.id', 'officer.name', 'officer.phone', 'agency.name as agencyName'])
    .select('unit.name as unitName')
    .where('officer.idNumber', '=', idNumberOfOfficer)
    .executeTakeFirst();
  if (!officer) return undefined;
  const certificates = await db
    .selectFrom('certificate')
    .select(['number', 'issuer', 'categories', 'areaCodes', 'areaName', 'validFrom', 'validTo'])
    .select('lastVerifiedYear')
    .where('officerId', '=', officer.id)
    .execute();
  return {
    name: officer.name,
    phone: officer.phone,
    agencyName: officer.agencyName,
    unitName: officer.unitName,
    certificates,
  };
}

describe('导入执法人员 (officers from a sheet)', () => {
  it('imports officers with and without a 执法证 and records the import', async () => {
    const file = await officerSheet([
      [
        '王建国',
        idNumber(1),
        BRIGADE,
        '治超中队',
        '13800000001',
        '43992120260001',
        '湖江省人民政府',
        '路政、运政',
        '439921，439922',
        '清水县、石门县',
        '2026/1/1',
        '2031年12月31日',
        '2026',
      ],
      ['李红', idNumber(2), BRIGADE, '', '', ...noCertificate],
    ]);

    expect(await importSheet(admin, 'officers', file)).toBe(2);

    expect(await officerWithCertificates(idNumber(1))).toEqual({
      name: '王建国',
      phone: '13800000001',
      agencyName: BRIGADE,
      unitName: '治超中队',
      certificates: [
        {
          number: '43992120260001',
          issuer: '湖江省人民政府',
          categories: ['roadAdministration', 'transportAdministration'],
          areaCodes: ['439921', '439922'],
          areaName: '清水县、石门县',
          validFrom: '2026-01-01',
          validTo: '2031-12-31',
          lastVerifiedYear: 2026,
        },
      ],
    });
    expect(await officerWithCertificates(idNumber(2))).toMatchObject({
      unitName: null,
      certificates: [],
    });
    const record = await platform.database.db
      .selectFrom('recordLog')
      .select(['action', 'change'])
      .where('objectType', '=', 'import')
      .orderBy('seq', 'desc')
      .executeTakeFirst();
    expect(record).toEqual({
      action: 'importOfficers',
      change: { fileName: '人员.xlsx', rows: 2 },
    });
  });

  it('imports nothing when one row is wrong, and names its row and column', async () => {
    const wrongCheckDigit = `${idNumber(12).slice(0, 17)}${idNumber(12).endsWith('0') ? '1' : '0'}`;
    const file = await officerSheet([
      ['赵一', idNumber(11), BRIGADE, '', '', ...noCertificate],
      ['赵二', wrongCheckDigit, BRIGADE, '', '', ...noCertificate],
      ['赵三', idNumber(13), BRIGADE, '', '', ...noCertificate],
    ]);

    await expect(importSheet(admin, 'officers', file)).rejects.toMatchObject({
      code: 'IMPORT_REJECTED',
      userMessage: '导入未执行：共 1 行有误，请修改后重新上传',
      details: [{ path: '第3行 身份证号', message: expect.stringContaining('校验') }],
    });
    expect(await officerWithCertificates(idNumber(11))).toBeUndefined();
  });

  it('wants every 执法证 column once one of them is filled in', async () => {
    const file = await officerSheet([
      [
        '钱一',
        idNumber(21),
        BRIGADE,
        '',
        '',
        '43992120260021',
        '',
        '交警',
        '43992',
        '',
        '2026-01-01',
        '2025-12-31',
        '26',
      ],
    ]);

    await expect(importSheet(admin, 'officers', file)).rejects.toMatchObject({
      details: [
        { path: '第2行 发证机关', message: '请填写发证机关' },
        { path: '第2行 执法门类', message: '执法门类应为路政、运政、港航、质监、海事或综合' },
        { path: '第2行 执法区域代码', message: '行政区划代码应为6位数字' },
        { path: '第2行 执法区域', message: '请填写执法区域名称' },
        { path: '第2行 年审年度', message: '年审年度应为四位年份，如 2025' },
      ],
    });
  });

  it('refuses agencies and units that are unknown, ambiguous or outside the scope', async () => {
    const countyOfficer = { ...(await contextOf('sm.zhifa1')) };
    countyOfficer.actor = { ...countyOfficer.actor, roles: ['systemAdmin'] };
    const file = await officerSheet([
      ['孙一', idNumber(31), BRIGADE, '', '', ...noCertificate],
      ['孙二', idNumber(32), '石门县交通运输综合行政执法大队', '治超中队', '', ...noCertificate],
      ['孙三', idNumber(33), '', '', '', ...noCertificate],
    ]);

    await expect(importSheet(countyOfficer, 'officers', file)).rejects.toMatchObject({
      userMessage: '导入未执行：共 3 行有误，请修改后重新上传',
      details: [
        { path: '第2行 所属机构', message: `所属机构“${BRIGADE}”不存在或不在您的管辖范围内` },
        {
          path: '第3行 内设机构',
          message: '“石门县交通运输综合行政执法大队”下没有名为“治超中队”的内设机构',
        },
        { path: '第4行 所属机构', message: '请填写所属机构' },
      ],
    });
  });

  it('rolls everything back when the database already holds a 身份证号 or 执法证号', async () => {
    const certificate = [
      '湖江省人民政府',
      '综合',
      '439921',
      '清水县',
      '2026-01-01',
      '2031-12-31',
      '',
    ];
    await importSheet(
      admin,
      'officers',
      await officerSheet([
        ['周一', idNumber(41), BRIGADE, '', '', '43992120260041', ...certificate],
      ]),
    );
    const file = await officerSheet([
      ['周二', idNumber(42), BRIGADE, '', '', ...noCertificate],
      ['周三', idNumber(41), BRIGADE, '', '', ...noCertificate],
      ['周四', idNumber(44), BRIGADE, '', '', '43992120260041', ...certificate],
    ]);

    await expect(importSheet(admin, 'officers', file)).rejects.toMatchObject({
      code: 'IMPORT_REJECTED',
      userMessage: '导入未执行：共 2 行有误，请修改后重新上传',
      details: [
        { path: '第3行', message: '该身份证号的执法人员已登记' },
        { path: '第4行', message: '执法证号 43992120260041 已被登记' },
      ],
    });
    expect(await officerWithCertificates(idNumber(42))).toBeUndefined();
    expect(await officerWithCertificates(idNumber(44))).toBeUndefined();
  });

  it('reads a UTF-8 CSV with a BOM, keeping 身份证号 as text', async () => {
    const lines = [
      headers.join(','),
      [
        '吴一',
        idNumber(51),
        BRIGADE,
        '',
        '',
        '43992120260051',
        '湖江省人民政府',
        '"路政,港航"',
        '439921',
        '清水县',
        '2026-01-01',
        '2031-12-31',
        '',
      ].join(','),
    ];
    const file = { fileName: '人员.csv', content: Buffer.from(`\uFEFF${lines.join('\r\n')}`) };

    expect(await importSheet(admin, 'officers', file)).toBe(1);
    expect(await officerWithCertificates(idNumber(51))).toMatchObject({
      certificates: [
        { categories: ['roadAdministration', 'portAndShipping'], lastVerifiedYear: null },
      ],
    });
  });
});
