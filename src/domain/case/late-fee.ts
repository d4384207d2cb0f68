/**
 * 加处罚款 (late-payment surcharge): 行政处罚法第七十二条第一款第一项 — 3% of the fine for every
 * day the fine is unpaid after its due date, the total never above the fine (also
 * 行政强制法第四十五条第二款). 第七十三条第三款: while a 复议 or 诉讼 the party started is
 * pending, the surcharge does not accrue, although the penalty itself is not suspended
 * (第一款). 第六十六条第二款: an approved deferral or instalment plan moves the due date.
 */
import type { Dayjs } from 'dayjs';
import type { RuleViolation } from '../rule-violation.js';
import { isCaseDate, parseCaseDate } from './case-deadlines.js';
import { formatYuan } from './penalty.js';

const DAILY_RATE_PERCENT = 3;
const FULL_PERCENT = 100;
const INSTALMENT_ARTICLE = '行政处罚法第六十六条第二款';

/** A 复议 or 诉讼 period, both ends included: from filing to the decision or judgment served. */
export interface PausedPeriod {
  from: string;
  to: string;
}

export interface LateFeeInput {
  fineFen: number;
  /** Last day to pay, e.g. the `payment` deadline. */
  dueDate: string;
  asOf: string;
  pausedPeriods: readonly PausedPeriod[];
  /** Last day of an approved deferral (暂缓缴纳); replaces `dueDate`. */
  deferredTo?: string;
}

export interface LateFee {
  /** Days that accrued, counted on past the cap: 行政强制法第四十六条 looks for more than 30. */
  days: number;
  feeFen: number;
  capped: boolean;
}

/**
 * The percentage is applied to the whole run of days and rounded down once, not per day:
 * flooring each day's 3% of an odd amount would undercharge by up to a fen a day and keep the
 * cap from being reached on day 34 as the law's 3% × 34 > 100% says. Rounding down keeps the
 * surcharge from ever exceeding what the law allows.
 */
export function lateFee(input: LateFeeInput): LateFee {
  assertFen(input.fineFen);
  const days = accruingDays(
    effectiveDueDate(input),
    parseCaseDate(input.asOf),
    input.pausedPeriods.map(parsePausedPeriod),
  );
  const percent = days * DAILY_RATE_PERCENT;
  if (percent > FULL_PERCENT) return { days, feeFen: input.fineFen, capped: true };
  return { days, feeFen: Math.floor((input.fineFen * percent) / FULL_PERCENT), capped: false };
}

export type InstalmentPlanViolationCode =
  | 'instalmentPlanEmpty'
  | 'instalmentAmountInvalid'
  | 'instalmentDateInvalid'
  | 'instalmentDatesNotAscending'
  | 'instalmentsExceedFine';

export interface Instalment {
  dueDate: string;
  amountFen: number;
}

export function validateInstalmentPlan(
  fineFen: number,
  instalments: readonly Instalment[],
): RuleViolation<InstalmentPlanViolationCode>[] {
  assertFen(fineFen);
  if (instalments.length === 0) {
    return [
      violation('instalmentPlanEmpty', '分期缴纳计划没有任何一期，请填写各期缴款日期和金额。'),
    ];
  }
  return [
    ...instalments.flatMap(instalmentProblems),
    ...orderProblems(instalments),
    ...totalProblems(fineFen, instalments),
  ];
}

function instalmentProblems(
  instalment: Instalment,
  index: number,
): RuleViolation<InstalmentPlanViolationCode>[] {
  const problems: RuleViolation<InstalmentPlanViolationCode>[] = [];
  if (!isPositiveFen(instalment.amountFen)) {
    problems.push(
      violation('instalmentAmountInvalid', `第${index + 1}期缴款金额应大于零，请修改该期金额。`),
    );
  }
  if (!isCaseDate(instalment.dueDate)) {
    problems.push(
      violation(
        'instalmentDateInvalid',
        `第${index + 1}期缴款日期「${instalment.dueDate}」无效，请按 YYYY-MM-DD 填写。`,
      ),
    );
  }
  return problems;
}

function orderProblems(
  instalments: readonly Instalment[],
): RuleViolation<InstalmentPlanViolationCode>[] {
  return instalments.flatMap((instalment, index) => {
    const previous = instalments[index - 1];
    if (previous === undefined || !isCaseDate(previous.dueDate)) return [];
    if (!isCaseDate(instalment.dueDate) || instalment.dueDate > previous.dueDate) return [];
    return [
      violation(
        'instalmentDatesNotAscending',
        `第${index + 1}期缴款日期应晚于第${index}期，请按时间先后排列各期。`,
      ),
    ];
  });
}

function totalProblems(
  fineFen: number,
  instalments: readonly Instalment[],
): RuleViolation<InstalmentPlanViolationCode>[] {
  const totalFen = instalments
    .map((instalment) => instalment.amountFen)
    .filter(isPositiveFen)
    .reduce((sum, amountFen) => sum + amountFen, 0);
  if (totalFen <= fineFen) return [];
  return [
    violation(
      'instalmentsExceedFine',
      `各期金额合计 ${formatYuan(totalFen)}，超过罚款 ${formatYuan(fineFen)}，请调整各期金额。`,
    ),
  ];
}

function violation(
  code: InstalmentPlanViolationCode,
  message: string,
): RuleViolation<InstalmentPlanViolationCode> {
  return { code, article: INSTALMENT_ARTICLE, message: `${INSTALMENT_ARTICLE}：${message}` };
}

function effectiveDueDate(input: LateFeeInput): Dayjs {
  const due = parseCaseDate(input.dueDate);
  if (input.deferredTo === undefined) return due;
  const deferred = parseCaseDate(input.deferredTo);
  if (deferred.isBefore(due)) {
    throw new Error(`Deferral ${input.deferredTo} is before the due date ${input.dueDate}`);
  }
  return deferred;
}

interface ParsedPeriod {
  from: Dayjs;
  to: Dayjs;
}

function parsePausedPeriod(period: PausedPeriod): ParsedPeriod {
  const parsed = { from: parseCaseDate(period.from), to: parseCaseDate(period.to) };
  if (parsed.to.isBefore(parsed.from)) {
    throw new Error(`Paused period ends (${period.to}) before it starts (${period.from})`);
  }
  return parsed;
}

/** Days in (`due`, `asOf`] outside every paused period; overlapping periods count once. */
function accruingDays(due: Dayjs, asOf: Dayjs, paused: readonly ParsedPeriod[]): number {
  let count = 0;
  for (let day = due.add(1, 'day'); !day.isAfter(asOf); day = day.add(1, 'day')) {
    if (!paused.some((period) => isWithin(day, period))) count += 1;
  }
  return count;
}

function isWithin(day: Dayjs, period: ParsedPeriod): boolean {
  return !day.isBefore(period.from) && !day.isAfter(period.to);
}

function assertFen(fen: number): void {
  if (!isPositiveFen(fen))
    throw new Error(`Fine must be a positive whole number of fen, got ${fen}`);
}

function isPositiveFen(fen: number): boolean {
  return Number.isSafeInteger(fen) && fen > 0;
}
