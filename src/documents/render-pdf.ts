import { createRequire } from 'node:module';
import { assertNever } from '../domain/app-error.js';
import type { DocumentTemplate } from './document-template.schemas.js';
import {
  plainText,
  resolveDocument,
  type DocumentData,
  type ResolvedBlock,
  type ResolvedCell,
  type ResolvedDocument,
  type ResolvedRow,
  type ResolvedSignature,
  type ResolvedValue,
  type TextSegment,
} from './document-template.js';
import {
  bodySize,
  choiceMarks,
  contentWidth,
  noteSize,
  pageMargin,
  tableGroupWidth,
  tableLabelWidth,
  titleSize,
} from './page-layout.js';
import { tableGrid, type TableGrid } from './table-grid.js';

/**
 * The part of pdfmake 0.3's Node API used here, typed locally: @types/pdfmake pulls in the DOM
 * library, which retypes Buffer and fetch for the whole project.
 */
interface Pdfmake {
  setFonts(
    fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>,
  ): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: PdfDocumentDefinition): { getBuffer(): Promise<Buffer> };
}
type Content = Readonly<Record<string, unknown>>;
type InlineText = (string | { text: string; decoration: 'underline' })[];
type TableCell = Content;
interface CustomTableLayout {
  [hook: string]: () => number;
}
interface PdfDocumentDefinition {
  pageSize: 'A4';
  pageMargins: number;
  info: { title: string; subject: string; keywords: string; creator: string };
  defaultStyle: Content;
  content: Content[];
}

const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as Pdfmake;
const fontName = 'NotoSansSC';
const fontFiles = {
  normal: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
};
const allowedFontFiles = new Set(Object.values(fontFiles));

/**
 * pdfmake is one shared object per process, so fonts and access policies are set before every
 * document rather than once by whoever imports it first. Documents never fetch URLs and read
 * only the two font files.
 */
function configurePdfmake(): void {
  pdfmake.setFonts({
    [fontName]: {
      normal: fontFiles.normal,
      bold: fontFiles.bold,
      italics: fontFiles.normal,
      bolditalics: fontFiles.bold,
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowedFontFiles.has(path));
}

function inlineText(segments: readonly TextSegment[]): InlineText {
  return segments.map((segment) =>
    segment.kind === 'field' && !segment.missing
      ? { text: segment.text, decoration: 'underline' as const }
      : segment.text,
  );
}

function signatureLines(signature: ResolvedSignature): Content[] {
  return [
    { text: plainText(signature.label) },
    ...(signature.date ? [{ text: signature.date.text }] : []),
  ];
}

function signatureBlock(lines: readonly ResolvedSignature[]): Content {
  return {
    columns: [
      { width: '*', text: '' },
      { width: 'auto', stack: lines.flatMap(signatureLines), alignment: 'center' },
    ],
    margin: [0, 24, 24, 0],
  };
}

function choiceLines(value: Extract<ResolvedValue, { kind: 'choices' }>): Content[] {
  return value.options.map((option) => ({
    text: `${option.chosen ? choiceMarks.chosen : choiceMarks.open}${option.text}`,
  }));
}

function cellSignature(signature: ResolvedSignature): Content {
  return {
    stack: [
      { text: `${plainText(signature.label)}：${'　'.repeat(8)}` },
      ...(signature.date ? [{ text: signature.date.text }] : []),
    ],
    alignment: 'right',
    margin: [0, 12, 0, 0],
  };
}

function valueContent(cell: ResolvedCell): Content {
  const value: Content[] =
    cell.value.kind === 'choices' ? choiceLines(cell.value) : [{ text: cell.value.field.text }];
  const signature = cell.signature ? [cellSignature(cell.signature)] : [];
  return { stack: [...value, ...signature] };
}

function labelCell(text: string): TableCell {
  return { text, alignment: 'center', verticalAlignment: 'middle' };
}

/** pdfmake wants a placeholder for every grid position a span covers. */
function placeRowCells(grid: TableGrid, row: ResolvedRow, grouped: boolean): TableCell[] {
  const cells: TableCell[] = Array.from({ length: grid.widths.length }, () => ({}));
  if (row.group && row.group.span > 0) {
    cells[0] = { ...labelCell(row.group.label), rowSpan: row.group.span };
  }
  grid.spansOf(row.cells.length).forEach((span, index) => {
    const cell = row.cells[index];
    if (!cell) return;
    const widensIntoGroupColumn = grouped && row.group === null && index === 0;
    const labelColumn = widensIntoGroupColumn ? 0 : span.labelColumn;
    const labelSpan = span.labelSpan + (widensIntoGroupColumn ? 1 : 0);
    cells[labelColumn] = { ...labelCell(cell.label), colSpan: labelSpan };
    cells[span.valueColumn] = { ...valueContent(cell), colSpan: span.valueSpan };
  });
  return cells;
}

const formTableLayout: CustomTableLayout = {
  hLineWidth: () => 0.75,
  vLineWidth: () => 0.75,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

function tableContent(block: Extract<ResolvedBlock, { type: 'fieldTable' }>): Content {
  const grid = tableGrid({
    totalWidth: contentWidth,
    labelWidth: tableLabelWidth,
    groupWidth: block.grouped ? tableGroupWidth : 0,
    cellsPerRow: block.rows.map((row) => row.cells.length),
  });
  return {
    table: {
      // pdfmake widths exclude the cell padding that the grid's widths include.
      widths: grid.widths.map((width) => width - 8),
      body: block.rows.map((row) => placeRowCells(grid, row, block.grouped)),
      dontBreakRows: true,
    },
    layout: formTableLayout,
    lineHeight: 1.25,
    margin: [0, 0, 0, 12],
  };
}

function blockContent(block: ResolvedBlock): Content {
  switch (block.type) {
    case 'heading':
      return { text: inlineText(block.segments), bold: true, fontSize: 14, margin: [0, 6, 0, 6] };
    case 'paragraph':
      return {
        text: inlineText(block.segments),
        leadingIndent: block.indent ? 2 * bodySize : 0,
        alignment: 'justify',
        margin: [0, 0, 0, 6],
      };
    case 'fieldTable':
      return tableContent(block);
    case 'signatures':
      return signatureBlock(block.lines);
    case 'footnote':
      return { text: inlineText(block.segments), fontSize: noteSize, margin: [0, 18, 0, 0] };
    default:
      return assertNever(block);
  }
}

function documentDefinition(document: ResolvedDocument): PdfDocumentDefinition {
  return {
    pageSize: 'A4',
    pageMargins: pageMargin,
    info: {
      title: document.title,
      subject: document.formNumber,
      keywords: document.keyword,
      creator: 'zhifa',
    },
    defaultStyle: { font: fontName, fontSize: bodySize, lineHeight: 1.4 },
    content: [
      {
        text: document.title,
        fontSize: titleSize,
        bold: true,
        alignment: 'center',
        margin: [0, 0, 0, 12],
      },
      { text: `案号：${document.caseNumber.text}`, alignment: 'right', margin: [0, 0, 0, 6] },
      ...document.blocks.map(blockContent),
    ],
  };
}

/** The document as a PDF with Noto Sans SC embedded (subset), so it prints the same anywhere. */
export async function renderPdf(template: DocumentTemplate, data: DocumentData): Promise<Buffer> {
  configurePdfmake();
  return pdfmake.createPdf(documentDefinition(resolveDocument(template, data))).getBuffer();
}
