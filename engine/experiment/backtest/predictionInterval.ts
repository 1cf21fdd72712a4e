import { meanSimple } from 'simple-statistics';
import { sampleVariance } from '../../stats/sampleVariance.js';
import { studentTQuantile } from '../../stats/studentT.js';

/** The replications' mean of a value and the 95% interval in which one more realization is expected to fall. */
export interface SimulatedValue {
  readonly mean: number | null;
  readonly low: number | null;
  readonly high: number | null;
}

/**
 * Mean and 95% prediction interval of replication values (undefined ones left out):
 * mean ± t(0.975, n-1) · sd · √(1 + 1/n). It is the interval for a new realization, not the
 * confidence interval of the mean: the actual history is one realization, and a confidence
 * interval that narrows as replications grow would reject a perfect twin.
 */
export function predictionInterval(values: readonly number[]): SimulatedValue {
  const defined = values.filter((value) => Number.isFinite(value));
  const n = defined.length;
  if (n === 0) return { mean: null, low: null, high: null };
  const mean = meanSimple(defined);
  if (n === 1) return { mean, low: null, high: null };
  const halfWidth = studentTQuantile(0.975, n - 1) * Math.sqrt(sampleVariance(defined, mean)) * Math.sqrt(1 + 1 / n);
  return { mean, low: mean - halfWidth, high: mean + halfWidth };
}
