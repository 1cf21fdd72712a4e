import { meanSimple } from 'simple-statistics';
import { sumOfSquaredDeviations } from '../stats/sampleVariance.js';

/**
 * Warm-up detection on a run's daily series. MSER-5 (White, Cobb & Spratt, 2000): average the
 * series in batches of 5, and truncate the d batches that minimise
 * MSER(d) = sum over j > d of (Z_j - mean(Z_{d+1..m}))^2 / (m - d)^2, i.e. the squared
 * standard error of the mean that is left; d is searched over the first half of the batches
 * (a minimum beyond it means the run is too short to tell). Welch's method: the
 * across-replication mean of each day, smoothed by a centred moving average, to be judged by eye.
 */

/** The MSER-5 truncation: observations to drop, and whether the minimum fell in the searched half. */
export interface MserResult {
  readonly truncate: number;
  readonly batchSize: number;
  /** MSER statistic for each candidate number of truncated batches. */
  readonly statistic: readonly number[];
  /** False when the series keeps drifting: the best cut is at the end of the searched range. */
  readonly reliable: boolean;
}

/** MSER over batches of `batchSize` (MSER-5 by default) of one series: the truncation that leaves the smallest standard error. */
export function mser(series: readonly number[], batchSize = 5): MserResult {
  if (series.length < batchSize) throw new RangeError(`mser: expected at least one batch of ${batchSize} values, got ${series.length}`);
  const batches: number[] = [];
  for (let start = 0; start + batchSize <= series.length; start += batchSize) {
    batches.push(meanSimple(series.slice(start, start + batchSize)));
  }
  const m = batches.length;
  const candidates = Math.max(1, Math.floor(m / 2));
  const statistic: number[] = [];
  for (let d = 0; d < candidates; d++) {
    const kept = batches.slice(d);
    statistic.push(sumOfSquaredDeviations(kept, meanSimple(kept)) / kept.length ** 2);
  }
  let best = 0;
  statistic.forEach((value, d) => {
    if (value < (statistic[best] as number)) best = d;
  });
  return { truncate: best * batchSize, batchSize, statistic, reliable: m >= 4 && best < candidates - 1 };
}

/** Mean of each index across replications' series. */
export function meanAcross(replications: ReadonlyArray<readonly number[]>): number[] {
  const length = Math.min(...replications.map((series) => series.length));
  return Array.from({ length }, (_, day) => meanSimple(replications.map((series) => series[day] as number)));
}

/**
 * Welch's moving average with window w: for day i (from 0) at least w from the end, the mean
 * of days i-w..i+w, shrinking the window to i near the start (days 0..2i), as Welch defines it.
 */
export function welchMovingAverage(means: readonly number[], window: number): number[] {
  const smoothed: number[] = [];
  for (let i = 0; i + window < means.length; i++) {
    const half = Math.min(i, window);
    smoothed.push(meanSimple(means.slice(i - half, i + half + 1)));
  }
  return smoothed;
}
