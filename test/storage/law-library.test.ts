import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLawLibrary, shippedLawsDirectory } from '../../src/modules/law/law-library.js';
import {
  findCitedTexts,
  listLawsWithVersions,
  searchLaws,
} from '../../src/modules/law/law.repository.js';
import { restoreBackup, writeBackup } from '../../src/storage/backup.js';
import type { Database } from '../../src/storage/database.js';
import { openTestDatabase, testBackend } from '../support/test-database.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const shipped = shippedLawsDirectory();
const roadTransport = readFileSync(path.join(shipped, '道路运输条例(2023-07-20).md'), 'utf8');

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhifa-laws-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

async function articleCount(db: Database['db']): Promise<number> {
  const { n } = await db
    .selectFrom('lawArticle')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

const a63 = { law: '道路运输条例', article: 63, item: 1 };

describe(`loading the laws library (${testBackend})`, () => {
  it('loads nothing twice: the shipped files are already in the database', async () => {
    const before = await articleCount(database.db);
    expect(before).toBeGreaterThan(1000);
    expect(await loadLawLibrary(database.db, shipped)).toEqual([]);
    expect(await articleCount(database.db)).toBe(before);
  });

  it('行政处罚法第三十七条：a later version dropped into the folder applies from its date on', async () => {
    const amended = roadTransport.replace(
      '处3000元以上1万元以下的罚款',
      '处4321元以上9876元以下的罚款',
    );
    const dir = folderWith({ '道路运输条例(2030-01-01).md': amended, 'README.md': '# 说明' });
    expect(await loadLawLibrary(database.db, dir)).toEqual(['道路运输条例(2030-01-01).md']);

    const [before] = await findCitedTexts(database.db, [a63], '2029-12-31');
    const [after] = await findCitedTexts(database.db, [a63], '2030-01-01');
    expect(before).toMatchObject({ found: true, versionDate: '2023-07-20' });
    expect(before?.text).toContain('处3000元以上1万元以下的罚款');
    expect(after).toMatchObject({ found: true, versionDate: '2030-01-01' });
    expect(after?.text).toContain('处4321元以上9876元以下的罚款');

    const law = (await listLawsWithVersions(database.db)).find(
      (l) => l.shortTitle === '道路运输条例',
    );
    expect(law?.versions.map((v) => [v.versionDate, v.effectiveTo])).toEqual([
      ['2023-07-20', '2029-12-31'],
      ['2030-01-01', null],
    ]);
    const hits = await searchLaws(database.db, '4321元以上9876元', 10, '2030-06-01');
    expect(hits.map((hit) => hit.citationLabel)).toEqual(['《道路运输条例》第六十三条']);
    expect(await searchLaws(database.db, '4321元以上9876元', 10, '2029-06-01')).toEqual([]);
  });

  it('loads a local regulation without chapters and finds its words', async () => {
    const text =
      '# 示例市治理超限运输条例\n\n<!-- INFO END -->\n\n第一条 为了治理货车超限运输，制定本条例。\n\n第二条 本条例自公布之日起施行。\n';
    const dir = folderWith({ '示例市治理超限运输条例(2026-01-01).md': text });
    expect(await loadLawLibrary(database.db, dir)).toHaveLength(1);
    const laws = await listLawsWithVersions(database.db);
    expect(laws.find((law) => law.shortTitle === '示例市治理超限运输条例')?.kind).toBe(
      'localRegulation',
    );
    const hits = await searchLaws(database.db, '货车超限', 10, '2026-02-01');
    expect(hits.map((hit) => hit.citationLabel)).toEqual(['《示例市治理超限运输条例》第一条']);
  });

  it('refuses a changed text under a version already loaded, and leaves the library as it was', async () => {
    const before = await articleCount(database.db);
    const dir = folderWith({
      '道路运输条例(2023-07-20).md': `${roadTransport}\n第八十三条 多出的一条。\n`,
    });
    await expect(loadLawLibrary(database.db, dir)).rejects.toThrow(/已载入的文本不能替换/);
    expect(await articleCount(database.db)).toBe(before);
  });

  it('refuses to change a loaded article (append-only)', async () => {
    await expect(
      database.db.updateTable('lawArticle').set({ text: '改动' }).where('number', '=', 1).execute(),
    ).rejects.toThrow(/不能修改或删除/);
  });

  it('a restore replaces the library with the backup copy, and the next start adds nothing', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    await writeBackup(database.db, out);
    out.end();
    const target = await openTestDatabase();
    try {
      await restoreBackup(target.db, Readable.from([Buffer.concat(chunks).toString('utf8')]));
      expect(await articleCount(target.db)).toBe(await articleCount(database.db));
      expect(await loadLawLibrary(target.db, shipped)).toEqual([]);
      const [after] = await findCitedTexts(target.db, [a63], '2030-01-01');
      expect(after?.versionDate).toBe('2030-01-01');
    } finally {
      await target.close();
    }
  });
});
