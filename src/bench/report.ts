export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  /** What the baseline is, for the person reading the output. */
  baselineLabel: string;
}

export function printResult(result: BenchResult): void {
  console.log(
    `${result.name}: ${result.value} ${result.unit}（基线 ${result.baselineLabel}：${result.baseline} ${result.unit}）`,
  );
}

/** The machine-readable line, one per figure, printed at the end of the run. */
export function benchLine(result: BenchResult): string {
  const ratio = result.baseline === 0 ? 0 : result.value / result.baseline;
  return `BENCH ${result.name} value=${result.value} unit=${result.unit} baseline=${result.baseline} ratio=${ratio.toFixed(3)}`;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The value that `p` per cent of the values do not exceed (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
