import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { seedDemoOrganisation } from '../../src/demo/demo-organisation.js';
import { verifyRecordChain } from '../../src/modules/record/record.service.js';
import { restoreBackup, writeBackup } from '../../src/storage/backup.js';
import type { Database } from '../../src/storage/database.js';
import { openTestDatabase, testBackend } from '../support/test-database.js';

let source: Database;
let dump: string;

async function backupText(database: Database): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeBackup(database.db, out);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

beforeAll(async () => {
  source = await openTestDatabase();
  await seedDemoOrganisation(source.db, loadConfig({}));
  dump = await backupText(source);
});
afterAll(() => source.close());

describe(`zhifa backup / restore (${testBackend})`, () => {
  it('restores into an empty database with every row and an intact record chain', async () => {
    const target = await openTestDatabase();
    try {
      const header = await restoreBackup(target.db, Readable.from([dump]));
      expect(header.counts.officer).toBe(40);
      const officers = await target.db
        .selectFrom('officer')
        .select(['name', 'idNumber'])
        .orderBy('idNumber')
        .execute();
      const original = await source.db
        .selectFrom('officer')
        .select(['name', 'idNumber'])
        .orderBy('idNumber')
        .execute();
      expect(officers).toEqual(original);
      expect(await verifyRecordChain(target.db)).toMatchObject({
        ok: true,
        checked: header.counts.record_log,
      });
      expect(await backupText(target)).toContain('"table":"record_log"');
    } finally {
      await target.close();
    }
  });

  it('refuses to restore over existing data', async () => {
    await expect(restoreBackup(source.db, Readable.from([dump]))).rejects.toThrow(
      '目标数据库不是空的',
    );
  });

  it('restores nothing from a truncated file', async () => {
    const target = await openTestDatabase();
    try {
      const truncated = dump.split('\n').slice(0, 30).join('\n');
      await expect(restoreBackup(target.db, Readable.from([truncated]))).rejects.toThrow(
        '备份文件不完整',
      );
      expect(await target.db.selectFrom('agency').selectAll().execute()).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it('refuses a file that is not a zhifa backup', async () => {
    const target = await openTestDatabase();
    try {
      await expect(restoreBackup(target.db, Readable.from(['{"hello":1}\n']))).rejects.toThrow(
        '不是 zhifa 备份文件',
      );
    } finally {
      await target.close();
    }
  });
});
