import type { ExemptionEntry } from '../../domain/discretion/exemption-list.js';
import type { ExemptionEntryRow } from '../../storage/tables/discretion.js';
import { groupedBy, inForceOn, withDerivedEnds } from '../violation/version-periods.js';

export type StoredExemptionEntry = ExemptionEntry & {
  id: string;
  version: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  createdAt: Date;
};

function toEntry(row: ExemptionEntryRow): StoredExemptionEntry {
  return {
    ...row.entry,
    id: row.id,
    version: row.version,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    createdAt: row.createdAt,
  };
}

/** Every version, each ending when the next version of its entry starts unless stored otherwise. */
export function exemptionVersions(rows: readonly ExemptionEntryRow[]): StoredExemptionEntry[] {
  return groupedBy(rows.map(toEntry), (entry) => entry.code).flatMap((versions) =>
    withDerivedEnds(versions),
  );
}

/** Of each entry, the version in force on `date`, if any. */
export function entriesInForce(
  versions: readonly StoredExemptionEntry[],
  date: string,
): StoredExemptionEntry[] {
  return groupedBy(versions, (entry) => entry.code).flatMap(
    (ofCode) => inForceOn(ofCode, date) ?? [],
  );
}
