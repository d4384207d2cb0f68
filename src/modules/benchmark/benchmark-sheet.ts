import { z } from 'zod';
import type { Benchmark, Tier } from '../../domain/discretion/benchmark.js';
import { describeCondition, parseConditionText } from '../../domain/discretion/condition-text.js';
import { describePenaltySpec, parsePenaltyText } from '../../domain/discretion/penalty-text.js';
import type { ViolationRule } from '../../domain/discretion/violation-type.js';
import { versionInForce, type Dated } from '../../domain/law/applicable-version.js';
import { formatCitation, parseCitation, type Citation } from '../../domain/law/citation.js';
import {
  accept,
  cellOf,
  combine,
  NameIndex,
  optionalCell,
  refuse,
  type CellProblem,
  type Checked,
  type RowIssue,
} from '../import/row-check.js';
import {
  readSheet,
  writeSheet,
  type Column,
  type SheetFile,
  type SheetRow,
} from '../import/sheet.js';

/**
 * 裁量基准 in the sheet provinces publish (序号 … 处罚标准), one row per tier, followed by the
 * columns the engine needs: the province's 情形 is free text, so 适用条件 states it as a
 * condition on case facts. Rows of one 违法行为编码 and 版本 form one benchmark.
 */
export const benchmarkColumns = {
  serial: { header: '序号', example: '1', optional: true },
  violationName: { header: '违法行为', example: '未取得道路运输经营许可，擅自从事道路运输经营' },
  violated: { header: '违反条款', example: '《道路运输条例》第十条' },
  penaltyBasis: { header: '处罚依据', example: '《道路运输条例》第六十三条第一项' },
  tierName: { header: '违法程度', example: '较重' },
  circumstance: { header: '情形', example: '违法所得超过2万元的' },
  penalty: { header: '处罚标准', example: '没收违法所得，并处违法所得2倍以上5倍以下的罚款' },
  violationCode: { header: '违法行为编码', example: 'RT-63-1', optional: true },
  condition: { header: '适用条件', example: '违法所得>20000元' },
  version: { header: '版本', example: '1' },
  effectiveFrom: { header: '生效日期', example: '2026-01-01' },
  effectiveTo: { header: '失效日期', example: '', optional: true },
  issuer: { header: '发布机关', example: '某省交通运输厅' },
} as const satisfies Record<string, Column>;

type ColumnKey = keyof typeof benchmarkColumns;
const columnKeys = Object.keys(benchmarkColumns) as ColumnKey[];
const columns = benchmarkColumns;

type CitedProvisions = Pick<ViolationRule, 'violated' | 'penaltyBasis'>;

/** What the sheet needs of a catalogue entry; a `ViolationType` is one. */
export interface CatalogueViolation {
  code: string;
  name: string;
  rules: readonly Dated<CitedProvisions>[];
}

/** A benchmark and its violation type, whose rule in force on the first day gives the citations. */
export interface BenchmarkSheetEntry {
  benchmark: Benchmark;
  violation: CatalogueViolation;
}

export async function writeBenchmarkSheet(
  entries: readonly BenchmarkSheetEntry[],
): Promise<Buffer> {
  const rows = entries.flatMap((entry, index) =>
    entry.benchmark.tiers.map((tier) => tierCells(entry, tier, index + 1)),
  );
  const headers = columnKeys.map((key) => columns[key].header);
  return writeSheet('裁量基准', headers, rows);
}

function tierCells({ benchmark, violation }: BenchmarkSheetEntry, tier: Tier, serial: number) {
  const provisions = versionInForce(violation.rules, benchmark.effectiveFrom)?.value;
  const cells: Record<ColumnKey, string> = {
    serial: String(serial),
    violationName: violation.name,
    violated: citationsText(provisions?.violated ?? []),
    penaltyBasis: citationsText(provisions?.penaltyBasis ?? []),
    tierName: tier.name,
    circumstance: tier.circumstance,
    penalty: describePenaltySpec(tier.penalty),
    violationCode: benchmark.violationCode,
    condition: describeCondition(tier.when),
    version: String(benchmark.version),
    effectiveFrom: benchmark.effectiveFrom,
    effectiveTo: benchmark.effectiveTo ?? '',
    issuer: benchmark.issuer,
  };
  return columnKeys.map((key) => cells[key]);
}

function citationsText(citations: readonly Citation[]): string {
  return citations.map(formatCitation).join('、');
}

/**
 * Reads every row and reports every mistake with its row and column. All or nothing, like
 * the other imports: `benchmarks` is empty whenever there is an issue. A blank 失效日期 reads
 * as `null`. `tierRows[i][j]` is the sheet row of `benchmarks[i].tiers[j]`, for checks made
 * later (against the statute, say) to name the row.
 */
export async function readBenchmarkSheet(
  file: SheetFile,
  catalogue: readonly CatalogueViolation[],
): Promise<{ benchmarks: Benchmark[]; tierRows: number[][]; issues: RowIssue[] }> {
  const rows = await readSheet(file, requiredHeaders);
  const lookups = catalogueLookups(catalogue);
  const read: TierRow[] = [];
  const issues: RowIssue[] = [];
  for (const row of rows) {
    const checked = checkTierRow(row, lookups);
    if (checked.ok) read.push(checked.value);
    else
      issues.push(...checked.problems.map((problem) => ({ ...problem, rowNumber: row.rowNumber })));
  }
  const groups = groupByBenchmark(read);
  issues.push(...groups.flatMap(groupIssues));
  issues.sort((a, b) => a.rowNumber - b.rowNumber);
  const accepted = issues.length > 0 ? [] : groups;
  return {
    benchmarks: accepted.map(toBenchmark),
    tierRows: accepted.map((group) => group.map((row) => row.rowNumber)),
    issues,
  };
}

const requiredHeaders = Object.values(columns)
  .filter((column: Column) => !column.optional)
  .map((column) => column.header);

/** One tier row as read, with the benchmark it belongs to. */
interface TierRow extends Omit<Benchmark, 'tiers'> {
  rowNumber: number;
  tier: Tier;
}

interface CatalogueLookups {
  byCode: ReadonlyMap<string, CatalogueViolation>;
  byName: NameIndex<CatalogueViolation>;
}

function catalogueLookups(catalogue: readonly CatalogueViolation[]): CatalogueLookups {
  const byName = new NameIndex<CatalogueViolation>();
  for (const violation of catalogue) byName.add(violation.name, violation);
  return { byCode: new Map(catalogue.map((violation) => [violation.code, violation])), byName };
}

function checkTierRow(row: SheetRow, lookups: CatalogueLookups): Checked<TierRow> {
  const read = combine({
    violation: violationOf(row, lookups),
    violated: citationsOf(row, columns.violated),
    penaltyBasis: citationsOf(row, columns.penaltyBasis),
    name: requiredText(row, columns.tierName, '请填写违法程度（裁量阶次名称），如「一般」「较重」'),
    penalty: penaltyOf(row),
    when: conditionOf(row),
    version: versionOf(row),
    effectiveFrom: dateOf(row, columns.effectiveFrom),
    effectiveTo: optionalDateOf(row, columns.effectiveTo),
    issuer: requiredText(row, columns.issuer, '请填写发布机关，如「某省交通运输厅」'),
  });
  if (!read.ok) return read;
  const { violation, violated, penaltyBasis, name, penalty, when, ...benchmarkFields } = read.value;
  const problems = [
    ...periodProblems(benchmarkFields.effectiveFrom, benchmarkFields.effectiveTo),
    ...provisionProblems(violation, benchmarkFields.effectiveFrom, { violated, penaltyBasis }),
  ];
  if (problems.length > 0) return { ok: false, problems };
  const tier = { name, circumstance: cellOf(row, columns.circumstance), when, penalty };
  return accept({
    rowNumber: row.rowNumber,
    violationCode: violation.code,
    ...benchmarkFields,
    tier,
  });
}

function violationOf(row: SheetRow, { byCode, byName }: CatalogueLookups) {
  const code = cellOf(row, columns.violationCode);
  const name = cellOf(row, columns.violationName);
  if (code === '') {
    if (name === '') return refuse(columns.violationName, '请填写违法行为');
    return byName.pick(
      name,
      columns.violationName,
      `违法行为目录中没有「${name}」，请核对名称或填写违法行为编码`,
    );
  }
  const violation = byCode.get(code);
  if (!violation) return refuse(columns.violationCode, `违法行为目录中没有编码「${code}」`);
  if (name !== violation.name) {
    return refuse(
      columns.violationName,
      `编码「${code}」的违法行为是「${violation.name}」，与本行填写的「${name}」不一致`,
    );
  }
  return accept(violation);
}

/** 「《道路运输条例》第十条、第十一条」: a part without a law belongs to the law before it. */
function citationsOf(row: SheetRow, column: Column): Checked<Citation[]> {
  const citations: Citation[] = [];
  for (const part of splitList(cellOf(row, column))) {
    const previousLaw = citations.at(-1)?.law;
    const citation = parseCitation(
      part.startsWith('第') && previousLaw ? `《${previousLaw}》${part}` : part,
    );
    if (!citation) {
      return refuse(
        column,
        `无法识别条款「${part}」，请写如「《道路运输条例》第六十三条第一项」，多条之间用「、」分隔`,
      );
    }
    citations.push(citation);
  }
  return accept(citations);
}

function splitList(text: string): string[] {
  return text
    .split(/[、；;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function requiredText(row: SheetRow, column: Column, missing: string): Checked<string> {
  const text = cellOf(row, column);
  return text === '' ? refuse(column, missing) : accept(text);
}

function penaltyOf(row: SheetRow) {
  const result = parsePenaltyText(cellOf(row, columns.penalty));
  return result.ok ? accept(result.spec) : refuse(columns.penalty, result.message);
}

function conditionOf(row: SheetRow) {
  const result = parseConditionText(cellOf(row, columns.condition));
  return result.ok ? accept(result.condition) : refuse(columns.condition, result.message);
}

function versionOf(row: SheetRow): Checked<number> {
  const text = cellOf(row, columns.version);
  return /^[1-9]\d*$/.test(text)
    ? accept(Number(text))
    : refuse(columns.version, `版本应为正整数，如「1」，不是「${text}」`);
}

const calendarDate = z.iso.date();

function dateOf(row: SheetRow, column: Column): Checked<string> {
  const text = cellOf(row, column);
  return calendarDate.safeParse(text).success
    ? accept(text)
    : refuse(
        column,
        `${column.header}应为 YYYY-MM-DD 格式的日期，如「2026-01-01」，不是「${text}」`,
      );
}

function optionalDateOf(row: SheetRow, column: Column): Checked<string | null> {
  return optionalCell(row, column) === null ? accept(null) : dateOf(row, column);
}

function periodProblems(effectiveFrom: string, effectiveTo: string | null): CellProblem[] {
  if (effectiveTo === null || effectiveFrom <= effectiveTo) return [];
  return [
    {
      column: columns.effectiveTo.header,
      message: `失效日期${effectiveTo}早于生效日期${effectiveFrom}`,
    },
  ];
}

/** The row's citations must be those of the catalogue's rule in force on the benchmark's first day. */
function provisionProblems(
  violation: CatalogueViolation,
  effectiveFrom: string,
  cited: CitedProvisions,
): CellProblem[] {
  const provisions = versionInForce(violation.rules, effectiveFrom)?.value;
  if (!provisions) {
    return [
      {
        column: columns.effectiveFrom.header,
        message: `「${violation.name}」在${effectiveFrom}没有施行中的规定，无法核对违反条款和处罚依据，请核对生效日期`,
      },
    ];
  }
  return (['violated', 'penaltyBasis'] as const)
    .filter((key) => !sameCitations(cited[key], provisions[key]))
    .map((key) => ({
      column: columns[key].header,
      message: `${columns[key].header}与违法行为目录不一致，目录中为「${citationsText(provisions[key])}」`,
    }));
}

function sameCitations(a: readonly Citation[], b: readonly Citation[]): boolean {
  const texts = (citations: readonly Citation[]) => citations.map(formatCitation).sort().join('、');
  return texts(a) === texts(b);
}

type RowsOfOneBenchmark = [TierRow, ...TierRow[]];

function groupByBenchmark(rows: readonly TierRow[]): RowsOfOneBenchmark[] {
  const groups = new Map<string, RowsOfOneBenchmark>();
  for (const row of rows) {
    const key = `${row.violationCode}\u0000${row.version}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()];
}

const sharedFields = ['effectiveFrom', 'effectiveTo', 'issuer'] as const;

/** Rows of one benchmark must agree on its period and issuer, and name each tier once. */
function groupIssues([first, ...others]: RowsOfOneBenchmark): RowIssue[] {
  const benchmark = `同一基准（${first.violationCode} 第${first.version}版）`;
  return others.flatMap((row, index) => {
    const disagreeing = sharedFields
      .filter((field) => (row[field] ?? '') !== (first[field] ?? ''))
      .map((field) => ({
        rowNumber: row.rowNumber,
        column: columns[field].header,
        message: `${benchmark}各行的${columns[field].header}应一致，第${first.rowNumber}行为「${first[field] ?? ''}」`,
      }));
    const earlier = [first, ...others.slice(0, index)].find(
      (other) => other.tier.name === row.tier.name,
    );
    const repeated = earlier
      ? [
          {
            rowNumber: row.rowNumber,
            column: columns.tierName.header,
            message: `违法程度「${row.tier.name}」在${benchmark}中重复，第${earlier.rowNumber}行已有`,
          },
        ]
      : [];
    return [...disagreeing, ...repeated];
  });
}

function toBenchmark(rows: RowsOfOneBenchmark): Benchmark {
  const { violationCode, version, effectiveFrom, effectiveTo, issuer } = rows[0];
  const tiers = rows.map((row) => row.tier);
  return { violationCode, version, effectiveFrom, effectiveTo, issuer, tiers };
}
