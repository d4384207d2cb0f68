import { flagFacts, quantityFacts, type FlagFact, type QuantityFact } from './case-facts.js';
import type { Comparison, Condition } from './condition.js';
import { fenFromPlainYuan, plainYuan } from './yuan-text.js';

/**
 * 适用条件 as Chinese text and back: 「此前同类违法次数≥3次 且 （违法所得>20000元 或 情节严重）」.
 * A part that combines several conditions is bracketed, so the text reads back to the same
 * structure; a combination of one condition reads as that condition.
 */
export type ConditionTextResult =
  { ok: true; condition: Condition } | { ok: false; message: string };

const comparisonSymbols: Record<Comparison, string> = {
  lt: '<',
  lte: '≤',
  gt: '>',
  gte: '≥',
  eq: '=',
};

const negatedFlagLabels: Record<FlagFact, string> = {
  serious: '情节不严重',
  harmCaused: '未造成危害后果',
  accident: '未造成安全事故',
  correctedInTime: '未及时改正',
  refusedCorrection: '未拒不改正',
  obstructedInvestigation: '未阻碍、拒绝调查',
};

/** `{ all: [] }`, the condition that always holds. */
const alwaysText = '一般情形';
/** `{ any: [] }`, which never holds. */
const neverText = '无适用情形';

export function describeCondition(condition: Condition): string {
  if ('fact' in condition) return describeComparison(condition);
  if ('flag' in condition) {
    return condition.is ? flagFacts[condition.flag] : negatedFlagLabels[condition.flag];
  }
  if ('all' in condition) return describeParts(condition.all, ' 且 ', alwaysText);
  return describeParts(condition.any, ' 或 ', neverText);
}

function describeComparison({
  fact,
  op,
  value,
}: {
  fact: QuantityFact;
  op: Comparison;
  value: number;
}) {
  const { label, unit } = quantityFacts[fact];
  return `${label}${comparisonSymbols[op]}${isMoney(fact) ? plainYuan(value) : value}${unit}`;
}

function describeParts(parts: Condition[], connective: string, emptyText: string): string {
  if (parts.length === 0) return emptyText;
  return parts
    .map((part) =>
      combinesSeveral(part) ? `（${describeCondition(part)}）` : describeCondition(part),
    )
    .join(connective);
}

function combinesSeveral(condition: Condition): boolean {
  if ('all' in condition) return condition.all.length > 1;
  if ('any' in condition) return condition.any.length > 1;
  return false;
}

function isMoney(fact: QuantityFact): boolean {
  return quantityFacts[fact].unit === '元';
}

export function parseConditionText(text: string): ConditionTextResult {
  if (text.trim() === '') {
    return { ok: false, message: `请填写适用条件；没有条件的写「${alwaysText}」` };
  }
  try {
    return { ok: true, condition: new ConditionReader(tokenize(text)).readWhole() };
  } catch (error) {
    if (error instanceof ConditionTextError) return { ok: false, message: error.message };
    throw error;
  }
}

class ConditionTextError extends Error {}

type Token = { kind: 'open' | 'close' | 'and' | 'or' } | { kind: 'atom'; text: string };

const tokenPattern =
  /\s*(?:(?<open>[（(])|(?<close>[）)])|(?<and>并且|且|和)|(?<or>或者|或)|(?<atom>(?:(?!并且)[^（()）且和或])+))/y;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  while (tokenPattern.lastIndex < text.length) {
    const groups = tokenPattern.exec(text)?.groups ?? {};
    if (groups.atom !== undefined) {
      const atom = groups.atom.replace(/\s+/g, '');
      if (atom !== '') tokens.push({ kind: 'atom', text: atom });
    } else if (groups.open) tokens.push({ kind: 'open' });
    else if (groups.close) tokens.push({ kind: 'close' });
    else if (groups.and) tokens.push({ kind: 'and' });
    else if (groups.or) tokens.push({ kind: 'or' });
  }
  return tokens;
}

/** Reads `operand (connective operand)*`, where one level uses one connective only. */
class ConditionReader {
  private position = 0;

  constructor(private readonly tokens: Token[]) {}

  readWhole(): Condition {
    const condition = this.readCombination();
    if (this.position < this.tokens.length) {
      throw new ConditionTextError('括号不配对：多出右括号，请检查适用条件');
    }
    return condition;
  }

  private readCombination(): Condition {
    const first = this.readOperand();
    const parts = [first];
    let connective: 'and' | 'or' | undefined;
    for (let next = this.peek(); next?.kind === 'and' || next?.kind === 'or'; next = this.peek()) {
      if (connective !== undefined && connective !== next.kind) {
        throw new ConditionTextError('「且」和「或」连用时请用括号标明先后，如「A 且 （B 或 C）」');
      }
      connective = next.kind;
      this.position += 1;
      parts.push(this.readOperand());
    }
    if (connective === undefined) return first;
    return connective === 'and' ? { all: parts } : { any: parts };
  }

  private readOperand(): Condition {
    const token = this.peek();
    this.position += 1;
    if (token?.kind === 'atom') return readAtom(token.text);
    if (token?.kind === 'open') {
      const inner = this.readCombination();
      if (this.peek()?.kind !== 'close') {
        throw new ConditionTextError('括号不配对：缺少右括号，请检查适用条件');
      }
      this.position += 1;
      return inner;
    }
    throw new ConditionTextError('「且」「或」的前后都要写条件，括号里也不能为空');
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }
}

const flagsByText = new Map<string, Condition>([
  ...entriesOf(flagFacts).map(([flag, label]): [string, Condition] => [label, { flag, is: true }]),
  ...entriesOf(negatedFlagLabels).map(([flag, label]): [string, Condition] => [
    label,
    { flag, is: false },
  ]),
]);

const factsByLabel = new Map<string, QuantityFact>(
  entriesOf(quantityFacts).map(([fact, { label }]) => [label, fact]),
);

const comparisonsBySymbol = new Map<string, Comparison>([
  ...entriesOf(comparisonSymbols).map(([op, symbol]): [string, Comparison] => [symbol, op]),
  ['>=', 'gte'],
  ['<=', 'lte'],
  ['＞', 'gt'],
  ['＜', 'lt'],
  ['＝', 'eq'],
  ['==', 'eq'],
]);

const comparisonPattern = /^(\D+?)(>=|<=|==|[≥≤><=＞＜＝])([\d.,]+)(\D*)$/;

function readAtom(text: string): Condition {
  if (text === alwaysText) return { all: [] };
  if (text === neverText) return { any: [] };
  const flag = flagsByText.get(text);
  if (flag) return flag;
  const comparison = comparisonPattern.exec(text);
  if (!comparison) {
    throw new ConditionTextError(
      `无法识别「${text}」：请写事实比较（如「违法所得>20000元」）、情节（如「情节严重」「未造成危害后果」）或「${alwaysText}」`,
    );
  }
  const [, label = '', symbol = '', number = '', unit = ''] = comparison;
  const fact = factsByLabel.get(label);
  if (!fact) {
    throw new ConditionTextError(
      `「${label}」不是可比较的事实，可用：${[...factsByLabel.keys()].join('、')}`,
    );
  }
  const expectedUnit = quantityFacts[fact].unit;
  if (unit !== '' && unit !== expectedUnit) {
    throw new ConditionTextError(`「${label}」的单位是${expectedUnit}，不是「${unit}」`);
  }
  const op = comparisonsBySymbol.get(symbol) as Comparison;
  return { fact, op, value: readValue(fact, number) };
}

function readValue(fact: QuantityFact, number: string): number {
  const value = isMoney(fact) ? fenFromPlainYuan(number) : plainNumber(number);
  if (value === null) {
    throw new ConditionTextError(
      isMoney(fact)
        ? `「${number}」不是有效的金额：请写元，最多两位小数`
        : `「${number}」不是有效的数值`,
    );
  }
  return value;
}

function plainNumber(text: string): number | null {
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

function entriesOf<K extends string, V>(record: Record<K, V>): [K, V][] {
  return Object.entries(record) as [K, V][];
}
