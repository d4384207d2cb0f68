/** 类案同罚: how one fine compares with the fines of similar cases (same violation and tier). */
export interface PeerComparison {
  count: number;
  /** 0 when there are no peers. */
  medianFen: number;
  p25Fen: number;
  p75Fen: number;
  /** Signed share of the median: +0.5 is half as much again, -0.5 half; 0 without a median. */
  deviation: number;
  flagged: boolean;
}

/**
 * Fewer peers than this are no practice to keep to: the median of one or two decisions says
 * more about those cases than about the agency's usual fine, so nothing is flagged.
 */
const minimumPeers = 3;

/** The p-quantile of sorted amounts, interpolating between neighbours, in whole fen. */
function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const position = p * (sorted.length - 1);
  const lower = sorted[Math.floor(position)] ?? 0;
  const upper = sorted[Math.ceil(position)] ?? lower;
  return Math.round(lower + (upper - lower) * (position - Math.floor(position)));
}

export function peerComparison(
  amountFen: number,
  peerAmountsFen: readonly number[],
  margin: number,
): PeerComparison {
  const sorted = [...peerAmountsFen].sort((a, b) => a - b);
  const medianFen = quantile(sorted, 0.5);
  // Peers fined nothing (warnings) give no share to measure against.
  const deviation = medianFen === 0 ? 0 : (amountFen - medianFen) / medianFen;
  return {
    count: sorted.length,
    medianFen,
    p25Fen: quantile(sorted, 0.25),
    p75Fen: quantile(sorted, 0.75),
    deviation,
    flagged: sorted.length >= minimumPeers && Math.abs(deviation) > margin,
  };
}

export interface AmountBucket {
  fromFen: number;
  /** Exclusive. */
  toFen: number;
  count: number;
}

/** A width of 1, 2 or 5 × 10ⁿ yuan, so that the chart's buckets read as round sums. */
function roundBucketWidth(spanFen: number, bucketCount: number): number {
  const rough = Math.max(spanFen / bucketCount, 100);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= rough) ?? 10;
  return Math.ceil((step * power) / 100) * 100;
}

/** Amounts counted in contiguous buckets of a round width, empty buckets included, for a chart. */
export function amountHistogram(amountsFen: readonly number[], bucketCount = 10): AmountBucket[] {
  if (amountsFen.length === 0) return [];
  const lowest = Math.min(...amountsFen);
  const highest = Math.max(...amountsFen);
  const width = roundBucketWidth(highest - lowest, bucketCount);
  const start = Math.floor(lowest / width) * width;
  const buckets = Array.from({ length: Math.floor((highest - start) / width) + 1 }, (_, index) => ({
    fromFen: start + index * width,
    toFen: start + (index + 1) * width,
    count: 0,
  }));
  for (const amount of amountsFen) {
    const bucket = buckets[Math.floor((amount - start) / width)];
    if (bucket) bucket.count += 1;
  }
  return buckets;
}
