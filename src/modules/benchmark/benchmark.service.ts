import { randomUUID } from 'node:crypto';
import { AppError, assertNever, type FieldIssue } from '../../domain/app-error.js';
import { chinaDate } from '../../domain/china-date.js';
import type { Benchmark, Tier } from '../../domain/discretion/benchmark.js';
import { benchmarkViolations } from '../../domain/discretion/benchmark-check.js';
import { describeCondition } from '../../domain/discretion/condition-text.js';
import { describePenaltySpec } from '../../domain/discretion/penalty-text.js';
import { formatCitation } from '../../domain/law/citation.js';
import { assertAllowed } from '../../domain/permission.js';
import type { Db } from '../../storage/database.js';
import type { ServiceContext } from '../context.js';
import { rejectIfAny, type RowIssue } from '../import/row-check.js';
import {
  readSheet,
  writeSheet,
  type Column,
  type SheetFile,
  type SheetRow,
} from '../import/sheet.js';
import { found } from '../not-found.js';
import { appendRecord } from '../record/record.repository.js';
import { inForceOn } from '../violation/version-periods.js';
import {
  findViolationTypeRow,
  loadViolationTypes,
  ruleVersionsOf,
} from '../violation/violation.repository.js';
import { benchmarkColumns, readBenchmarkSheet, writeBenchmarkSheet } from './benchmark-sheet.js';
import {
  benchmarksInForce,
  benchmarkVersions,
  type StoredBenchmarkVersion,
} from './benchmark-versions.js';
import {
  findBenchmarkRow,
  highestBenchmarkVersion,
  insertBenchmark,
  listBenchmarkRows,
  lockBenchmarkVersions,
  markPublished,
} from './benchmark.repository.js';
import type {
  BenchmarkListQuery,
  BenchmarkView,
  NewBenchmark,
  PublicBenchmark,
  PublicBenchmarks,
} from './benchmark.schemas.js';

function tierView(tier: Tier) {
  return {
    ...tier,
    conditionText: describeCondition(tier.when),
    penaltyText: describePenaltySpec(tier.penalty),
  };
}

export function toBenchmarkView(version: StoredBenchmarkVersion, inForce: boolean): BenchmarkView {
  const { row } = version;
  return {
    id: version.id,
    violationCode: version.violationCode,
    violationName: row.violationName,
    version: version.version,
    issuer: version.issuer,
    effectiveFrom: version.effectiveFrom,
    effectiveTo: version.effectiveTo ?? null,
    status: row.publishedAt ? 'published' : 'draft',
    inForce,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdBy: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    tiers: version.tiers.map(tierView),
  };
}

/** Versions of the benchmarks that match, with derived ends and whether each is in force. */
async function benchmarkViews(db: Db, violationCode?: string): Promise<BenchmarkView[]> {
  const versions = benchmarkVersions(await listBenchmarkRows(db, { violationCode }));
  const inForce = new Set(benchmarksInForce(versions, chinaDate()).map((version) => version.id));
  return versions.map((version) => toBenchmarkView(version, inForce.has(version.id)));
}

export async function listBenchmarks(
  ctx: ServiceContext,
  query: BenchmarkListQuery,
): Promise<BenchmarkView[]> {
  assertAllowed(ctx.actor.roles, 'catalogue.read');
  const views = await benchmarkViews(ctx.db, query.violationCode);
  switch (query.status) {
    case undefined:
      return views;
    case 'inForce':
      return views.filter((view) => view.inForce);
    case 'draft':
    case 'published':
      return views.filter((view) => view.status === query.status);
    default:
      return assertNever(query.status);
  }
}

async function benchmarkView(db: Db, id: string): Promise<BenchmarkView> {
  const row = found(await findBenchmarkRow(db, id), '裁量基准');
  const views = await benchmarkViews(db, row.violationCode);
  return found(
    views.find((view) => view.id === id),
    '裁量基准',
  );
}

export async function getBenchmark(ctx: ServiceContext, id: string): Promise<BenchmarkView> {
  assertAllowed(ctx.actor.roles, 'catalogue.read');
  return benchmarkView(ctx.db, id);
}

/** A benchmark before it is numbered: what a form or a sheet gives. */
export type BenchmarkDraft = Omit<Benchmark, 'version'>;

/**
 * The refusals of a draft: an unknown violation type, or tiers the rule in force on its first
 * day does not allow (行政处罚法第三十四条). Paths name the tier (`tiers.1`).
 */
export async function draftIssues(db: Db, draft: BenchmarkDraft): Promise<FieldIssue[]> {
  if (!(await findViolationTypeRow(db, draft.violationCode))) {
    return [
      {
        path: 'violationCode',
        message: `目录中没有编码为 ${draft.violationCode} 的违法行为，请先登记该违法行为`,
      },
    ];
  }
  const versions = (await ruleVersionsOf(db, [draft.violationCode])).get(draft.violationCode);
  const rule = inForceOn(versions ?? [], draft.effectiveFrom)?.rule ?? null;
  return benchmarkViolations(draft.tiers, rule, draft.effectiveFrom).map((violation) => ({
    path: violation.tierIndex === null ? 'effectiveFrom' : `tiers.${violation.tierIndex}`,
    message: violation.message,
  }));
}

/** Registers the draft as the next version of its violation type; unpublished until published. */
export async function insertBenchmarkDraft(
  trx: Db,
  ctx: ServiceContext,
  draft: BenchmarkDraft,
): Promise<string> {
  await lockBenchmarkVersions(trx, draft.violationCode);
  const version = (await highestBenchmarkVersion(trx, draft.violationCode)) + 1;
  const id = await insertBenchmark(trx, {
    violationCode: draft.violationCode,
    version,
    issuer: draft.issuer,
    effectiveFrom: draft.effectiveFrom,
    effectiveTo: draft.effectiveTo ?? null,
    tiers: draft.tiers,
    publishedAt: null,
    createdBy: ctx.actor.userId,
  });
  await appendRecord(trx, ctx.actor, {
    agencyId: ctx.actor.agencyId,
    objectType: 'benchmark',
    objectId: id,
    action: 'createBenchmark',
    change: { ...draft, version },
  });
  return id;
}

export async function createBenchmark(
  ctx: ServiceContext,
  input: NewBenchmark,
): Promise<BenchmarkView> {
  assertAllowed(ctx.actor.roles, 'catalogue.manage');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const issues = await draftIssues(trx, input);
    if (issues.length > 0) {
      throw new AppError('RULE_VIOLATED', issues.map((issue) => issue.message).join('\n'), issues);
    }
    return insertBenchmarkDraft(trx, ctx, input);
  });
  return benchmarkView(ctx.db, id);
}

/** 发布: from now on the version is applied to cases and shown to the public (第三十四条). */
export async function publishBenchmark(ctx: ServiceContext, id: string): Promise<BenchmarkView> {
  assertAllowed(ctx.actor.roles, 'catalogue.manage');
  await ctx.db.transaction().execute(async (trx) => {
    const row = found(await findBenchmarkRow(trx, id), '裁量基准');
    if (!(await markPublished(trx, id, new Date()))) {
      throw new AppError('CONFLICT', `第${row.version}版已经发布，不能重复发布`);
    }
    await appendRecord(trx, ctx.actor, {
      agencyId: ctx.actor.agencyId,
      objectType: 'benchmark',
      objectId: id,
      action: 'publishBenchmark',
      change: { violationCode: row.violationCode, version: row.version },
    });
  });
  return benchmarkView(ctx.db, id);
}

/**
 * 公开的裁量基准: the published versions in force on `onDate`, with the citations of the rule
 * in force that day; only what the public may read.
 */
export async function publicBenchmarks(db: Db, onDate: string): Promise<PublicBenchmarks> {
  const versions = benchmarkVersions(await listBenchmarkRows(db, { publishedOnly: true }));
  const inForce = benchmarksInForce(versions, onDate);
  const rules = await ruleVersionsOf(
    db,
    inForce.map((version) => version.violationCode),
  );
  const items = inForce.map((version): PublicBenchmark => {
    const rule = inForceOn(rules.get(version.violationCode) ?? [], onDate)?.rule;
    return {
      violationCode: version.violationCode,
      violationName: version.row.violationName,
      violated: (rule?.violated ?? []).map(formatCitation),
      penaltyBasis: (rule?.penaltyBasis ?? []).map(formatCitation),
      version: version.version,
      issuer: version.issuer,
      effectiveFrom: version.effectiveFrom,
      effectiveTo: version.effectiveTo ?? null,
      tiers: version.tiers.map(({ name, circumstance, when, penalty }) => ({
        name,
        circumstance,
        conditionText: describeCondition(when),
        penaltyText: describePenaltySpec(penalty),
      })),
    };
  });
  return { onDate, items };
}

/** The benchmarks that match, as the sheet provinces publish them (one row per tier). */
export async function exportBenchmarks(
  ctx: ServiceContext,
  query: BenchmarkListQuery,
): Promise<SheetFile> {
  const views = await listBenchmarks(ctx, query);
  const catalogue = new Map((await loadViolationTypes(ctx.db)).map((type) => [type.code, type]));
  const entries = views.flatMap((view) => {
    const violation = catalogue.get(view.violationCode);
    return violation ? [{ benchmark: benchmarkOf(view), violation }] : [];
  });
  return { fileName: `裁量基准-${chinaDate()}.xlsx`, content: await writeBenchmarkSheet(entries) };
}

function benchmarkOf(view: BenchmarkView): Benchmark {
  return {
    violationCode: view.violationCode,
    version: view.version,
    issuer: view.issuer,
    effectiveFrom: view.effectiveFrom,
    effectiveTo: view.effectiveTo,
    tiers: view.tiers.map(({ name, circumstance, when, penalty }) => ({
      name,
      circumstance,
      when,
      penalty,
    })),
  };
}

/** The sheet a province fills in: the headers and one example row. */
export async function benchmarkTemplate(ctx: ServiceContext): Promise<SheetFile> {
  assertAllowed(ctx.actor.roles, 'catalogue.read');
  const columns = Object.values(benchmarkColumns);
  const content = await writeSheet(
    '裁量基准',
    columns.map((column) => column.header),
    [columns.map((column) => column.example)],
  );
  return { fileName: '裁量基准导入模板.xlsx', content };
}

/**
 * The sheet's row a tier came from: tier names are unique within a benchmark, and a row names
 * its violation by code or, without a code, by name.
 */
function tierRowNumber(
  rows: readonly SheetRow[],
  draft: Benchmark,
  violationName: string,
  tier: Tier,
): number {
  const cell = (row: SheetRow, column: Column) => row.cells[column.header] ?? '';
  const namesViolation = (row: SheetRow) => {
    const code = cell(row, benchmarkColumns.violationCode);
    return code
      ? code === draft.violationCode
      : cell(row, benchmarkColumns.violationName) === violationName;
  };
  const row = rows.find(
    (candidate) =>
      namesViolation(candidate) &&
      cell(candidate, benchmarkColumns.version) === String(draft.version) &&
      cell(candidate, benchmarkColumns.tierName) === tier.name,
  );
  return row?.rowNumber ?? 0;
}

async function sheetIssues(
  db: Db,
  rows: readonly SheetRow[],
  drafts: readonly Benchmark[],
  names: ReadonlyMap<string, string>,
): Promise<RowIssue[]> {
  const issues: RowIssue[] = [];
  for (const draft of drafts) {
    const name = names.get(draft.violationCode) ?? '';
    for (const issue of await draftIssues(db, draft)) {
      const tierIndex = /^tiers\.(\d+)$/.exec(issue.path)?.[1];
      const tier = draft.tiers[tierIndex === undefined ? 0 : Number(tierIndex)];
      issues.push({
        rowNumber: tier ? tierRowNumber(rows, draft, name, tier) : 0,
        column:
          tierIndex === undefined
            ? benchmarkColumns.effectiveFrom.header
            : benchmarkColumns.penalty.header,
        message: issue.message,
      });
    }
  }
  return issues.sort((a, b) => a.rowNumber - b.rowNumber);
}

/**
 * 导入: every benchmark of the sheet becomes the next draft version of its violation type, or,
 * when any row is wrong, nothing is written and every wrong row is named.
 */
export async function importBenchmarks(
  ctx: ServiceContext,
  file: SheetFile,
): Promise<BenchmarkView[]> {
  assertAllowed(ctx.actor.roles, 'catalogue.manage');
  const catalogue = await loadViolationTypes(ctx.db);
  const { benchmarks, issues } = await readBenchmarkSheet(file, catalogue);
  rejectIfAny(issues);
  const rows = await readSheet(file, []);
  const names = new Map(catalogue.map((type) => [type.code, type.name]));
  const ids = await ctx.db.transaction().execute(async (trx) => {
    rejectIfAny(await sheetIssues(trx, rows, benchmarks, names));
    const inserted: string[] = [];
    for (const draft of benchmarks) inserted.push(await insertBenchmarkDraft(trx, ctx, draft));
    await appendRecord(trx, ctx.actor, {
      agencyId: ctx.actor.agencyId,
      objectType: 'import',
      objectId: randomUUID(),
      action: 'importBenchmarks',
      change: { fileName: file.fileName, benchmarkIds: inserted },
    });
    return inserted;
  });
  const views = await benchmarkViews(ctx.db);
  return ids.flatMap((id) => views.find((view) => view.id === id) ?? []);
}
