import { sql } from 'kysely';
import type { Tier } from '../../domain/discretion/benchmark.js';
import type { Db } from '../../storage/database.js';

/** Benchmark rows with their violation type's name and the registering user's name. */
function benchmarksWithNames(db: Db) {
  return db
    .selectFrom('benchmark')
    .innerJoin('violationType', 'violationType.code', 'benchmark.violationCode')
    .leftJoin('appUser', 'appUser.id', 'benchmark.createdBy')
    .selectAll('benchmark')
    .select(['violationType.name as violationName', 'appUser.displayName as createdByName']);
}

export type StoredBenchmark = Awaited<
  ReturnType<ReturnType<typeof benchmarksWithNames>['executeTakeFirstOrThrow']>
>;

export interface BenchmarkFilter {
  violationCode?: string | undefined;
  publishedOnly?: boolean;
}

/** Ordered by violation code, then version. */
export async function listBenchmarkRows(
  db: Db,
  filter: BenchmarkFilter,
): Promise<StoredBenchmark[]> {
  let query = benchmarksWithNames(db);
  if (filter.violationCode)
    query = query.where('benchmark.violationCode', '=', filter.violationCode);
  if (filter.publishedOnly) query = query.where('benchmark.publishedAt', 'is not', null);
  return query.orderBy('benchmark.violationCode').orderBy('benchmark.version').execute();
}

export async function findBenchmarkRow(db: Db, id: string): Promise<StoredBenchmark | undefined> {
  return benchmarksWithNames(db).where('benchmark.id', '=', id).executeTakeFirst();
}

/** A transaction-wide lock per violation code, so two writers never take one version number. */
export async function lockBenchmarkVersions(trx: Db, violationCode: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`benchmark:${violationCode}`}))`.execute(trx);
}

export async function highestBenchmarkVersion(trx: Db, violationCode: string): Promise<number> {
  const row = await trx
    .selectFrom('benchmark')
    .select((eb) => eb.fn.max('version').as('highest'))
    .where('violationCode', '=', violationCode)
    .executeTakeFirst();
  return row?.highest ?? 0;
}

export interface NewBenchmarkRow {
  violationCode: string;
  version: number;
  issuer: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  tiers: readonly Tier[];
  publishedAt: Date | null;
  createdBy: string | null;
}

export async function insertBenchmark(trx: Db, values: NewBenchmarkRow): Promise<string> {
  const row = await trx
    .insertInto('benchmark')
    .values({ ...values, tiers: JSON.stringify(values.tiers) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Sets `published_at` once; false when the version was published already. */
export async function markPublished(trx: Db, id: string, at: Date): Promise<boolean> {
  const result = await trx
    .updateTable('benchmark')
    .set({ publishedAt: at })
    .where('id', '=', id)
    .where('publishedAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
