import { studentTQuantile } from './studentT.js';

/** Mean, standard deviation and 95% Student-t interval of replication values. */
export interface Summary {
  readonly mean: number | null;
  readonly sd: number | null;
  readonly ci95: readonly [number, number] | null;
  readonly values: ReadonlyArray<number | null>;
}

/**
 * Summarises one KPI across replications. Replications where the KPI is undefined (NaN,
 * e.g. an on-time rate with no delivered order) are reported as null and left out of
 * the statistics; sd and the interval need at least two defined values.
 */
export function summarize(values: readonly number[]): Summary {
  const defined = values.filter((value) => Number.isFinite(value));
  const reported = values.map((value) => (Number.isFinite(value) ? value : null));
  const n = defined.length;
  if (n === 0) return { mean: null, sd: null, ci95: null, values: reported };
  const mean = defined.reduce((sum, value) => sum + value, 0) / n;
  if (n === 1) return { mean, sd: null, ci95: null, values: reported };
  const sd = Math.sqrt(defined.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1));
  const halfWidth = (studentTQuantile(0.975, n - 1) * sd) / Math.sqrt(n);
  return { mean, sd, ci95: [mean - halfWidth, mean + halfWidth], values: reported };
}

/** Percentile by linear interpolation between order statistics (Hyndman-Fan type 7). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const fraction = position - lower;
  const a = sorted[lower] as number;
  const b = sorted[Math.min(lower + 1, sorted.length - 1)] as number;
  return a + (b - a) * fraction;
}
