import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { loadConfig } from '../../src/config.js';
import { seedDemoOrganisation } from '../../src/demo/demo-organisation.js';
import { verifyRecordChain } from '../../src/modules/record/record.service.js';
import type { Database } from '../../src/storage/database.js';
import { openTestDatabase, testBackend } from '../support/test-database.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoOrganisation(database.db, loadConfig({}));
});
afterAll(() => database.close());

async function middleSeq(): Promise<number> {
  const { count } = await database.db
    .selectFrom('recordLog')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Math.floor(Number(count) / 2);
}

/** What a person with database access could do: switch the guard off and edit. */
async function tamper(statement: ReturnType<typeof sql>) {
  await database.db.transaction().execute(async (trx) => {
    await sql`alter table record_log disable trigger record_log_no_update_delete`.execute(trx);
    await statement.execute(trx);
    await sql`alter table record_log enable trigger record_log_no_update_delete`.execute(trx);
  });
}

describe(`全过程记录 in the database (${testBackend})`, () => {
  it('records every act of the demo seeding in an intact chain', async () => {
    const result = await verifyRecordChain(database.db);
    expect(result).toMatchObject({ ok: true, firstBrokenSeq: null });
    expect(result.checked).toBeGreaterThan(80);
  });

  it.each([
    ['UPDATE', sql`update record_log set action = 'x' where seq = 1`],
    ['DELETE', sql`delete from record_log where seq = 1`],
    ['TRUNCATE', sql`truncate record_log`],
  ])('the database itself refuses %s', async (_verb, statement) => {
    await expect(statement.execute(database.db)).rejects.toMatchObject({ code: 'ZF001' });
  });

  it('names the first row edited directly in the database', async () => {
    const seq = await middleSeq();
    await tamper(sql`update record_log set change = '{"name":"篡改"}' where seq = ${seq}`);
    expect(await verifyRecordChain(database.db)).toMatchObject({
      ok: false,
      firstBrokenSeq: seq,
      checked: seq - 1,
      reason: expect.stringContaining('变更内容'),
    });
  });
});
