import type { PenaltyKind } from '../case/penalty.js';

/**
 * How a fine is measured:
 * - `amount`: between two sums (fen);
 * - `gainsMultiple`: between two multiples of the illegal gains (违法所得的N倍);
 * - `perExcessTonne`: 超限运输车辆行驶公路管理规定第四十三条, a warning up to `warningUpToKg`
 *   over the limit, then `fenPerTonne` for every 1,000 kg over, at most `capFen`; how a part
 *   tonne counts is configuration (`overloadTonneRounding`).
 */
export type FineRule =
  | { basis: 'amount'; minFen: number; maxFen: number }
  | { basis: 'gainsMultiple'; min: number; max: number }
  | { basis: 'perExcessTonne'; fenPerTonne: number; warningUpToKg: number; capFen: number };

/** A penalty a range or tier prescribes: its kinds, and how the fine is measured if any. */
export interface PenaltySpec {
  kinds: PenaltyKind[];
  fine?: FineRule;
}

export interface FenRange {
  minFen: number;
  maxFen: number;
}
