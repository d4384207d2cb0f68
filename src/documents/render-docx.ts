import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx';
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
  type TextSegment,
} from './document-template.js';
import {
  bodySize,
  choiceMarks,
  contentWidth,
  noteSize,
  pageHeight,
  pageMargin,
  pageWidth,
  tableGroupWidth,
  tableLabelWidth,
  titleSize,
} from './page-layout.js';
import { tableGrid, type TableGrid } from './table-grid.js';

/**
 * Word cannot embed fonts portably, so the file names fonts every Chinese office machine has:
 * 宋体 for the body and 黑体 for the title.
 */
const bodyFont = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const titleFont = { ascii: '黑体', hAnsi: '黑体', eastAsia: '黑体' };

const twips = (points: number) => Math.round(points * 20);
const halfPoints = (points: number) => Math.round(points * 2);

/** Merged text may hold line breaks (a 笔录's questions and answers): Word needs a break run. */
function runs(segments: readonly TextSegment[]): TextRun[] {
  return segments.flatMap((segment) =>
    lineRuns(segment.text, segment.kind === 'field' && !segment.missing ? {} : undefined),
  );
}

function lineRuns(text: string, underline?: object): TextRun[] {
  return text
    .split('\n')
    .map((line, index) => new TextRun({ text: line, underline, break: index > 0 ? 1 : 0 }));
}

function signatureParagraphs(signature: ResolvedSignature): Paragraph[] {
  const lines = [plainText(signature.label), ...(signature.date ? [signature.date.text] : [])];
  return lines.map(
    (line, index) =>
      new Paragraph({
        text: line,
        alignment: AlignmentType.RIGHT,
        indent: { right: twips(2 * bodySize) },
        spacing: { before: index === 0 ? twips(24) : 0 },
      }),
  );
}

function cellSignature(signature: ResolvedSignature): Paragraph[] {
  const lines = [
    `${plainText(signature.label)}：${'　'.repeat(8)}`,
    ...(signature.date ? [signature.date.text] : []),
  ];
  return lines.map(
    (line, index) =>
      new Paragraph({
        text: line,
        alignment: AlignmentType.RIGHT,
        spacing: { before: index === 0 ? twips(12) : 0 },
      }),
  );
}

function valueParagraphs(cell: ResolvedCell): Paragraph[] {
  const value =
    cell.value.kind === 'choices'
      ? cell.value.options.map(
          (option) =>
            new Paragraph(`${option.chosen ? choiceMarks.chosen : choiceMarks.open}${option.text}`),
        )
      : [new Paragraph({ children: lineRuns(cell.value.field.text) })];
  return [...value, ...(cell.signature ? cellSignature(cell.signature) : [])];
}

function spannedWidth(grid: TableGrid, column: number, span: number): number {
  return grid.widths.slice(column, column + span).reduce((sum, width) => sum + width, 0);
}

function gridCell(grid: TableGrid, column: number, span: number, children: Paragraph[]) {
  return {
    children,
    columnSpan: span,
    width: { size: twips(spannedWidth(grid, column, span)), type: WidthType.DXA },
  };
}

function labelCell(grid: TableGrid, column: number, span: number, label: string): TableCell {
  const children = [new Paragraph({ text: label, alignment: AlignmentType.CENTER })];
  return new TableCell({
    ...gridCell(grid, column, span, children),
    verticalAlign: VerticalAlignTable.CENTER,
  });
}

/** docx adds the merged cells under a group label itself, so only real cells are listed. */
function tableRow(grid: TableGrid, row: ResolvedRow, grouped: boolean): TableRow {
  const groupCell =
    row.group && row.group.span > 0
      ? [
          new TableCell({
            ...gridCell(grid, 0, 1, [
              new Paragraph({ text: row.group.label, alignment: AlignmentType.CENTER }),
            ]),
            rowSpan: row.group.span,
            verticalAlign: VerticalAlignTable.CENTER,
          }),
        ]
      : [];
  const pairCells = grid.spansOf(row.cells.length).flatMap((span, index) => {
    const cell = row.cells[index];
    if (!cell) return [];
    const widensIntoGroupColumn = grouped && row.group === null && index === 0;
    const labelColumn = widensIntoGroupColumn ? 0 : span.labelColumn;
    const labelSpan = span.labelSpan + (widensIntoGroupColumn ? 1 : 0);
    return [
      labelCell(grid, labelColumn, labelSpan, cell.label),
      new TableCell(gridCell(grid, span.valueColumn, span.valueSpan, valueParagraphs(cell))),
    ];
  });
  return new TableRow({ children: [...groupCell, ...pairCells], cantSplit: true });
}

function tableBlock(block: Extract<ResolvedBlock, { type: 'fieldTable' }>): FileChild[] {
  const grid = tableGrid({
    totalWidth: contentWidth,
    labelWidth: tableLabelWidth,
    groupWidth: block.grouped ? tableGroupWidth : 0,
    cellsPerRow: block.rows.map((row) => row.cells.length),
  });
  const table = new Table({
    columnWidths: grid.widths.map(twips),
    width: { size: twips(contentWidth), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: { top: twips(4), bottom: twips(4), left: twips(4), right: twips(4) },
    rows: block.rows.map((row) => tableRow(grid, row, block.grouped)),
  });
  return [table, new Paragraph('')];
}

function blockChildren(block: ResolvedBlock): FileChild[] {
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          children: runs(block.segments),
          spacing: { before: twips(6), after: twips(6) },
          run: { bold: true, size: halfPoints(14) },
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          children: runs(block.segments),
          alignment: AlignmentType.JUSTIFIED,
          indent: block.indent ? { firstLineChars: 200 } : undefined,
          spacing: { after: twips(6) },
        }),
      ];
    case 'fieldTable':
      return tableBlock(block);
    case 'signatures':
      return block.lines.flatMap(signatureParagraphs);
    case 'footnote':
      return [
        new Paragraph({
          children: runs(block.segments),
          spacing: { before: twips(18) },
          run: { size: halfPoints(noteSize) },
        }),
      ];
    default:
      return assertNever(block);
  }
}

function titleParagraphs(document: ResolvedDocument): Paragraph[] {
  return [
    new Paragraph({
      children: [
        new TextRun({ text: document.title, font: titleFont, size: halfPoints(titleSize) }),
      ],
      alignment: AlignmentType.CENTER,
      spacing: { after: twips(12) },
    }),
    new Paragraph({
      text: `案号：${document.caseNumber.text}`,
      alignment: AlignmentType.RIGHT,
      spacing: { after: twips(6) },
    }),
  ];
}

function wordDocument(document: ResolvedDocument): Document {
  return new Document({
    title: document.title,
    subject: document.formNumber,
    keywords: document.keyword,
    creator: 'zhifa',
    styles: { default: { document: { run: { font: bodyFont, size: halfPoints(bodySize) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(pageWidth), height: twips(pageHeight) },
            margin: {
              top: twips(pageMargin),
              bottom: twips(pageMargin),
              left: twips(pageMargin),
              right: twips(pageMargin),
            },
          },
        },
        children: [...titleParagraphs(document), ...document.blocks.flatMap(blockChildren)],
      },
    ],
  });
}

/** The same document as an editable Word file, for staff who need to adjust the wording. */
export async function renderDocx(template: DocumentTemplate, data: DocumentData): Promise<Buffer> {
  return Packer.toBuffer(wordDocument(resolveDocument(template, data)));
}
