import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { setTimeout as delay } from 'node:timers/promises';
import { openTestDatabase } from '../support/test-database.js';

describe('PGlite on a worker thread', () => {
  it('keeps the event loop free while a slow query runs', async () => {
    const database = await openTestDatabase();
    try {
      const slowQuery = sql`select pg_sleep(1.5)`.execute(database.db).then(() => 'query');
      const timer = delay(100).then(() => 'timer');
      // On the main thread, PGlite would block the loop and the query would win the race.
      expect(await Promise.race([slowQuery, timer])).toBe('timer');
      expect(await slowQuery).toBe('query');
    } finally {
      await database.close();
    }
  });

  it('survives a failed statement and rolls back a failed transaction', async () => {
    const database = await openTestDatabase();
    try {
      await expect(sql`select * from no_such_table`.execute(database.db)).rejects.toMatchObject({
        code: '42P01',
      });
      await expect(
        database.db.transaction().execute(async (trx) => {
          await trx
            .insertInto('workdaySchedule')
            .values({
              year: 2030,
              holidays: '[]',
              makeupWorkdays: '[]',
              source: 'admin',
            })
            .execute();
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      const rows = await database.db
        .selectFrom('workdaySchedule')
        .select('year')
        .where('year', '=', 2030)
        .execute();
      expect(rows).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
