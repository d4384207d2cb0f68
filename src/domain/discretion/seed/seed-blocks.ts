import type { PenaltyKind } from '../../case/penalty.js';
import type { Condition } from '../condition.js';
import type { PenaltySpec } from '../penalty-rule.js';

/** The pieces the seed catalogue and benchmarks are written with, amounts in whole yuan. */

export const yuan = (amount: number) => amount * 100;

export function fineBetween(
  minYuan: number,
  maxYuan: number,
  kinds: PenaltyKind[] = ['fine'],
): PenaltySpec {
  return { kinds, fine: { basis: 'amount', minFen: yuan(minYuan), maxFen: yuan(maxYuan) } };
}

/** 「没收违法所得，处违法所得N倍以上M倍以下的罚款」 */
export function gainsMultiple(min: number, max: number): PenaltySpec {
  return {
    kinds: ['illegalGainsConfiscation', 'fine'],
    fine: { basis: 'gainsMultiple', min, max },
  };
}

export function withKinds(spec: PenaltySpec, ...kinds: PenaltyKind[]): PenaltySpec {
  return { ...spec, kinds: [...kinds, ...spec.kinds] };
}

/** 责令改正 alone: an order, not a penalty (行政处罚法第二十八条). */
export const noPenalty: PenaltySpec = { kinds: [] };

export const gainsOver = (thresholdYuan: number): Condition => ({
  fact: 'illegalGainsFen',
  op: 'gt',
  value: yuan(thresholdYuan),
});

export const gainsAtLeast = (thresholdYuan: number): Condition => ({
  fact: 'illegalGainsFen',
  op: 'gte',
  value: yuan(thresholdYuan),
});

export const hasGains: Condition = gainsOver(0);
export const serious: Condition = { flag: 'serious', is: true };
export const refusedCorrection: Condition = { flag: 'refusedCorrection', is: true };

/** Conditions joined by 且, flattened; a single one stands alone (as its text reads back). */
export function allOf(...conditions: Condition[]): Condition {
  const parts = conditions.flatMap((each) => ('all' in each ? each.all : [each]));
  return parts.length === 1 && parts[0] ? parts[0] : { all: parts };
}
