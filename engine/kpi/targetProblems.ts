import type { InputProblem } from '../scenario/ScenarioError.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { KPI_DEFINITIONS, KPI_NAMES } from './definitions.js';

/**
 * What is wrong with a scenario's `targets` that the schema cannot see: names that are no KPI,
 * KPIs with no better side (a band needs one), bands the wrong way round for the KPI's
 * direction, and rates written as percentages.
 */
export function targetProblems(targets: Scenario['targets']): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const [name, band] of Object.entries(targets ?? {})) {
    const path = ['targets', name];
    const kpi = KPI_DEFINITIONS.find((definition) => definition.name === name);
    if (kpi === undefined) {
      problems.push({ path, message: `unknown KPI "${name}" (expected one of: ${KPI_NAMES.join(', ')})` });
      continue;
    }
    if (kpi.direction === 'neither') {
      problems.push({ path, message: `${kpi.label} (${name}) is neither better higher nor lower, so it cannot have a target band` });
      continue;
    }
    if (kpi.unit === 'rate')
      for (const side of ['green', 'amber'] as const)
        if (band[side] < 0 || band[side] > 1)
          problems.push({ path: [...path, side], message: `expected a fraction from 0 to 1 (a rate: 0.95 for 95%), got ${band[side]}` });
    if (kpi.direction === 'higher' && band.green < band.amber)
      problems.push({
        path,
        message: `higher is better for ${kpi.label}: expected green >= amber, got green ${band.green} < amber ${band.amber}`,
      });
    if (kpi.direction === 'lower' && band.green > band.amber)
      problems.push({
        path,
        message: `lower is better for ${kpi.label}: expected green <= amber, got green ${band.green} > amber ${band.amber}`,
      });
  }
  return problems;
}
