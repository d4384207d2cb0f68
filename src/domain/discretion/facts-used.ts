import type { Benchmark } from './benchmark.js';
import type { FlagFact, QuantityFact } from './case-facts.js';
import type { Condition } from './condition.js';
import type { ViolationType } from './violation-type.js';

export interface FactsUsed {
  quantities: QuantityFact[];
  flags: FlagFact[];
}

function collect(condition: Condition, quantities: Set<QuantityFact>, flags: Set<FlagFact>) {
  if ('fact' in condition) quantities.add(condition.fact);
  else if ('flag' in condition) flags.add(condition.flag);
  else
    for (const part of 'all' in condition ? condition.all : condition.any) {
      collect(part, quantities, flags);
    }
}

/**
 * The facts a violation's statutory ranges and benchmark tiers speak of, so the officer is
 * asked for those and no others. 违法所得 is asked whenever a fine is a multiple of it.
 */
export function factsUsed(violation: ViolationType, benchmarks: readonly Benchmark[]): FactsUsed {
  const quantities = new Set<QuantityFact>();
  const flags = new Set<FlagFact>();
  const specs = [
    ...violation.rules.flatMap((rule) => rule.value.statutoryRange),
    ...benchmarks.flatMap((benchmark) => benchmark.tiers),
  ];
  for (const spec of specs) {
    collect(spec.when, quantities, flags);
    if (spec.penalty.fine?.basis === 'gainsMultiple') quantities.add('illegalGainsFen');
    if (spec.penalty.fine?.basis === 'perExcessTonne') quantities.add('overweightKg');
  }
  return { quantities: [...quantities], flags: [...flags] };
}
