import { mkdirSync, mkdtempSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';

function freshFolder(): string {
  return mkdtempSync(path.join(tmpdir(), 'zhifa-lock-'));
}

describe('embedded data folder lock', () => {
  it('refuses a second opener with a clear message, and admits one after close', async () => {
    const dataDir = freshFolder();
    const first = await openDatabase({ kind: 'embedded', dataDir });
    await expect(openDatabase({ kind: 'embedded', dataDir })).rejects.toMatchObject({
      code: 'DATA_FOLDER_LOCKED',
      userMessage: expect.stringContaining('正被另一个 zhifa 进程使用'),
    });
    await first.db
      .insertInto('workdaySchedule')
      .values({
        year: 2030,
        holidays: '[]',
        makeupWorkdays: '[]',
        source: 'admin',
      })
      .execute();
    await first.close();

    const second = await openDatabase({ kind: 'embedded', dataDir });
    const years = await second.db.selectFrom('workdaySchedule').select('year').execute();
    expect(years).toEqual([{ year: 2030 }]);
    await second.close();
  });

  it('takes over a lock left stale by a crashed process', async () => {
    const dataDir = freshFolder();
    const lock = path.join(dataDir, 'zhifa.lock');
    mkdirSync(lock);
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, longAgo, longAgo);
    const database = await openDatabase({ kind: 'embedded', dataDir });
    await database.close();
  });
});

describe('a second process on the same data folder', () => {
  it('is refused with the lock message and a non-zero exit', async () => {
    const { execFile } = await import('node:child_process');
    const { builtCli } = await import('../support/built-cli.js');
    const dataDir = freshFolder();
    const holder = await openDatabase({ kind: 'embedded', dataDir });
    try {
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = execFile(
          'node',
          [builtCli(), 'migrate', '--data-dir', dataDir],
          (error, _out, stderr) => resolve({ code: error ? (child.exitCode ?? 1) : 0, stderr }),
        );
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('正被另一个 zhifa 进程使用');
    } finally {
      await holder.close();
    }
  });
});
