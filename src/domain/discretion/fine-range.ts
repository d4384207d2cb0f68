import { assertNever } from '../app-error.js';
import { formatYuan, type PenaltyKind } from '../case/penalty.js';
import type { CaseFacts } from './case-facts.js';
import type { FenRange, FineRule, PenaltySpec } from './penalty-rule.js';
import { describePenaltySpec } from './penalty-text.js';
import type { StatutoryBranch } from './violation-type.js';

/** How a part of 1,000 kg over the limit counts: dropped, or as a whole tonne (config). */
export type TonneRounding = 'down' | 'up';

/** A penalty measured for one case: its kinds and its fine range (null: no fine). */
export interface ConcretePenalty {
  kinds: PenaltyKind[];
  rangeFen: FenRange | null;
  /** How the range follows from the facts, for the explanation. */
  measure: string;
}

const overloadArticle = '超限运输车辆行驶公路管理规定第四十三条';

export function describeFenRange(range: FenRange | null): string {
  if (!range) return '不予罚款';
  if (range.minFen === range.maxFen) return `罚款${formatYuan(range.minFen)}`;
  return `罚款${formatYuan(range.minFen)}至${formatYuan(range.maxFen)}`;
}

/** The concrete penalty a range branch or a tier prescribes for these facts. */
export function concretePenalty(
  spec: PenaltySpec,
  facts: CaseFacts,
  rounding: TonneRounding,
): ConcretePenalty {
  if (!spec.fine) return { kinds: spec.kinds, rangeFen: null, measure: describePenaltySpec(spec) };
  return measureFine(spec.kinds, spec.fine, facts, rounding);
}

function measureFine(
  kinds: PenaltyKind[],
  fine: FineRule,
  facts: CaseFacts,
  rounding: TonneRounding,
): ConcretePenalty {
  switch (fine.basis) {
    case 'amount': {
      const rangeFen = { minFen: fine.minFen, maxFen: fine.maxFen };
      return { kinds, rangeFen, measure: describeFenRange(rangeFen) };
    }
    case 'gainsMultiple': {
      const gainsFen = facts.quantities.illegalGainsFen ?? 0;
      const rangeFen = {
        minFen: Math.round(fine.min * gainsFen),
        maxFen: Math.round(fine.max * gainsFen),
      };
      const multiples = fine.min === fine.max ? `${fine.min}倍` : `${fine.min}倍至${fine.max}倍`;
      return {
        kinds,
        rangeFen,
        measure: `违法所得${formatYuan(gainsFen)}的${multiples}，即${describeFenRange(rangeFen)}`,
      };
    }
    case 'perExcessTonne':
      return overloadFine(kinds, fine, facts.quantities.overweightKg ?? 0, rounding);
    default:
      return assertNever(fine);
  }
}

/**
 * 超限运输车辆行驶公路管理规定第四十三条: up to `warningUpToKg` over the limit a warning and no
 * fine; beyond it `fenPerTonne` for every 1,000 kg over, at most `capFen`. The amount is exact.
 */
export function overloadFine(
  kinds: PenaltyKind[],
  fine: Extract<FineRule, { basis: 'perExcessTonne' }>,
  excessKg: number,
  rounding: TonneRounding,
): ConcretePenalty {
  if (excessKg <= fine.warningUpToKg) {
    return {
      kinds: ['warning', ...kinds.filter((kind) => kind !== 'fine' && kind !== 'warning')],
      rangeFen: null,
      measure: `超限${excessKg}千克，未超过${fine.warningUpToKg}千克，予以警告，不予罚款（${overloadArticle}）`,
    };
  }
  const tonnes = rounding === 'down' ? Math.floor(excessKg / 1000) : Math.ceil(excessKg / 1000);
  const uncappedFen = tonnes * fine.fenPerTonne;
  const amountFen = Math.min(uncappedFen, fine.capFen);
  const partTonne =
    rounding === 'down' ? '不足1000千克的部分不计' : '不足1000千克的部分按1000千克计';
  const cap = uncappedFen > fine.capFen ? `，超过最高限额，按${formatYuan(fine.capFen)}计` : '';
  return {
    kinds: [...kinds.filter((kind) => kind !== 'warning' && kind !== 'fine'), 'fine'],
    rangeFen: { minFen: amountFen, maxFen: amountFen },
    measure: `超限${excessKg}千克，计${tonnes}个1000千克（${partTonne}），每1000千克${formatYuan(fine.fenPerTonne)}，共${formatYuan(uncappedFen)}${cap}（${overloadArticle}）`,
  };
}

/** 第四十三条: the weight fine — a warning within 1,000 kg, 500 yuan a tonne beyond, 30,000 at most. */
export const overloadWeightBranch: StatutoryBranch = {
  when: { fact: 'overweightKg', op: 'gt', value: 0 },
  penalty: {
    kinds: ['fine'],
    fine: { basis: 'perExcessTonne', fenPerTonne: 50_000, warningUpToKg: 1000, capFen: 3_000_000 },
  },
  text: '车货总质量超过本规定第三条第一款第四项至第八项规定的限定标准，但未超过1000千克的，予以警告；超过1000千克的，每超1000千克罚款500元，最高不得超过30000元',
};

/** 第四十三条: the three bands for height (from the ground), width and length of vehicle and load. */
export const overloadDimensionBands: StatutoryBranch[] = [
  {
    when: {
      all: [
        { fact: 'heightMm', op: 'lte', value: 4200 },
        { fact: 'widthMm', op: 'lte', value: 3000 },
        { fact: 'lengthMm', op: 'lte', value: 20_000 },
      ],
    },
    penalty: { kinds: ['fine'], fine: { basis: 'amount', minFen: 0, maxFen: 20_000 } },
    text: '车货总高度从地面算起未超过4.2米、总宽度未超过3米且总长度未超过20米的，可以处200元以下罚款',
  },
  {
    when: {
      all: [
        { fact: 'heightMm', op: 'lte', value: 4500 },
        { fact: 'widthMm', op: 'lte', value: 3750 },
        { fact: 'lengthMm', op: 'lte', value: 28_000 },
      ],
    },
    penalty: { kinds: ['fine'], fine: { basis: 'amount', minFen: 20_000, maxFen: 100_000 } },
    text: '车货总高度从地面算起未超过4.5米、总宽度未超过3.75米且总长度未超过28米的，处200元以上1000元以下罚款',
  },
  {
    when: {
      any: [
        { fact: 'heightMm', op: 'gt', value: 4500 },
        { fact: 'widthMm', op: 'gt', value: 3750 },
        { fact: 'lengthMm', op: 'gt', value: 28_000 },
      ],
    },
    penalty: { kinds: ['fine'], fine: { basis: 'amount', minFen: 100_000, maxFen: 300_000 } },
    text: '车货总高度从地面算起超过4.5米、总宽度超过3.75米或者总长度超过28米的，处1000元以上3000元以下的罚款',
  },
];

export const combinedOverloadCapFen = 3_000_000;

/**
 * 第四十三条: several over-limit violations found at once are fined each, and the fines add
 * up, but the total is at most 30,000 yuan (unlike 行政处罚法第二十九条, which keeps one fine).
 */
export function combinedOverloadCap(finesFen: readonly number[]): {
  totalFen: number;
  capped: boolean;
  reason: string;
} {
  const sumFen = finesFen.reduce((sum, fineFen) => sum + fineFen, 0);
  const capped = sumFen > combinedOverloadCapFen;
  const totalFen = Math.min(sumFen, combinedOverloadCapFen);
  const reason = capped
    ? `多项超限违法行为罚款累计${formatYuan(sumFen)}，超过最高限额，按${formatYuan(totalFen)}处罚（${overloadArticle}）`
    : `多项超限违法行为罚款累计${formatYuan(totalFen)}（${overloadArticle}）`;
  return { totalFen, capped, reason };
}
