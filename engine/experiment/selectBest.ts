import { meanSimple } from 'simple-statistics';
import type { Direction } from '../kpi/definitions.js';
import { sampleVariance } from '../stats/sampleVariance.js';
import { studentTQuantile } from '../stats/studentT.js';

/** Whether a system can be the best one, and how it ranks by sample mean. */
export interface Selection {
  readonly name: string;
  readonly mean: number;
  readonly rank: number;
  /** In the subset that contains the best system with 95% confidence. */
  readonly possiblyBest: boolean;
}

/**
 * Subset selection with common random numbers (Nelson, Swann, Goldsman & Song, 2001): system i
 * stays in the subset when, against every other system j, its mean is within
 * W_ij = t(1 - 0.05/(k-1), n-1) · S_ij / sqrt(n) of j's, S_ij being the standard deviation of
 * the paired differences i - j. The subset holds the truly best system with probability at
 * least 95%; several members mean they are statistically tied for best. `values[i][r]` is
 * system i's KPI in replication r; replications where any system is undefined are left out.
 */
export function selectBest(
  names: readonly string[],
  values: ReadonlyArray<ReadonlyArray<number | null>>,
  direction: Exclude<Direction, 'neither'>,
): Selection[] {
  const k = names.length;
  const replications = Math.min(...values.map((row) => row.length));
  const usable: number[] = [];
  for (let r = 0; r < replications; r++) if (values.every((row) => Number.isFinite(row[r] ?? NaN))) usable.push(r);
  const n = usable.length;
  const sign = direction === 'higher' ? 1 : -1;
  // Oriented so that larger is better.
  const score = values.map((row) => usable.map((r) => sign * (row[r] as number)));
  const means = score.map((row) => (n > 0 ? meanSimple(row) : 0));
  const t = k > 1 && n > 1 ? studentTQuantile(1 - 0.05 / (k - 1), n - 1) : Infinity;
  const order = means.map((_, index) => index).sort((p, q) => (means[q] as number) - (means[p] as number));
  return names.map((name, i) => {
    let possiblyBest = true;
    for (let j = 0; j < k && possiblyBest; j++) {
      if (j === i) continue;
      const differences = (score[i] as number[]).map((value, r) => value - ((score[j] as number[])[r] as number));
      const mean = (means[i] as number) - (means[j] as number);
      const variance = n > 1 ? sampleVariance(differences, mean) : Infinity;
      const allowance = (t * Math.sqrt(variance)) / Math.sqrt(Math.max(1, n));
      if (mean < -allowance) possiblyBest = false;
    }
    return { name, mean: sign * (means[i] as number), rank: order.indexOf(i) + 1, possiblyBest };
  });
}
