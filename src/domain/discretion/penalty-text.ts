import { penaltyKindLabels, penaltyKinds, type PenaltyKind } from '../case/penalty.js';
import type { FineRule, PenaltySpec } from './penalty-rule.js';
import { fenFromPlainYuan, plainYuan } from './yuan-text.js';

/**
 * 处罚标准 as Chinese text and back, in the words benchmarks use: 「警告」,
 * 「罚款30000元以上50000元以下」, 「没收违法所得，并处违法所得2倍以上5倍以下的罚款」,
 * 「每超限1000千克罚款500元，最高30000元；超限1000千克以内的予以警告」. Kinds are written in
 * the spec's order, joined by 「，」; a fine after another kind reads 「并处…」.
 */
export type PenaltyTextResult = { ok: true; spec: PenaltySpec } | { ok: false; message: string };

/** A spec with no kind: the tier imposes no penalty. */
const noPenaltyText = '不予处罚';

export function describePenaltySpec(spec: PenaltySpec): string {
  if (spec.kinds.length === 0) return noPenaltyText;
  return spec.kinds
    .map((kind, index) =>
      kind === 'fine' ? describeFine(spec.fine, index > 0) : penaltyKindLabels[kind],
    )
    .join('，');
}

function describeFine(rule: FineRule | undefined, afterAnotherKind: boolean): string {
  const also = afterAnotherKind ? '并处' : '';
  if (rule === undefined) return `${also}罚款`;
  switch (rule.basis) {
    case 'amount':
      return `${also}罚款${describeAmountRange(rule.minFen, rule.maxFen)}`;
    case 'gainsMultiple':
      return `${also || '处'}违法所得${describeMultipleRange(rule.min, rule.max)}的罚款`;
    case 'perExcessTonne':
      return `${also}每超限1000千克罚款${plainYuan(rule.fenPerTonne)}元，最高${plainYuan(rule.capFen)}元${
        rule.warningUpToKg > 0 ? `；超限${rule.warningUpToKg}千克以内的予以警告` : ''
      }`;
  }
}

function describeAmountRange(minFen: number, maxFen: number): string {
  if (minFen === maxFen) return `${plainYuan(minFen)}元`;
  if (minFen === 0) return `${plainYuan(maxFen)}元以下`;
  return `${plainYuan(minFen)}元以上${plainYuan(maxFen)}元以下`;
}

function describeMultipleRange(min: number, max: number): string {
  return min === max ? `${min}倍` : `${min}倍以上${max}倍以下`;
}

export function parsePenaltyText(text: string): PenaltyTextResult {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') {
    return { ok: false, message: `请填写处罚标准；不处罚的写「${noPenaltyText}」` };
  }
  if (compact === noPenaltyText) return { ok: true, spec: { kinds: [] } };
  const spec: PenaltySpec = { kinds: [] };
  let position = 0;
  while (position < compact.length) {
    const phrase = readPhrase(compact, position);
    if (!phrase) return { ok: false, message: unreadableMessage(compact, position) };
    const refusal = addPhrase(spec, phrase);
    if (refusal) return { ok: false, message: refusal };
    position = phrase.end;
    if (position < compact.length && !separator.test(compact.charAt(position))) {
      return { ok: false, message: unreadableMessage(compact, phrase.start) };
    }
    position += 1;
  }
  return { ok: true, spec };
}

interface Phrase {
  kind: PenaltyKind;
  fine?: FineRule;
  text: string;
  start: number;
  end: number;
}

const separator = /[，,]/;
const yuan = String.raw`(\d+(?:\.\d{1,2})?)`;
const multiple = String.raw`(\d+(?:\.\d+)?)`;

/** Tried in order: the measured fines before the bare kind labels (「罚款」 among them). */
const phraseReaders: {
  pattern: RegExp;
  read: (match: (string | undefined)[]) => Omit<Phrase, 'text' | 'start' | 'end'>;
}[] = [
  {
    pattern: new RegExp(
      String.raw`(?:并处)?每超限1000千克罚款${yuan}元[，,]最高${yuan}元(?:[；;]超限(\d+)千克以内的予以警告)?`,
      'y',
    ),
    read: ([, perTonne, cap, warningUpTo]) => ({
      kind: 'fine',
      fine: {
        basis: 'perExcessTonne',
        fenPerTonne: fenOf(perTonne),
        capFen: fenOf(cap),
        warningUpToKg: Number(warningUpTo ?? 0),
      },
    }),
  },
  {
    pattern: new RegExp(
      String.raw`并?处违法所得${multiple}倍(?:以上${multiple}倍以下)?的罚款`,
      'y',
    ),
    read: ([, min, max]) => ({
      kind: 'fine',
      fine: { basis: 'gainsMultiple', min: Number(min), max: Number(max ?? min) },
    }),
  },
  {
    pattern: new RegExp(String.raw`(?:并处)?罚款${yuan}元(?:以上${yuan}元以下|(以下))?`, 'y'),
    read: ([, first, max, upTo]) => ({
      kind: 'fine',
      fine: {
        basis: 'amount',
        minFen: upTo ? 0 : fenOf(first),
        maxFen: fenOf(upTo ? first : (max ?? first)),
      },
    }),
  },
  ...[...penaltyKinds]
    .sort((a, b) => penaltyKindLabels[b].length - penaltyKindLabels[a].length)
    .map((kind) => ({
      pattern: new RegExp(`(?:并处)?${penaltyKindLabels[kind]}`, 'y'),
      read: () => ({ kind }),
    })),
];

function readPhrase(text: string, start: number): Phrase | undefined {
  for (const { pattern, read } of phraseReaders) {
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match) {
      const end = start + match[0].length;
      return { ...read([...match]), text: match[0], start, end };
    }
  }
  return undefined;
}

function fenOf(plain: string | undefined): number {
  return fenFromPlainYuan(plain ?? '') ?? 0;
}

/** Adds a phrase to the spec, or says why the text cannot mean it. */
function addPhrase(spec: PenaltySpec, phrase: Phrase): string | undefined {
  if (spec.kinds.includes(phrase.kind)) {
    return `「${penaltyKindLabels[phrase.kind]}」写了不止一次，请合并为一处`;
  }
  if (phrase.fine && isInverted(phrase.fine)) {
    return `「${phrase.text}」的下限高于上限，请对调两个数`;
  }
  spec.kinds.push(phrase.kind);
  if (phrase.fine) spec.fine = phrase.fine;
  return undefined;
}

function isInverted(rule: FineRule): boolean {
  if (rule.basis === 'amount') return rule.minFen > rule.maxFen;
  return rule.basis === 'gainsMultiple' && rule.min > rule.max;
}

function unreadableMessage(text: string, position: number): string {
  const rest = text.slice(position).split(separator)[0];
  return `无法识别处罚标准中的「${rest}」：请写如「警告」「罚款30000元以上50000元以下」「处违法所得2倍以上5倍以下的罚款」「吊销许可证件」，几项之间用「，」分隔`;
}
