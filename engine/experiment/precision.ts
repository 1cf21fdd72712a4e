import type { KpiName } from '../kpi/definitions.js';
import type { Summary } from '../stats/summary.js';

/** `--precision KPI=±x` or `KPI=±x%`: the 95% interval half-width wanted for a KPI. */
export interface PrecisionTarget {
  readonly kpi: KpiName;
  readonly halfWidth: number;
  /** True when halfWidth is a fraction of the mean's magnitude. */
  readonly relative: boolean;
}

/** One interval checked against its target (a KPI, or a paired difference of one). */
export interface PrecisionCheck {
  readonly label: string;
  readonly target: PrecisionTarget;
  readonly summary: Summary;
}

/** How a precision check stands: the half-width reached, the one wanted, and whether it is met. */
export interface PrecisionStatus {
  readonly label: string;
  readonly halfWidth: number | null;
  readonly wanted: number;
  readonly met: boolean;
}

/** The half-width a target asks for, in the KPI's units (relative targets scale with |mean|). */
export function wantedHalfWidth(target: PrecisionTarget, mean: number | null): number {
  return target.relative ? target.halfWidth * Math.abs(mean ?? 0) : target.halfWidth;
}

export function precisionStatus(check: PrecisionCheck): PrecisionStatus {
  const { ci95, mean } = check.summary;
  const halfWidth = ci95 === null ? null : (ci95[1] - ci95[0]) / 2;
  const wanted = wantedHalfWidth(check.target, mean);
  return { label: check.label, halfWidth, wanted, met: halfWidth !== null && halfWidth <= wanted };
}

/**
 * Replications to run next: the half-width shrinks as 1/sqrt(n), so a check with half-width h
 * after n replications needs about n (h / wanted)^2. At least one more, at most double (early
 * intervals are wide because of the t quantile and would overshoot), and at most `max`.
 */
export function nextReplicationCount(checks: readonly PrecisionCheck[], n: number, max: number): number {
  let needed = n + 1;
  for (const check of checks) {
    const status = precisionStatus(check);
    if (status.met) continue;
    if (status.halfWidth === null || status.wanted <= 0) needed = Math.max(needed, 2 * n);
    else needed = Math.max(needed, Math.ceil(n * (status.halfWidth / status.wanted) ** 2));
  }
  return Math.min(max, 2 * n, needed);
}

/**
 * Sequential replications to a precision: run `initial`, then keep adding (estimating how
 * many are missing) until every check meets its target or `max` replications have run. The
 * stopping rule depends only on results, so any number of workers gives the same count.
 */
export async function runToPrecision(
  initial: number,
  max: number,
  extend: (from: number, to: number) => Promise<void>,
  checks: () => PrecisionCheck[],
): Promise<{ replications: number; statuses: PrecisionStatus[] }> {
  let n = Math.min(max, Math.max(2, initial));
  await extend(0, n);
  for (;;) {
    const current = checks();
    if (current.every((check) => precisionStatus(check).met) || n >= max)
      return { replications: n, statuses: current.map(precisionStatus) };
    const next = nextReplicationCount(current, n, max);
    await extend(n, next);
    n = next;
  }
}
