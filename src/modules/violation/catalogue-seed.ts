import { seedBenchmarks } from '../../domain/discretion/seed/benchmarks.js';
import { seedExemptionEntries } from '../../domain/discretion/seed/exemption-entries.js';
import { seedViolationTypes } from '../../domain/discretion/seed/violation-types.js';
import type { ViolationType } from '../../domain/discretion/violation-type.js';
import type { Db } from '../../storage/database.js';
import { insertBenchmark } from '../benchmark/benchmark.repository.js';
import { insertExemptionEntry } from '../exemption/exemption.repository.js';
import { insertViolationRule, insertViolationType } from './violation.repository.js';

/** The files the shipped catalogue is made from (see `referenceDataSources`). */
export const catalogueSeedSources = [
  'src/domain/discretion/seed/violation-types.ts',
  'src/domain/discretion/seed/benchmarks.ts',
  'src/domain/discretion/seed/exemption-entries.ts',
  'src/domain/discretion/seed/seed-blocks.ts',
  'src/domain/discretion/fine-range.ts',
  'src/modules/violation/catalogue-seed.ts',
];

/**
 * 首违不罚 and the other lists rest on 行政处罚法第三十三条 as revised, in force from this day;
 * the shipped entries apply from it.
 */
const SEED_LISTS_FROM = '2021-07-15';

async function insertSeedType(trx: Db, type: ViolationType, publishedAt: Date): Promise<void> {
  await insertViolationType(trx, { code: type.code, name: type.name, category: type.category });
  for (const rule of type.rules) {
    await insertViolationRule(trx, {
      violationCode: type.code,
      effectiveFrom: rule.effectiveFrom,
      effectiveTo: rule.effectiveTo ?? null,
      rule: rule.value,
    });
  }
  for (const benchmark of seedBenchmarks.filter((b) => b.violationCode === type.code)) {
    await insertBenchmark(trx, {
      ...benchmark,
      effectiveTo: benchmark.effectiveTo ?? null,
      publishedAt,
      createdBy: null,
    });
  }
}

/**
 * Loads the shipped 违法行为目录, its example benchmarks (published at once) and the 不予/从轻/
 * 减轻 list entries, skipping every type and entry whose code is already there: a province's
 * own versions are never overwritten, and a second start adds nothing.
 */
export async function seedCatalogue(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const typeCodes = await trx.selectFrom('violationType').select('code').execute();
    const knownTypes = new Set(typeCodes.map((row) => row.code));
    const publishedAt = new Date();
    for (const type of seedViolationTypes.filter((t) => !knownTypes.has(t.code))) {
      await insertSeedType(trx, type, publishedAt);
    }
    const entryCodes = await trx.selectFrom('exemptionEntry').select('code').execute();
    const knownEntries = new Set(entryCodes.map((row) => row.code));
    for (const entry of seedExemptionEntries.filter((e) => !knownEntries.has(e.code))) {
      await insertExemptionEntry(trx, {
        version: 1,
        entry,
        effectiveFrom: SEED_LISTS_FROM,
        effectiveTo: null,
        createdBy: null,
      });
    }
  });
}
