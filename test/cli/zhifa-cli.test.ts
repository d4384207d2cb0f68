import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { seedDemoOrganisation } from '../../src/demo/demo-organisation.js';
import { ensureFirstAdministrator } from '../../src/modules/auth/first-administrator.js';
import { openPlatformDatabase } from '../../src/platform.js';
import { builtCli } from '../support/built-cli.js';
import { openTestDatabase } from '../support/test-database.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function zhifa(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [builtCli(), ...args],
      { env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: '' } },
      (_error, stdout, stderr) => resolve({ code: child.exitCode ?? 1, stdout, stderr }),
    );
  });
}

const work = mkdtempSync(path.join(tmpdir(), 'zhifa-cli-'));
const dataDir = path.join(work, 'data');

beforeAll(async () => {
  const database = await openPlatformDatabase({ kind: 'embedded', dataDir });
  await seedDemoOrganisation(database.db, loadConfig({}));
  await database.close();
});

describe('zhifa command line', () => {
  it('explains itself in Chinese and English', async () => {
    const help = await zhifa('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('verify-records');
    expect(help.stdout).toContain('校验全过程记录哈希链');
    expect(help.stdout).toContain('Verify the tamper-evident record chain');
    const unknown = await zhifa('frobnicate');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('未知命令');
  });

  it('backs up, restores into a new folder, and verifies the record chain', async () => {
    const file = path.join(work, 'backup.jsonl.gz');
    const backup = await zhifa('backup', file, '--data-dir', dataDir);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(backup.stdout).toContain('officer 40');

    const restored = await zhifa('restore', file, '--data-dir', path.join(work, 'restored'));
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('全过程记录哈希链校验通过');

    const again = await zhifa('restore', file, '--data-dir', path.join(work, 'restored'));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('目标数据库不是空的');
  });

  it('imports officers from a CSV, all or nothing', async () => {
    const sheet = path.join(work, 'officers.csv');
    const header =
      '姓名,身份证号,所属机构,内设机构,联系电话,执法证号,发证机关,执法门类,执法区域代码,执法区域,有效期起,有效期止,年审年度';
    writeFileSync(
      sheet,
      `\ufeff${header}\n新人甲,11010519491231002X,清水县路政中队,,,4399CLI0001,湖江省人民政府,路政,439921,清水县,2026-01-01,2028-12-31,\n`,
    );
    const imported = await zhifa('import', 'officers', sheet, '--data-dir', dataDir);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('已导入 1 行');

    writeFileSync(
      sheet,
      `${header}\n新人乙,110105194912310021,清水县路政中队,,,4399CLI0002,湖江省人民政府,路政,439921,清水县,2026-01-01,2028-12-31,\n`,
    );
    const refused = await zhifa('import', 'officers', sheet, '--data-dir', dataDir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('第2行');
  });

  it('verify-records names the first tampered row and fails', async () => {
    expect((await zhifa('verify-records', '--data-dir', dataDir)).stdout).toContain(
      '全过程记录完整',
    );
    const database = await openPlatformDatabase({ kind: 'embedded', dataDir });
    await database.db.transaction().execute(async (trx) => {
      await sql`alter table record_log disable trigger record_log_no_update_delete`.execute(trx);
      await sql`delete from record_log where seq = 7`.execute(trx);
      await sql`alter table record_log enable trigger record_log_no_update_delete`.execute(trx);
    });
    await database.close();
    const result = await zhifa('verify-records', '--data-dir', dataDir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('第 8 条记录校验失败');
  });
});

describe('first start of a real installation', () => {
  it('creates one administrator whose one-time password must be changed', async () => {
    const database = await openTestDatabase();
    try {
      const config = loadConfig(
        {},
        { rootAgencyName: '蓝山县交通运输局', rootAgencyRegionCode: '431127' },
      );
      const first = await ensureFirstAdministrator(database.db, config);
      expect(first?.username).toBe('admin');
      expect(first?.temporaryPassword).toMatch(/^.{6}-.{6}#\d$/);
      expect(await ensureFirstAdministrator(database.db, config)).toBeNull();
      const admin = await database.db.selectFrom('appUser').selectAll().executeTakeFirstOrThrow();
      expect(admin).toMatchObject({ roles: ['systemAdmin'], mustChangePassword: true });
      const agency = await database.db.selectFrom('agency').selectAll().executeTakeFirstOrThrow();
      expect(agency).toMatchObject({
        name: '蓝山县交通运输局',
        regionCode: '431127',
        parentId: null,
      });
    } finally {
      await database.close();
    }
  });
});
