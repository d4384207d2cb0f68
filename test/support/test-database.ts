import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPlatformDatabase } from '../../src/platform.js';
import type { Database } from '../../src/storage/database.js';

/**
 * Where the storage and API suites run: PGlite in memory by default, or a fresh database
 * on the PostgreSQL server named by ZHIFA_TEST_DATABASE_URL (CI sets it).
 */
export const testBackend = process.env.ZHIFA_TEST_DATABASE_URL ? 'postgres' : 'embedded';

export async function openTestDatabase(): Promise<Database> {
  const serverUrl = process.env.ZHIFA_TEST_DATABASE_URL;
  if (!serverUrl) {
    const templateFile = process.env.ZHIFA_TEST_PGLITE_TEMPLATE;
    return openPlatformDatabase({
      kind: 'embedded-memory',
      ...(templateFile ? { templateFile } : {}),
    });
  }
  const name = `zhifa_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPlatformDatabase({ kind: 'postgres', url: url.toString() });
  return {
    ...database,
    async close() {
      await database.close();
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
