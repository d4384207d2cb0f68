import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { AppError } from '../../domain/app-error.js';
import { assertAllowed } from '../../domain/permission.js';
import type { Db } from '../../storage/database.js';
import type { ServiceContext } from '../context.js';
import { appendRecord } from '../record/record.repository.js';
import {
  checkRows,
  rejectIfAny,
  type Checked,
  type CheckedRow,
  type RowIssue,
} from './row-check.js';
import { readSheet, type Column, type SheetRow, type SheetFile } from './sheet.js';

export interface RowImporter<T> {
  check(row: SheetRow): Checked<T>;
  insert(trx: Db, row: CheckedRow<T>): Promise<void>;
}

/** What differs between importing agencies and importing officers. */
export interface ImportSpec<T> {
  title: string;
  action: 'importAgencies' | 'importOfficers';
  columns: Readonly<Record<string, Column>>;
  /** Loads what the rows refer to (agencies by name, …) before any row is checked. */
  prepare(ctx: ServiceContext, rows: readonly SheetRow[]): Promise<RowImporter<T>>;
}

/** Imports every row of the sheet or none: any mistake rejects the whole upload. */
export async function runImport<T>(
  ctx: ServiceContext,
  spec: ImportSpec<T>,
  file: SheetFile,
): Promise<number> {
  assertAllowed(ctx.actor.roles, 'import.run');
  const requiredHeaders = Object.values(spec.columns)
    .filter((column) => !column.optional)
    .map((column) => column.header);
  const rows = await readSheet(file, requiredHeaders);
  const importer = await spec.prepare(ctx, rows);
  const checked = checkRows(rows, (row) => importer.check(row));
  return ctx.db.transaction().execute(async (trx) => {
    const issues: RowIssue[] = [];
    for (const row of checked) {
      const refusal = await refusalOf(trx, () => importer.insert(trx, row));
      if (refusal !== null)
        issues.push({ rowNumber: row.rowNumber, column: null, message: refusal });
    }
    rejectIfAny(issues);
    await appendRecord(trx, ctx.actor, {
      agencyId: ctx.actor.agencyId,
      objectType: 'import',
      objectId: randomUUID(),
      action: spec.action,
      change: { fileName: file.fileName, rows: checked.length },
    });
    return checked.length;
  });
}

/**
 * Runs one row's inserts under a savepoint. A refusal (a duplicate 身份证号, say) is rolled
 * back to the savepoint so that the remaining rows can still be tried and every refused row
 * reported at once; the transaction as a whole is rolled back afterwards anyway.
 */
async function refusalOf(trx: Db, insert: () => Promise<void>): Promise<string | null> {
  await sql`savepoint import_row`.execute(trx);
  try {
    await insert();
    await sql`release savepoint import_row`.execute(trx);
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await sql`rollback to savepoint import_row`.execute(trx);
    return error.userMessage;
  }
}
