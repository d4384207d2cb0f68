import type { Benchmark } from '../../domain/discretion/benchmark.js';
import { groupedBy, inForceOn, withDerivedEnds } from '../violation/version-periods.js';
import type { StoredBenchmark } from './benchmark.repository.js';

export type StoredBenchmarkVersion = Benchmark & { id: string; row: StoredBenchmark };

function toVersion(row: StoredBenchmark): StoredBenchmarkVersion {
  return {
    id: row.id,
    violationCode: row.violationCode,
    version: row.version,
    issuer: row.issuer,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    tiers: row.tiers,
    row,
  };
}

/**
 * Each row as a benchmark. A published version without an end of its own ends when the next
 * published version of its violation type starts; drafts keep the dates they were given.
 */
export function benchmarkVersions(rows: readonly StoredBenchmark[]): StoredBenchmarkVersion[] {
  const published = rows.filter((row) => row.publishedAt !== null);
  const ended = new Map(
    groupedBy(published.map(toVersion), (version) => version.violationCode)
      .flatMap((versions) => withDerivedEnds(versions))
      .map((version) => [version.id, version]),
  );
  return rows.map((row) => ended.get(row.id) ?? toVersion(row));
}

/** The published versions in force on `date`, one per violation type at most. */
export function benchmarksInForce(
  versions: readonly StoredBenchmarkVersion[],
  date: string,
): StoredBenchmarkVersion[] {
  const published = versions.filter((version) => version.row.publishedAt !== null);
  return groupedBy(published, (version) => version.violationCode).flatMap(
    (ofCode) => inForceOn(ofCode, date) ?? [],
  );
}
