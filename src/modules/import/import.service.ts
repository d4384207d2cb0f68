import { assertNever } from '../../domain/app-error.js';
import type { ServiceContext } from '../context.js';
import { agencyImport } from './agency-import.js';
import { runImport } from './import-runner.js';
import { officerImport } from './officer-import.js';
import { writeSheet, type Column, type SheetFile } from './sheet.js';

export const importKinds = ['agencies', 'officers'] as const;
export type ImportKind = (typeof importKinds)[number];

export const importTitles: Record<ImportKind, string> = {
  agencies: agencyImport.title,
  officers: officerImport.title,
};

const templateColumns: Record<ImportKind, Readonly<Record<string, Column>>> = {
  agencies: agencyImport.columns,
  officers: officerImport.columns,
};

/** Imports every row of the sheet or none; returns how many rows were imported. */
export async function importSheet(
  ctx: ServiceContext,
  kind: ImportKind,
  file: SheetFile,
): Promise<number> {
  switch (kind) {
    case 'agencies':
      return runImport(ctx, agencyImport, file);
    case 'officers':
      return runImport(ctx, officerImport, file);
    default:
      return assertNever(kind);
  }
}

/** The .xlsx a person fills in: the header row and one example row. */
export async function importTemplate(kind: ImportKind): Promise<SheetFile> {
  const columns = Object.values(templateColumns[kind]);
  const content = await writeSheet(
    importTitles[kind],
    columns.map((column) => column.header),
    [columns.map((column) => column.example)],
  );
  return { fileName: `${importTitles[kind]}导入模板.xlsx`, content };
}
