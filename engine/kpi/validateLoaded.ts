import { checkPolicyNames } from '../policies/checkPolicyNames.js';
import { ScenarioError } from '../scenario/ScenarioError.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { validateScenario } from '../scenario/validateScenario.js';
import { targetProblems } from './targetProblems.js';

/**
 * Validates merged scenario JSON for `file` as every runner accepts it: the schema with its
 * defaults, the cross checks, the policy names and the KPI targets. The CLI (after reading the
 * file) and the dashboard's what-if worker both call this, so they refuse the same scenarios
 * with the same messages. Throws a ScenarioError naming `file` and the JSON path of every
 * problem. It sits in the kpi layer because targets are checked against the KPI definitions.
 */
export function validateLoaded(raw: unknown, file: string): Scenario {
  const scenario = validateScenario(raw, file);
  const problems = [...checkPolicyNames(scenario), ...targetProblems(scenario.targets)];
  if (problems.length > 0) throw new ScenarioError(file, problems);
  return scenario;
}
