/**
 * Handle times in the operations rollup are kept as a histogram over fixed log-scale buckets,
 * so a median or p90 over any set of rollup rows is the sum of their histograms, not a sort of
 * 100,000 raw times. Bucket 0 holds [0, 1 s); bucket k ≥ 1 holds [1 s · 1.1^(k-1), 1 s · 1.1^k);
 * the last bucket (about 23 h and longer) is open. A quantile is read as the bucket's geometric
 * middle, so it is within 4.9% (√1.1 − 1) of the exact value, or within 0.5 s below 1 s;
 * between two ranks it interpolates two such estimates, which keeps the same bound.
 */
export const BASE_MS = 1000;
export const RATIO = 1.1;
export const LAST_BUCKET = 120;

/** The bucket of a handle-time column, in SQL (SQLite's ln and floor). */
export const bucketSql = (ms: string): string =>
  `CASE WHEN ${ms} < ${BASE_MS} THEN 0 ELSE min(${LAST_BUCKET},
     1 + CAST(floor(ln(${ms} / ${BASE_MS}.0) / ln(${RATIO})) AS INTEGER)) END`;

/** A histogram as stored: JSON {bucket: count}, sparse. */
export type Histogram = Map<number, number>;

export function addHistogram(into: Histogram, json: string): void {
  for (const [bucket, count] of Object.entries(JSON.parse(json) as Record<string, number>)) {
    const b = Number(bucket);
    into.set(b, (into.get(b) ?? 0) + count);
  }
}

/** The value a bucket stands for: its geometric middle (the open last bucket: its floor). */
export function bucketValue(bucket: number): number {
  if (bucket === 0) return BASE_MS / 2;
  if (bucket >= LAST_BUCKET) return BASE_MS * RATIO ** (LAST_BUCKET - 1);
  return BASE_MS * RATIO ** (bucket - 0.5);
}

/**
 * The p-quantile (0–1) as SQLite's `percentile` defines it (linear between the two nearest
 * ranks), with each rank's value read from its bucket; null for an empty histogram.
 */
export function quantile(histogram: Histogram, p: number): number | null {
  const buckets = [...histogram.entries()].filter(([, n]) => n > 0).toSorted(([a], [b]) => a - b);
  const total = buckets.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const rank = p * (total - 1);
  const at = (r: number): number => {
    let seen = 0;
    for (const [bucket, n] of buckets) {
      seen += n;
      if (r < seen) return bucketValue(bucket);
    }
    return bucketValue(buckets[buckets.length - 1]![0]);
  };
  const low = Math.floor(rank);
  const lowValue = at(low);
  return lowValue + (rank - low) * (at(Math.ceil(rank)) - lowValue);
}
