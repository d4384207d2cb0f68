import type { FlagFact, QuantityFact } from './case-facts.js';

export type Comparison = 'lt' | 'lte' | 'gt' | 'gte' | 'eq';

/**
 * A structured 情形: a comparison on one fact, a flag, or a combination. Stored as JSON in
 * benchmarks and statutory ranges, evaluated by the engine, and written out as Chinese text
 * (e.g. 「此前同类违法次数≥3次 且 违法所得>20000元」) for the XLSX sheet and the explanation.
 * Money quantities are in fen in JSON and in 元 in text.
 */
export type Condition =
  | { fact: QuantityFact; op: Comparison; value: number }
  | { flag: FlagFact; is: boolean }
  | { all: Condition[] }
  | { any: Condition[] };

/** Holds for every case: a tier or range branch with no further condition. */
export const always: Condition = { all: [] };
