import type { RuleViolation } from '../rule-violation.js';
import { rangesOverlap, type FormNumberRange } from './case-number.js';

/**
 * 预定格式、编有号码的行政处罚决定书 (行政处罚法第五十二条): the numbers are printed before the
 * forms reach the officers, so each belongs to the officer it was issued to and is used once,
 * for a decision or voided; a number outside every issued range was never printed.
 */
const ARTICLE = '行政处罚法第五十二条';

export type FormNumberRuleCode =
  | 'FORM_NUMBER_RANGE_OVERLAP'
  | 'FORM_NUMBER_NOT_ISSUED_TO_OFFICER'
  | 'FORM_NUMBER_OUT_OF_RANGE'
  | 'FORM_NUMBER_ALREADY_USED';

const MIN_DIGITS = 4;

/** The number as printed: the series, then the number padded like the range's last one. */
export function formatFormNumber(range: FormNumberRange, number: number): string {
  const digits = Math.max(MIN_DIGITS, String(range.last).length);
  return `${range.series}${String(number).padStart(digits, '0')}`;
}

export function describeRange(range: FormNumberRange): string {
  return `${formatFormNumber(range, range.first)}–${formatFormNumber(range, range.last)}`;
}

/** A new batch may not share a printed number with any batch already issued. */
export function checkNewRange(
  range: FormNumberRange,
  issued: readonly FormNumberRange[],
): RuleViolation<'FORM_NUMBER_RANGE_OVERLAP'> | null {
  const overlapping = issued.find((other) => rangesOverlap(range, other));
  if (!overlapping) return null;
  return {
    code: 'FORM_NUMBER_RANGE_OVERLAP',
    article: ARTICLE,
    message: `号段 ${describeRange(range)} 与已发放的号段 ${describeRange(overlapping)} 重叠，同一编号不能发给两人（${ARTICLE}）。请调整起止编号。`,
  };
}

export interface FormNumberUse {
  range: FormNumberRange & { officerId: string };
  number: number;
  /** The officer filling in the form. */
  officerId: string;
  /** Numbers of the range already used for a decision or voided. */
  used: ReadonlySet<number>;
}

export function checkFormNumberUse(
  use: FormNumberUse,
): RuleViolation<Exclude<FormNumberRuleCode, 'FORM_NUMBER_RANGE_OVERLAP'>> | null {
  const { range, number } = use;
  if (range.officerId !== use.officerId) {
    return {
      code: 'FORM_NUMBER_NOT_ISSUED_TO_OFFICER',
      article: ARTICLE,
      message: `号段 ${describeRange(range)} 未发放给您，只能使用发放给本人的预编号决定书（${ARTICLE}）。`,
    };
  }
  if (number < range.first || number > range.last) {
    return {
      code: 'FORM_NUMBER_OUT_OF_RANGE',
      article: ARTICLE,
      message: `编号 ${number} 不在号段 ${describeRange(range)} 内，该编号的决定书未印制发放（${ARTICLE}）。`,
    };
  }
  if (use.used.has(number)) {
    return {
      code: 'FORM_NUMBER_ALREADY_USED',
      article: ARTICLE,
      message: `编号 ${formatFormNumber(range, number)} 已使用或已作废，每个编号只能使用一次（${ARTICLE}）。请使用下一张决定书。`,
    };
  }
  return null;
}
