import { KPI_DEFINITIONS, type KpiName } from '../../kpi/definitions.js';
import { pairedDifference } from '../pairedDifference.js';
import type { ScenarioResult } from '../runScenario.js';
import { KPI_WORDING } from './kpiWording.js';

/** A significant paired change of one KPI, variant minus baseline. */
export interface KpiChange {
  readonly kpi: KpiName;
  readonly verdict: 'better' | 'worse' | 'changed';
  /** The baseline's mean. */
  readonly base: number;
  /** The variant's mean. */
  readonly variant: number;
  /** Mean paired difference, variant minus baseline, and its 95% interval. */
  readonly difference: number;
  readonly ci95: readonly [number, number];
  /**
   * How big the change is, for ordering: percentage points for rates and utilizations, percent
   * of the baseline for the rest (infinite from a zero baseline: something that never happened now does).
   */
  readonly size: number;
}

/** Every KPI's paired comparison: the significant changes (largest first) and the KPIs that have no value. */
export interface KpiChanges {
  readonly significant: KpiChange[];
  /** KPIs compared that did not change significantly. */
  readonly unchanged: number;
  /** KPIs with no replication pair where both have a value (e.g. a return rate with no return window closed). */
  readonly withoutValue: KpiName[];
}

function sizeOf(kpi: KpiName, base: number, difference: number): number {
  const { kind } = KPI_WORDING[kpi];
  if (kind === 'rate' || kind === 'utilization') return Math.abs(difference) * 100;
  return base === 0 ? Number.POSITIVE_INFINITY : (Math.abs(difference) / Math.abs(base)) * 100;
}

/** Compares every KPI of `variant` with `baseline`, replications paired by index (common random numbers). */
export function kpiChanges(baseline: ScenarioResult, variant: ScenarioResult): KpiChanges {
  const significant: KpiChange[] = [];
  const withoutValue: KpiName[] = [];
  let unchanged = 0;
  for (const { name, direction } of KPI_DEFINITIONS) {
    const base = baseline.kpis[name];
    const other = variant.kpis[name];
    const paired = pairedDifference(base.values, other.values, direction);
    if (paired.mean === null) withoutValue.push(name);
    else if (paired.verdict === 'no significant difference' || paired.ci95 === null) unchanged++;
    else {
      const baseMean = base.mean ?? 0;
      significant.push({
        kpi: name,
        verdict: paired.verdict,
        base: baseMean,
        variant: other.mean ?? baseMean + paired.mean,
        difference: paired.mean,
        ci95: paired.ci95,
        size: sizeOf(name, baseMean, paired.mean),
      });
    }
  }
  // A stable sort: equal sizes keep the KPIs' report order.
  significant.sort((a, b) => b.size - a.size);
  return { significant, unchanged, withoutValue };
}
