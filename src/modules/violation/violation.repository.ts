import type { EnforcementCategory } from '../../domain/certificate.js';
import type { Benchmark } from '../../domain/discretion/benchmark.js';
import type { ViolationRule, ViolationType } from '../../domain/discretion/violation-type.js';
import type { Db } from '../../storage/database.js';
import { containsPattern } from '../../storage/like-pattern.js';
import type { ViolationRuleRow } from '../../storage/tables/discretion.js';
import { benchmarkVersions } from '../benchmark/benchmark-versions.js';
import { listBenchmarkRows } from '../benchmark/benchmark.repository.js';
import {
  entriesInForce,
  exemptionVersions,
  type StoredExemptionEntry,
} from '../exemption/exemption-versions.js';
import { listExemptionRows } from '../exemption/exemption.repository.js';
import { withDerivedEnds } from './version-periods.js';

export interface ViolationTypeFilter {
  category?: EnforcementCategory | undefined;
  q?: string | undefined;
}

export interface ViolationTypeRow {
  code: string;
  name: string;
  category: EnforcementCategory;
}

/** Catalogue entries, by code; `q` matches code or name. */
export async function listViolationTypeRows(
  db: Db,
  filter: ViolationTypeFilter,
): Promise<ViolationTypeRow[]> {
  let query = db.selectFrom('violationType').select(['code', 'name', 'category']);
  if (filter.category) query = query.where('category', '=', filter.category);
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    query = query.where((eb) => eb.or([eb('code', 'like', pattern), eb('name', 'like', pattern)]));
  }
  const rows = await query.orderBy('code').execute();
  return rows as ViolationTypeRow[];
}

export async function findViolationTypeRow(
  db: Db,
  code: string,
): Promise<ViolationTypeRow | undefined> {
  const row = await db
    .selectFrom('violationType')
    .select(['code', 'name', 'category'])
    .where('code', '=', code)
    .executeTakeFirst();
  return row as ViolationTypeRow | undefined;
}

/** The rule versions of the given types, each ending where the next begins unless stored. */
export async function ruleVersionsOf(
  db: Db,
  codes: readonly string[],
): Promise<Map<string, ViolationRuleRow[]>> {
  const byCode = new Map<string, ViolationRuleRow[]>(codes.map((code) => [code, []]));
  if (codes.length === 0) return byCode;
  const rows = await db
    .selectFrom('violationRule')
    .selectAll()
    .where('violationCode', 'in', codes)
    .orderBy('effectiveFrom')
    .execute();
  for (const row of rows) byCode.get(row.violationCode)?.push(row);
  for (const [code, versions] of byCode) byCode.set(code, withDerivedEnds(versions));
  return byCode;
}

export async function insertViolationType(trx: Db, values: ViolationTypeRow): Promise<void> {
  await trx.insertInto('violationType').values(values).execute();
}

export interface NewRuleRow {
  violationCode: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  rule: ViolationRule;
}

export async function insertViolationRule(trx: Db, values: NewRuleRow): Promise<string> {
  const row = await trx
    .insertInto('violationRule')
    .values({ ...values, rule: JSON.stringify(values.rule) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function ruleExistsFrom(
  trx: Db,
  code: string,
  effectiveFrom: string,
): Promise<boolean> {
  const row = await trx
    .selectFrom('violationRule')
    .select('id')
    .where('violationCode', '=', code)
    .where('effectiveFrom', '=', effectiveFrom)
    .executeTakeFirst();
  return row !== undefined;
}

/** A violation type with its rule versions; `ruleIds` maps a version's start to its row id. */
export type LoadedViolationType = ViolationType & { ruleIds: Record<string, string> };

function withRules(type: ViolationTypeRow, rows: readonly ViolationRuleRow[]): LoadedViolationType {
  return {
    ...type,
    rules: rows.map((row) => ({
      effectiveFrom: row.effectiveFrom,
      effectiveTo: row.effectiveTo,
      value: row.rule,
    })),
    ruleIds: Object.fromEntries(rows.map((row) => [row.effectiveFrom, row.id])),
  };
}

/** For the discretion engine: the type with every rule version, or undefined when unknown. */
export async function loadViolationType(
  db: Db,
  code: string,
): Promise<LoadedViolationType | undefined> {
  const type = await findViolationTypeRow(db, code);
  if (!type) return undefined;
  return withRules(type, (await ruleVersionsOf(db, [code])).get(code) ?? []);
}

/** The whole catalogue with every rule version, by code. */
export async function loadViolationTypes(db: Db): Promise<LoadedViolationType[]> {
  const types = await listViolationTypeRows(db, {});
  const rules = await ruleVersionsOf(
    db,
    types.map((type) => type.code),
  );
  return types.map((type) => withRules(type, rules.get(type.code) ?? []));
}

/** For the discretion engine: the published benchmark versions of a violation type. */
export async function publishedBenchmarks(
  db: Db,
  code: string,
): Promise<(Benchmark & { id: string })[]> {
  const rows = await listBenchmarkRows(db, { violationCode: code, publishedOnly: true });
  return benchmarkVersions(rows).map((version) => ({
    id: version.id,
    violationCode: version.violationCode,
    version: version.version,
    issuer: version.issuer,
    effectiveFrom: version.effectiveFrom,
    effectiveTo: version.effectiveTo,
    tiers: version.tiers,
  }));
}

/** For the discretion engine: the list entries in force on `onDate` that name the violation. */
export async function exemptionEntriesFor(
  db: Db,
  code: string,
  onDate: string,
): Promise<StoredExemptionEntry[]> {
  const versions = exemptionVersions(await listExemptionRows(db, { violationCode: code }));
  return entriesInForce(versions, onDate).filter((entry) => entry.violationCodes.includes(code));
}
