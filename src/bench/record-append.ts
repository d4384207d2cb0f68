import { sql } from 'kysely';
import { systemActor } from '../domain/actor.js';
import { appendRecord } from '../modules/record/record.repository.js';
import { openPlatformDatabase } from '../platform.js';
import type { BenchResult } from './report.js';

const COUNT = 2_000;

/**
 * Appending to the hash chain (advisory lock, read of the last hash, two sha256) next to a
 * plain insert of the same row into an unchained table, one transaction per row as in use.
 */
export async function recordAppendBench(): Promise<BenchResult[]> {
  const database = await openPlatformDatabase({ kind: 'embedded-memory' });
  const { db } = database;
  await sql`create table bench_plain (like record_log including defaults)`.execute(db);
  const entry = (i: number) => ({
    agencyId: null,
    objectType: 'officer' as const,
    objectId: String(i),
    action: 'update',
    change: { phone: `139${i}`, name: '王伟' },
  });

  let started = performance.now();
  for (let i = 0; i < COUNT; i += 1) {
    await db.transaction().execute((trx) => appendRecord(trx, systemActor, entry(i)));
  }
  const chained = (COUNT / (performance.now() - started)) * 1000;

  started = performance.now();
  for (let i = 0; i < COUNT; i += 1) {
    await db.transaction().execute((trx) =>
      sql`insert into bench_plain (seq, at, actor_name, object_type, object_id, action, change,
            change_digest, prev_hash, hash)
          values (${i}, now(), '系统', 'officer', ${String(i)}, 'update', ${JSON.stringify(entry(i).change)},
            '', '', ${String(i)})`.execute(trx),
    );
  }
  const plain = (COUNT / (performance.now() - started)) * 1000;
  await database.close();
  return [
    {
      name: 'record-append',
      value: Math.round(chained),
      unit: 'rows/s',
      baseline: Math.round(plain),
      baselineLabel: '同一事务粒度的普通插入',
    },
  ];
}
