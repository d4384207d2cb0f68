import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { packageRoot } from './package-root.js';

/**
 * The ordered list of migrations. Each is a plain SQL file in /migrations, frozen once
 * released, and runs unchanged on PGlite and PostgreSQL 15+.
 */
export const migrationNames = [
  '2026-11-22-01-foundation',
  '2026-11-22-02-leads-and-filing',
  '2026-11-22-03-evidence',
  '2026-11-22-04-investigation',
  '2026-11-22-05-review-and-decision',
  '2026-11-22-06-service-and-execution',
  '2026-11-22-07-summary-and-transfer',
  '2026-11-22-08-document-templates',
  '2026-12-04-01-law-library',
  '2026-12-04-02-discretion',
  '2026-12-05-01-off-site',
] as const;

const sqlFileProvider: MigrationProvider = {
  async getMigrations() {
    const entries = migrationNames.map((name): [string, Migration] => [
      name,
      {
        async up(db: Kysely<unknown>) {
          const file = path.join(packageRoot(), 'migrations', `${name}.sql`);
          await sql.raw(await readFile(file, 'utf8')).execute(db);
        },
      },
    ]);
    return Object.fromEntries(entries);
  },
};

export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider: sqlFileProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(`数据库迁移失败${failed ? `（${failed}）` : ''}：${String(error)}`, {
      cause: error,
    });
  }
}

/** Names of the migrations applied to this database, oldest first. */
export async function appliedMigrations(db: Kysely<unknown>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select name from kysely_migration order by timestamp, name`.execute(db);
  return rows.map((row) => row.name);
}
