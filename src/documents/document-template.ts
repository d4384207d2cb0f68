import { assertNever } from '../domain/app-error.js';
import {
  mergeFieldNames,
  mergeFieldPattern,
  type DocumentBlock,
  type DocumentTemplate,
  type SignatureLine,
  type TableCell,
  type TableRow,
} from './document-template.schemas.js';

/** Case data as the service prepares it for display: nested objects of display-ready values. */
export type DocumentData = Readonly<Record<string, unknown>>;

/** What a person sees where a field has no value: a line to write on, never "undefined". */
export const blankLine = '＿＿＿＿';

export interface LiteralSegment {
  kind: 'literal';
  text: string;
}
export interface FieldSegment {
  kind: 'field';
  path: string;
  text: string;
  missing: boolean;
}
export type TextSegment = LiteralSegment | FieldSegment;

export interface ResolvedSignature {
  label: TextSegment[];
  date: FieldSegment | null;
}
export type ResolvedValue =
  | { kind: 'text'; field: FieldSegment }
  | { kind: 'choices'; field: FieldSegment; options: { text: string; chosen: boolean }[] };
export interface ResolvedCell {
  label: string;
  value: ResolvedValue;
  signature: ResolvedSignature | null;
}
/** `span` is set on a group's first row (how many rows its label covers), 0 on the rest. */
export type RowGroup = { label: string; span: number } | null;
export interface ResolvedRow {
  group: RowGroup;
  cells: ResolvedCell[];
}
export type ResolvedBlock =
  | { type: 'heading'; segments: TextSegment[] }
  | { type: 'paragraph'; segments: TextSegment[]; indent: boolean }
  | { type: 'fieldTable'; grouped: boolean; cellsPerRow: number; rows: ResolvedRow[] }
  | { type: 'signatures'; lines: ResolvedSignature[] }
  | { type: 'footnote'; segments: TextSegment[] };

/** A template filled with one case's data, ready for a renderer to lay out. */
export interface ResolvedDocument {
  title: string;
  formNumber: string;
  keyword: string;
  caseNumber: FieldSegment;
  blocks: ResolvedBlock[];
}

/** `zhifa:template=<code>@v<version>`, recorded on every generated document. */
export function templateKeyword(template: DocumentTemplate): string {
  return `zhifa:template=${template.code}@v${template.version}`;
}

export function resolveField(data: DocumentData, path: string): unknown {
  let current: unknown = data;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function displayValue(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value) && value.length > 0) {
    const items = value.map(displayValue);
    return items.every((item) => item !== null) ? items.join('；') : null;
  }
  return null;
}

function fieldSegment(data: DocumentData, path: string): FieldSegment {
  const text = displayValue(resolveField(data, path));
  return { kind: 'field', path, text: text ?? blankLine, missing: text === null };
}

/** Splits merge text into literal text and resolved fields, so renderers can mark the values. */
export function mergeSegments(text: string, data: DocumentData): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const match of text.matchAll(mergeFieldPattern)) {
    if (match.index > cursor)
      segments.push({ kind: 'literal', text: text.slice(cursor, match.index) });
    segments.push(fieldSegment(data, match[1] ?? ''));
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length) segments.push({ kind: 'literal', text: text.slice(cursor) });
  return segments;
}

export function plainText(segments: readonly TextSegment[]): string {
  return segments.map((segment) => segment.text).join('');
}

/** A block or row with `when` appears only when that field is exactly `true`. */
export function isShown(item: { when?: string | undefined }, data: DocumentData): boolean {
  return item.when === undefined || resolveField(data, item.when) === true;
}

function resolveSignature(line: SignatureLine, data: DocumentData): ResolvedSignature {
  return {
    label: mergeSegments(line.label, data),
    date: line.dateField ? fieldSegment(data, line.dateField) : null,
  };
}

function resolveValue(cell: TableCell, data: DocumentData): ResolvedValue {
  const field = fieldSegment(data, cell.field);
  if (!cell.choices) return { kind: 'text', field };
  const chosenValue = resolveField(data, cell.field);
  const options = cell.choices.map((choice) => ({
    text: choice.text,
    chosen: choice.value === chosenValue,
  }));
  const anyChosen = options.some((option) => option.chosen);
  return { kind: 'choices', field: { ...field, missing: !anyChosen }, options };
}

function resolveCell(cell: TableCell, data: DocumentData): ResolvedCell {
  return {
    label: cell.label,
    value: resolveValue(cell, data),
    signature: cell.signature ? resolveSignature(cell.signature, data) : null,
  };
}

function groupSpan(rows: readonly TableRow[], start: number): number {
  const label = rows[start]?.group;
  let end = start;
  while (end < rows.length && rows[end]?.group === label) end += 1;
  return end - start;
}

function rowGroup(rows: readonly TableRow[], index: number): RowGroup {
  const label = rows[index]?.group;
  if (label === undefined) return null;
  const startsGroup = rows[index - 1]?.group !== label;
  return { label, span: startsGroup ? groupSpan(rows, index) : 0 };
}

function resolveTable(rows: readonly TableRow[], data: DocumentData): ResolvedBlock {
  const shownRows = rows.filter((row) => isShown(row, data));
  return {
    type: 'fieldTable',
    grouped: shownRows.some((row) => row.group !== undefined),
    cellsPerRow: Math.max(...shownRows.map((row) => row.cells.length)),
    rows: shownRows.map((row, index) => ({
      group: rowGroup(shownRows, index),
      cells: row.cells.map((cell) => resolveCell(cell, data)),
    })),
  };
}

function resolveBlock(block: DocumentBlock, data: DocumentData): ResolvedBlock {
  switch (block.type) {
    case 'heading':
    case 'footnote':
      return { type: block.type, segments: mergeSegments(block.text, data) };
    case 'paragraph':
      return { type: 'paragraph', segments: mergeSegments(block.text, data), indent: block.indent };
    case 'fieldTable':
      return resolveTable(block.rows, data);
    case 'signatures':
      return { type: 'signatures', lines: block.lines.map((line) => resolveSignature(line, data)) };
    default:
      return assertNever(block);
  }
}

function isNonEmptyTable(block: ResolvedBlock): boolean {
  return block.type !== 'fieldTable' || block.rows.length > 0;
}

export function resolveDocument(template: DocumentTemplate, data: DocumentData): ResolvedDocument {
  return {
    title: template.title,
    formNumber: template.formNumber,
    keyword: templateKeyword(template),
    caseNumber: fieldSegment(data, template.caseNumberField),
    blocks: template.body
      .filter((block) => isShown(block, data))
      .map((block) => resolveBlock(block, data))
      .filter(isNonEmptyTable),
  };
}

function signatureFields(line: SignatureLine): string[] {
  return [...mergeFieldNames(line.label), ...(line.dateField ? [line.dateField] : [])];
}

function cellFields(cell: TableCell): string[] {
  return [cell.field, ...(cell.signature ? signatureFields(cell.signature) : [])];
}

function conditionOf(item: { when?: string | undefined }): string[] {
  return item.when === undefined ? [] : [item.when];
}

function blockFields(block: DocumentBlock): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'footnote':
      return mergeFieldNames(block.text);
    case 'fieldTable':
      return block.rows.flatMap((row) => [...conditionOf(row), ...row.cells.flatMap(cellFields)]);
    case 'signatures':
      return block.lines.flatMap(signatureFields);
    default:
      return assertNever(block);
  }
}

function unique(paths: readonly string[]): string[] {
  return [...new Set(paths)];
}

/** Every field path the template uses, conditions included, once each, in order of use. */
export function mergeFields(template: DocumentTemplate): string[] {
  return unique([
    template.caseNumberField,
    ...template.body.flatMap((block) => [...conditionOf(block), ...blockFields(block)]),
  ]);
}

/** The fields whose truth decides whether a block or a table row is shown. */
export function conditionFields(template: DocumentTemplate): string[] {
  return unique(
    template.body.flatMap((block) => [
      ...conditionOf(block),
      ...(block.type === 'fieldTable' ? block.rows.flatMap(conditionOf) : []),
    ]),
  );
}

function signatureSegments(signature: ResolvedSignature | null): TextSegment[] {
  if (signature === null) return [];
  return [...signature.label, ...(signature.date ? [signature.date] : [])];
}

function resolvedSegments(block: ResolvedBlock): TextSegment[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'footnote':
      return block.segments;
    case 'fieldTable':
      return block.rows.flatMap((row) =>
        row.cells.flatMap((cell) => [cell.value.field, ...signatureSegments(cell.signature)]),
      );
    case 'signatures':
      return block.lines.flatMap(signatureSegments);
    default:
      return assertNever(block);
  }
}

function isBlankField(segment: TextSegment): segment is FieldSegment {
  return segment.kind === 'field' && segment.missing;
}

/** The conditions that decided what is shown, for blocks and for rows of shown tables. */
function evaluatedConditions(template: DocumentTemplate, data: DocumentData): string[] {
  return template.body.flatMap((block) => {
    if (!isShown(block, data) || block.type !== 'fieldTable') return conditionOf(block);
    return [...conditionOf(block), ...block.rows.flatMap(conditionOf)];
  });
}

/**
 * The fields that print as a blank line, and the conditions that are not true or false.
 * Fields of hidden blocks and rows are not needed, so they are not reported.
 */
export function missingFields(template: DocumentTemplate, data: DocumentData): string[] {
  const document = resolveDocument(template, data);
  const blankFields = [document.caseNumber, ...document.blocks.flatMap(resolvedSegments)]
    .filter(isBlankField)
    .map((segment) => segment.path);
  const unsetConditions = evaluatedConditions(template, data).filter(
    (path) => typeof resolveField(data, path) !== 'boolean',
  );
  return unique([...blankFields, ...unsetConditions]);
}
