import type { Direction } from '../kpi/definitions.js';
import { summarize } from '../stats/summary.js';

/** How a variant compares with the base on one KPI. */
export type Verdict = 'better' | 'worse' | 'changed' | 'no significant difference';

/** The paired difference variant - base of one KPI across replications. */
export interface PairedDifference {
  readonly mean: number | null;
  readonly ci95: readonly [number, number] | null;
  readonly verdict: Verdict;
}

/**
 * Compares replication values paired by index (the same seed and replication index give
 * common random numbers): the mean difference, its 95% Student-t interval, and a verdict:
 * when the interval excludes zero, better or worse by the KPI's direction ("changed" for a
 * KPI with no better direction), otherwise no significant difference.
 */
export function pairedDifference(
  base: ReadonlyArray<number | null>,
  variant: ReadonlyArray<number | null>,
  direction: Direction,
): PairedDifference {
  const differences: number[] = [];
  for (let index = 0; index < Math.min(base.length, variant.length); index++) {
    const a = base[index];
    const b = variant[index];
    if (a !== null && a !== undefined && b !== null && b !== undefined) differences.push(b - a);
  }
  const { mean, ci95 } = summarize(differences);
  if (mean === null || ci95 === null || (ci95[0] <= 0 && ci95[1] >= 0)) {
    return { mean, ci95, verdict: 'no significant difference' };
  }
  if (direction === 'neither') return { mean, ci95, verdict: 'changed' };
  return { mean, ci95, verdict: mean > 0 === (direction === 'higher') ? 'better' : 'worse' };
}
