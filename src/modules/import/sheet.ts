import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS, { type CellValue, type Worksheet } from 'exceljs';
import { AppError } from '../../domain/app-error.js';
import { chinaDate } from '../../domain/china-date.js';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_DATA_ROWS = 5_000;

export interface SheetFile {
  fileName: string;
  content: Buffer;
}

/** One data row: its row number as the spreadsheet shows it, and its text under each header. */
export interface SheetRow {
  rowNumber: number;
  cells: Record<string, string>;
}

/** A column of an import sheet, with the value shown in the template's example row. */
export interface Column {
  header: string;
  example: string;
  optional?: boolean;
}

interface Header {
  name: string;
  columnNumber: number;
}

/** Reads the first worksheet of an .xlsx or .csv upload into text rows keyed by header. */
export async function readSheet(
  file: SheetFile,
  requiredHeaders: readonly string[],
): Promise<SheetRow[]> {
  if (file.content.length > MAX_UPLOAD_BYTES) reject('文件超过 5 MB，请拆分后分批上传');
  const worksheet = await loadWorksheet(file);
  const [headerRow, ...dataRows] = nonBlankRows(worksheet);
  if (!headerRow) reject('文件是空的，请使用导入模板填写后上传');
  const headers = headersOf(headerRow);
  assertHeadersPresent(headers, requiredHeaders);
  const rows = dataRows
    .map((row) => toSheetRow(row, headers))
    .filter((row) => Object.values(row.cells).some((text) => text !== ''));
  if (rows.length === 0) reject('文件中没有数据行，请在表头下方逐行填写');
  if (rows.length > MAX_DATA_ROWS) {
    reject(`每次最多导入 ${MAX_DATA_ROWS} 行，本文件有 ${rows.length} 行，请拆分后分批上传`);
  }
  return rows;
}

/** A one-sheet workbook (an import template, say) with every cell formatted as text. */
export async function writeSheet(
  sheetName: string,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheetName);
  worksheet.columns = headers.map((header) => ({
    header,
    width: Math.max(12, header.length * 3),
    // Text format keeps 身份证号 and 行政区划代码 from being turned into numbers by Excel.
    style: { numFmt: '@' },
  }));
  worksheet.getRow(1).font = { bold: true };
  worksheet.addRows(rows.map((row) => [...row]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function reject(message: string): never {
  throw new AppError('IMPORT_REJECTED', message);
}

async function loadWorksheet(file: SheetFile): Promise<Worksheet> {
  const workbook = new ExcelJS.Workbook();
  switch (path.extname(file.fileName).toLowerCase()) {
    case '.xlsx':
      // A copy as a plain ArrayBuffer: exceljs types its input that way.
      await workbook.xlsx
        .load(new Uint8Array(file.content).buffer)
        .catch(() => reject('无法读取该 Excel 文件，请确认文件完好且为 .xlsx 格式'));
      return workbook.worksheets[0] ?? reject('Excel 文件中没有工作表');
    case '.csv':
      if (!isUtf8(file.content)) {
        reject('CSV 文件不是 UTF-8 编码，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后上传');
      }
      // Identity map: exceljs would otherwise turn 身份证号 into imprecise numbers.
      return workbook.csv.read(Readable.from(file.content), { map: (value: string) => value });
    default:
      return reject('只支持 .xlsx 或 .csv 文件；旧版 .xls 请在 Excel 中另存为 .xlsx');
  }
}

function nonBlankRows(worksheet: Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  worksheet.eachRow((row) => {
    if (cellTexts(row).some(({ text }) => text !== '')) rows.push(row);
  });
  return rows;
}

interface CellText {
  columnNumber: number;
  text: string;
}

function cellTexts(row: ExcelJS.Row): CellText[] {
  const texts: CellText[] = [];
  row.eachCell((cell, columnNumber) => texts.push({ columnNumber, text: cellText(cell.value) }));
  return texts;
}

function headersOf(row: ExcelJS.Row): Header[] {
  const headers = cellTexts(row)
    .filter(({ text }) => text !== '')
    .map(({ columnNumber, text }) => ({ name: text, columnNumber }));
  const repeated = headers.find((header, index) =>
    headers.slice(0, index).some((earlier) => earlier.name === header.name),
  );
  if (repeated) reject(`表头“${repeated.name}”出现了不止一次，请删除重复的列`);
  return headers;
}

function assertHeadersPresent(headers: readonly Header[], required: readonly string[]): void {
  const missing = required.filter((name) => !headers.some((header) => header.name === name));
  if (missing.length > 0) {
    reject(`缺少必需的列：${missing.join('、')}。请使用导入模板，表头须在第一个非空行`);
  }
}

function toSheetRow(row: ExcelJS.Row, headers: readonly Header[]): SheetRow {
  const cells = Object.fromEntries(
    headers.map(({ name, columnNumber }) => [name, cellText(row.getCell(columnNumber).value)]),
  );
  return { rowNumber: row.number, cells };
}

const plainNumber = new Intl.NumberFormat('en-US', {
  useGrouping: false,
  maximumFractionDigits: 20,
});

/** The text a person sees in the cell, trimmed. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return chinaDate(value);
  if (typeof value === 'number') return plainNumber.format(value);
  if (typeof value !== 'object') return String(value).trim();
  if ('richText' in value) return cellText(value.richText.map((run) => run.text).join(''));
  // A hyperlink's text may itself be rich text.
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('error' in value) return value.error;
  return cellText(value.result);
}
