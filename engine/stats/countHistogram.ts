/** How often each count occurs in a sample (values ascending, each with its frequency). */
export interface CountHistogram {
  readonly values: readonly number[];
  readonly frequencies: readonly number[];
  /** Sample size (the frequencies' sum). */
  readonly n: number;
  readonly mean: number;
  readonly variance: number;
}

/** The histogram of `counts` (non-negative integers); the map keeps the memory to one entry per distinct value. */
export function countHistogram(counts: Iterable<number>): CountHistogram {
  const frequency = new Map<number, number>();
  for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  const values = [...frequency.keys()].sort((p, q) => p - q);
  const frequencies = values.map((value) => frequency.get(value) as number);
  const n = frequencies.reduce((sum, f) => sum + f, 0);
  const mean = values.reduce((sum, value, index) => sum + value * (frequencies[index] as number), 0) / n;
  const squares = values.reduce((sum, value, index) => sum + (value - mean) ** 2 * (frequencies[index] as number), 0);
  return { values, frequencies, n, mean, variance: n > 1 ? squares / (n - 1) : 0 };
}
