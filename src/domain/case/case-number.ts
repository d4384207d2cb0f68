import { AppError } from '../app-error.js';

/**
 * 案号 patterns are set per agency and document type: no national format exists. Placeholders:
 * {agencyShort}, {year}, {serial}, and {serial:N} for a serial zero-padded to N digits.
 */
export interface CaseNumberParts {
  agencyShort: string;
  year: number;
  serial: number;
}

const placeholderPattern = /\{([^{}]*)\}/g;
const serialWidthPattern = /^serial:([1-9])$/;
const knownPlaceholders = ['agencyShort', 'year', 'serial'];

function isKnownPlaceholder(name: string): boolean {
  return knownPlaceholders.includes(name) || serialWidthPattern.test(name);
}

function placeholderNames(pattern: string): string[] {
  return [...pattern.matchAll(placeholderPattern)].map((match) => match[1] ?? '');
}

/** The Chinese reasons a case-number pattern is refused, or an empty list. */
export function caseNumberPatternProblems(pattern: string): string[] {
  const names = placeholderNames(pattern);
  const unknown = names.filter((name) => !isKnownPlaceholder(name));
  const hasSerial = names.some((name) => name === 'serial' || serialWidthPattern.test(name));
  const strayBrace = /[{}]/.test(pattern.replace(placeholderPattern, ''));
  return [
    !names.includes('year') && '案号格式须包含年份占位符 {year}',
    !hasSerial && '案号格式须包含序号占位符 {serial} 或 {serial:位数}',
    ...unknown.map(
      (name) =>
        `案号格式含未知占位符 {${name}}，可用的占位符为 {agencyShort}、{year}、{serial}、{serial:位数（1–9）}`,
    ),
    strayBrace && '案号格式中的花括号不成对',
  ].filter((problem): problem is string => typeof problem === 'string');
}

function serialText(name: string, serial: number): string {
  const width = Number(serialWidthPattern.exec(name)?.[1] ?? 0);
  return String(serial).padStart(width, '0');
}

export function formatCaseNumber(pattern: string, parts: CaseNumberParts): string {
  const problems = caseNumberPatternProblems(pattern);
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', problems.join('；'));
  if (!Number.isInteger(parts.serial) || parts.serial < 1) {
    throw new AppError('VALIDATION_FAILED', `案号序号须为正整数，收到 ${parts.serial}`);
  }
  return pattern.replace(placeholderPattern, (_token, name: string) => {
    if (name === 'agencyShort') return parts.agencyShort;
    if (name === 'year') return String(parts.year);
    return serialText(name, parts.serial);
  });
}

/**
 * A batch of pre-printed, pre-numbered 当场行政处罚决定书 issued to an officer (行政处罚法第五十二条):
 * numbers `first` to `last` inclusive within a printed series.
 */
export interface FormNumberRange {
  series: string;
  first: number;
  last: number;
}

export function rangesOverlap(a: FormNumberRange, b: FormNumberRange): boolean {
  return a.series === b.series && a.first <= b.last && b.first <= a.last;
}

/**
 * The lowest number in the range not yet used, or null when the batch is spent. Voided
 * (作废) forms belong in `used`: a printed number is never reissued.
 */
export function nextUnusedInRange(
  range: FormNumberRange,
  used: ReadonlySet<number>,
): number | null {
  for (let number = range.first; number <= range.last; number += 1) {
    if (!used.has(number)) return number;
  }
  return null;
}
