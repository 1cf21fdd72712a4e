import { kpiDefinition, type KpiName } from './definitions.js';

/** Where a KPI stands against its target band: on target, near it, or off it. */
export type TargetState = 'green' | 'amber' | 'red';

/** A target band as the scenario's `targets` gives it (checked by targetProblems). */
export interface TargetBand {
  readonly green: number;
  readonly amber: number;
}

/** The state of `value` against `band`, the KPI's direction deciding which side is good; undefined without a value or a better side. */
export function targetState(name: KpiName, value: number | null, band: TargetBand): TargetState | undefined {
  const direction = kpiDefinition(name).direction;
  if (value === null || !Number.isFinite(value) || direction === 'neither') return undefined;
  // Compare as "higher is better" by flipping the sign of lower-is-better KPIs.
  const sign = direction === 'higher' ? 1 : -1;
  if (sign * value >= sign * band.green) return 'green';
  if (sign * value >= sign * band.amber) return 'amber';
  return 'red';
}
