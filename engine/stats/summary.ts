import { meanSimple, quantileSorted } from 'simple-statistics';
import { sampleVariance } from './sampleVariance.js';
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
  // The plain left-to-right mean, not simple-statistics' compensated `mean`: results keep the bytes they always had.
  const mean = meanSimple(defined);
  if (n === 1) return { mean, sd: null, ci95: null, values: reported };
  const sd = Math.sqrt(sampleVariance(defined, mean));
  const halfWidth = (studentTQuantile(0.975, n - 1) * sd) / Math.sqrt(n);
  return { mean, sd, ci95: [mean - halfWidth, mean + halfWidth], values: reported };
}

/**
 * Percentile by linear interpolation between order statistics (Hyndman-Fan type 7, as R's and
 * numpy's default and simple-statistics' `quantileSorted`); NaN for no values.
 */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? NaN : quantileSorted(sorted, p);
}
