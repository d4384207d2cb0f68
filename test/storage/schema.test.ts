import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Database } from '../../src/storage/database.js';
import { backupTables, tablesLeftOutOfBackup } from '../../src/storage/backup.js';
import { openTestDatabase, testBackend } from '../support/test-database.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe(`schema (${testBackend})`, () => {
  it('pins every text column to the C collation, so ordering is the same on both backends', async () => {
    const { rows } = await sql<{
      tableName: string;
      columnName: string;
      collationName: string | null;
    }>`
      select c.table_name, c.column_name, c.collation_name
      from information_schema.columns c
      where c.table_schema = 'public' and c.table_name not like 'kysely_%'
        and (c.data_type in ('text', 'character varying') or c.udt_name in ('_text', '_varchar'))
    `.execute(database.db);
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((row) => row.collationName !== 'C')).toEqual([]);
  });

  it('orders Chinese and Latin names by code point', async () => {
    const names = ['清水县', 'b', 'A', '云溪县', '石门县', 'a'];
    for (const [i, name] of names.entries()) {
      await database.db
        .insertInto('agency')
        .values({
          id: `00000000-0000-4000-8000-00000000000${i}`,
          parentId: null,
          path: `/${i}/`,
          name,
          shortName: name,
          kind: 'city',
          regionCode: '439900',
        })
        .execute();
    }
    const ordered = await database.db.selectFrom('agency').select('name').orderBy('name').execute();
    expect(ordered.map((row) => row.name)).toEqual(['A', 'a', 'b', '云溪县', '清水县', '石门县']);
  });

  it('backs up every table except the ones deliberately left out', async () => {
    // Monthly partitions of `detection` are backed up through their parent.
    const { rows } = await sql<{ tableName: string }>`
      select relname as table_name from pg_class
      where relnamespace = 'public'::regnamespace and relkind in ('r', 'p')
        and not relispartition and relname not like 'kysely_%'`.execute(database.db);
    const covered = [...backupTables.map((entry) => entry.table), ...tablesLeftOutOfBackup];
    expect(rows.map((row) => row.tableName).sort()).toEqual(covered.sort());
  });
});
