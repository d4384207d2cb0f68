import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import { loadReferenceData, referenceDataSources } from '../../src/platform.js';
import { migrateToLatest, migrationNames } from '../../src/storage/migrations.js';
import { packageRoot } from '../../src/storage/package-root.js';
import { createPglitePool } from '../../src/storage/pglite-thread.js';
import type { Tables } from '../../src/storage/tables.js';

/**
 * Builds, once per set of migrations, a migrated PGlite data folder that every embedded
 * test database starts from: a fresh PGlite spends ~10 s in initdb, a copy ~1 s.
 */
export default async function buildPgliteTemplate(): Promise<void> {
  const root = packageRoot();
  const fingerprint = createHash('sha256');
  for (const name of migrationNames) {
    fingerprint.update(readFileSync(path.join(root, 'migrations', `${name}.sql`)));
  }
  for (const source of referenceDataSources)
    fingerprint.update(readFileSync(path.join(root, source)));
  const folder = path.join(root, '.zhifa-test');
  const file = path.join(folder, `pglite-${fingerprint.digest('hex').slice(0, 16)}.tar.gz`);
  process.env.ZHIFA_TEST_PGLITE_TEMPLATE = file;
  if (existsSync(file)) return;

  const pglite = await PGlite.create('memory://');
  const db = new Kysely<Tables>({
    dialect: new PostgresDialect({ pool: createPglitePool(pglite) }),
    plugins: [new CamelCasePlugin()],
  });
  await migrateToLatest(db as Kysely<unknown>);
  await loadReferenceData(db);
  await db.destroy();
  const dump = await pglite.dumpDataDir('gzip');
  await pglite.close();
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
}
