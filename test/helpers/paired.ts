import { expect } from 'vitest';
import { runReplication } from '../../engine/experiment/runReplication.js';
import type { KpiName, KpiValues } from '../../engine/kpi/definitions.js';
import type { Scenario } from '../../engine/scenario/schema/scenario.js';
import { summarize } from '../../engine/stats/summary.js';

/** A KPI and the way a lever should move it. */
export type Expectation = readonly [KpiName, 'up' | 'down'];

const REPLICATIONS = 5;

/** Asserts that the whole 95% interval of each paired difference lies on the expected side of zero. */
export function expectPaired(
  lever: string,
  reference: readonly KpiValues[],
  variant: readonly KpiValues[],
  expectations: readonly Expectation[],
): void {
  for (const [kpi, way] of expectations) {
    const differences = variant.map((values, index) => values[kpi] - (reference[index] as KpiValues)[kpi]);
    const { ci95 } = summarize(differences);
    if (ci95 === null) throw new TypeError('whatIfs: no interval');
    if (way === 'up') expect(ci95[0], `${lever}: ${kpi} difference interval ${JSON.stringify(ci95)}`).toBeGreaterThan(0);
    else expect(ci95[1], `${lever}: ${kpi} difference interval ${JSON.stringify(ci95)}`).toBeLessThan(0);
  }
}

/** KPI values of the first five replications (common random numbers across scenarios). */
export function runs(scenario: Scenario): KpiValues[] {
  return Array.from({ length: REPLICATIONS }, (_, replication) => runReplication(scenario, replication).kpis);
}
