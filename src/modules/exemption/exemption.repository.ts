import { sql } from 'kysely';
import type { ExemptionEntry } from '../../domain/discretion/exemption-list.js';
import type { Db } from '../../storage/database.js';
import type { ExemptionEntryRow } from '../../storage/tables/discretion.js';

export interface ExemptionFilter {
  violationCode?: string | undefined;
  list?: ExemptionEntryRow['list'] | undefined;
}

/** Every version of the entries that match, ordered by entry code, then version. */
export async function listExemptionRows(
  db: Db,
  filter: ExemptionFilter,
): Promise<ExemptionEntryRow[]> {
  let query = db.selectFrom('exemptionEntry').selectAll();
  if (filter.list) query = query.where('list', '=', filter.list);
  if (filter.violationCode) {
    // Any version naming the code brings in its entry, so that its version history stays whole.
    const codes = db
      .selectFrom('exemptionEntry')
      .select('code')
      .where(sql<boolean>`entry -> 'violationCodes' ? ${filter.violationCode}`);
    query = query.where('code', 'in', codes);
  }
  return query.orderBy('code').orderBy('version').execute();
}

export async function lockExemptionVersions(trx: Db, code: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`exemption_entry:${code}`}))`.execute(trx);
}

export async function highestExemptionVersion(trx: Db, code: string): Promise<number> {
  const row = await trx
    .selectFrom('exemptionEntry')
    .select((eb) => eb.fn.max('version').as('highest'))
    .where('code', '=', code)
    .executeTakeFirst();
  return row?.highest ?? 0;
}

export interface NewExemptionRow {
  version: number;
  entry: ExemptionEntry;
  effectiveFrom: string;
  effectiveTo: string | null;
  createdBy: string | null;
}

export async function insertExemptionEntry(
  trx: Db,
  values: NewExemptionRow,
): Promise<ExemptionEntryRow> {
  return trx
    .insertInto('exemptionEntry')
    .values({
      code: values.entry.code,
      list: values.entry.list,
      version: values.version,
      entry: JSON.stringify(values.entry),
      effectiveFrom: values.effectiveFrom,
      effectiveTo: values.effectiveTo,
      createdBy: values.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
