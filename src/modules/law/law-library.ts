import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isStatuteFileName, parseStatute } from '../../domain/law/statute.js';
import type { Db } from '../../storage/database.js';
import { packageRoot } from '../../storage/package-root.js';
import {
  insertStatute,
  listLoadedVersions,
  refreshArticleStatistics,
  type LoadedVersion,
} from './law.repository.js';

/** The statute texts shipped with zhifa; a province adds its own files here. */
export function shippedLawsDirectory(): string {
  return path.join(packageRoot(), 'laws');
}

/** What the loaded library is made of, from the package root: the shipped texts and the code
 * that turns them into rows (the test template is rebuilt when one changes). */
export function lawLibrarySources(): string[] {
  const texts = readdirSync(shippedLawsDirectory()).filter(isStatuteFileName).sort();
  return [
    'src/domain/law/statute.ts',
    'src/domain/law/law-search.ts',
    ...texts.map((fileName) => `laws/${fileName}`),
  ];
}

/**
 * Loads every `<简称>(<YYYY-MM-DD>).md` in `dir` not yet in the database, one transaction per
 * file. A file already loaded (same sha256) is skipped, so this runs at every start and after
 * a restore. A changed text under a version already loaded is refused: decisions may have
 * cited the loaded words, so a corrected text must come as a new version. Returns the files
 * loaded now.
 */
export async function loadLawLibrary(db: Db, dir: string): Promise<string[]> {
  const fileNames = (await readdir(dir)).filter(isStatuteFileName).sort();
  const loaded = await listLoadedVersions(db);
  const loadedNow: string[] = [];
  for (const fileName of fileNames) {
    const markdown = await readFile(path.join(dir, fileName), 'utf8');
    const sha256 = createHash('sha256').update(markdown).digest('hex');
    if (loaded.some((version) => version.sourceSha256 === sha256)) continue;
    const statute = parseStatute(fileName, markdown);
    assertNotReplacing(loaded, statute.shortTitle, statute.versionDate, fileName);
    await db.transaction().execute((trx) => insertStatute(trx, statute, { fileName, sha256 }));
    loadedNow.push(fileName);
  }
  if (loadedNow.length > 0) await refreshArticleStatistics(db);
  return loadedNow;
}

function assertNotReplacing(
  loaded: LoadedVersion[],
  shortTitle: string,
  versionDate: string,
  fileName: string,
): void {
  if (loaded.some((each) => each.shortTitle === shortTitle && each.versionDate === versionDate)) {
    throw new Error(
      `法规文件「${fileName}」与已载入的${shortTitle}（${versionDate}）文本不同。已载入的文本不能替换：请恢复原文件，或将修订后的文本以新的版本日期另存`,
    );
  }
}
