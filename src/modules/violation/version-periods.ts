import dayjs from 'dayjs';
import { versionInForce } from '../../domain/law/applicable-version.js';

interface Period {
  effectiveFrom: string;
  effectiveTo?: string | null;
}

/**
 * Versioned rows are append-only, so a version's last day cannot be written when a later one
 * is registered: it is derived here as the day before the next version starts, unless the
 * version was stored with an end of its own. `versions` in any order; the result is by start.
 */
export function withDerivedEnds<T extends Period>(versions: readonly T[]): T[] {
  const byStart = [...versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return byStart.map((version, index) => {
    const next = byStart[index + 1];
    if (version.effectiveTo != null || !next) return version;
    return { ...version, effectiveTo: dayBefore(next.effectiveFrom) };
  });
}

function dayBefore(date: string): string {
  return dayjs(date).subtract(1, 'day').format('YYYY-MM-DD');
}

/** The version in force on `date` (the latest start among those whose period covers it). */
export function inForceOn<T extends Period>(versions: readonly T[], date: string): T | null {
  return (
    versionInForce(
      versions.map((version) => ({ ...version, value: version })),
      date,
    )?.value ?? null
  );
}

/** Items in groups of one key, groups in the order their first item comes. */
export function groupedBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return [...groups.values()];
}
