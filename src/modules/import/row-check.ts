import type { z } from 'zod';
import { AppError, type FieldIssue } from '../../domain/app-error.js';
import type { Column, SheetRow } from './sheet.js';

/** A mistake in one cell (or in the row as a whole when `column` is null). */
export interface CellProblem {
  column: string | null;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: CellProblem[] };

export interface RowIssue extends CellProblem {
  rowNumber: number;
}

export interface CheckedRow<T> {
  rowNumber: number;
  value: T;
}

export function accept<T>(value: T): Checked<T> {
  return { ok: true, value };
}

export function refuse(column: Column | null, message: string): Checked<never> {
  return { ok: false, problems: [{ column: column?.header ?? null, message }] };
}

export function cellOf(row: SheetRow, column: Column): string {
  return row.cells[column.header] ?? '';
}

export function optionalCell(row: SheetRow, column: Column): string | null {
  return cellOf(row, column) || null;
}

/** Validates with the module's own input schema; each issue is put under its column. */
export function parseCells<S extends z.ZodType>(
  schema: S,
  candidate: unknown,
  columnsByField: Readonly<Record<string, Column>>,
): Checked<z.output<S>> {
  const result = schema.safeParse(candidate);
  if (result.success) return accept(result.data);
  const problems = result.error.issues.map((issue) => ({
    column: columnsByField[String(issue.path[0])]?.header ?? null,
    message: issue.message,
  }));
  return { ok: false, problems };
}

/** All parts, or every problem any of them has. */
export function combine<T extends object>(parts: { [K in keyof T]: Checked<T[K]> }): Checked<T> {
  const checked: [string, Checked<unknown>][] = Object.entries(parts);
  const problems = checked.flatMap(([, part]) => (part.ok ? [] : part.problems));
  if (problems.length > 0) return { ok: false, problems };
  const values = checked.map(([key, part]) => [key, part.ok ? part.value : undefined]);
  return accept(Object.fromEntries(values) as T);
}

export function mapChecked<T, U>(checked: Checked<T>, change: (value: T) => U): Checked<U> {
  return checked.ok ? accept(change(checked.value)) : checked;
}

/** Looks objects up by the name a person typed. */
export class NameIndex<T> {
  readonly #byName = new Map<string, T[]>();

  add(name: string, item: T): void {
    this.#byName.set(name, [...(this.#byName.get(name) ?? []), item]);
  }

  pick(name: string, column: Column, notFound: string): Checked<T> {
    return pickOne(this.#byName.get(name) ?? [], name, column, notFound);
  }
}

/** The one object a name points at; names are unique among siblings only. */
export function pickOne<T>(
  candidates: readonly T[],
  name: string,
  column: Column,
  notFound: string,
): Checked<T> {
  const [only] = candidates;
  if (only === undefined) return refuse(column, notFound);
  if (candidates.length === 1) return accept(only);
  return refuse(column, `名为“${name}”的有 ${candidates.length} 个，无法确定是哪一个`);
}

/** Checks every row before anything is written, so that one upload reports every mistake. */
export function checkRows<T>(
  rows: readonly SheetRow[],
  check: (row: SheetRow) => Checked<T>,
): CheckedRow<T>[] {
  const accepted: CheckedRow<T>[] = [];
  const issues: RowIssue[] = [];
  for (const row of rows) {
    const result = check(row);
    if (result.ok) accepted.push({ rowNumber: row.rowNumber, value: result.value });
    else
      issues.push(...result.problems.map((problem) => ({ ...problem, rowNumber: row.rowNumber })));
  }
  rejectIfAny(issues);
  return accepted;
}

export function rejectIfAny(issues: readonly RowIssue[]): void {
  if (issues.length === 0) return;
  const rowCount = new Set(issues.map((issue) => issue.rowNumber)).size;
  throw new AppError(
    'IMPORT_REJECTED',
    `导入未执行：共 ${rowCount} 行有误，请修改后重新上传`,
    issues.map(toFieldIssue),
  );
}

function toFieldIssue({ rowNumber, column, message }: RowIssue): FieldIssue {
  return { path: column ? `第${rowNumber}行 ${column}` : `第${rowNumber}行`, message };
}
