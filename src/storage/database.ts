import path from 'node:path';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataFolder } from './data-folder-lock.js';
import { migrateToLatest } from './migrations.js';
import { createPglitePool, PgliteThread } from './pglite-thread.js';
import type { Tables } from './tables.js';

export type Db = Kysely<Tables>;

export type DatabaseTarget =
  | { kind: 'embedded'; dataDir: string }
  | { kind: 'embedded-memory'; templateFile?: string }
  | { kind: 'postgres'; url: string };

export interface Database {
  db: Db;
  target: DatabaseTarget;
  close(): Promise<void>;
}

const PG_DATE_OID = 1082;
const PG_INT8_OID = 20;
// Calendar dates stay 'YYYY-MM-DD' strings: a Date would shift them by the server's zone.
pg.types.setTypeParser(PG_DATE_OID, (value) => value);
pg.types.setTypeParser(PG_INT8_OID, (value) => {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) throw new RangeError(`int8 out of safe range: ${value}`);
  return parsed;
});

export function describeTarget(target: DatabaseTarget): string {
  switch (target.kind) {
    case 'embedded':
      return `内嵌数据库 PGlite（${path.resolve(target.dataDir)}）`;
    case 'embedded-memory':
      return '内嵌数据库 PGlite（内存）';
    case 'postgres':
      return `PostgreSQL（${new URL(target.url).host}）`;
  }
}

/** Opens the database, takes the data-folder lock when embedded, and applies migrations. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  const opened = await openPool(target);
  const db = new Kysely<Tables>({
    dialect: new PostgresDialect({ pool: opened.pool }),
    plugins: [new CamelCasePlugin()],
  });
  try {
    await migrateToLatest(db as Kysely<unknown>);
  } catch (error) {
    await db.destroy();
    await opened.release();
    throw error;
  }
  return {
    db,
    target,
    async close() {
      await db.destroy();
      await opened.release();
    },
  };
}

async function openPool(target: DatabaseTarget): Promise<{
  pool: pg.Pool;
  release: () => Promise<void>;
}> {
  if (target.kind === 'postgres') {
    return { pool: new pg.Pool({ connectionString: target.url }), release: async () => {} };
  }
  const unlock = target.kind === 'embedded' ? await lockDataFolder(target.dataDir) : null;
  const thread =
    target.kind === 'embedded'
      ? new PgliteThread(target.dataDir)
      : new PgliteThread('memory://', target.templateFile);
  try {
    await thread.waitReady;
  } catch (error) {
    await unlock?.();
    throw error;
  }
  return {
    pool: createPglitePool(thread),
    async release() {
      await thread.close();
      await unlock?.();
    },
  };
}
