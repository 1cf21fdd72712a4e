import type { Scenario } from '../scenario/schema/scenario.js';
import type { InputProblem } from '../scenario/ScenarioError.js';
import { findPolicy, policyNames } from './registry.js';
import { scenarioPolicies } from './scenarioPolicies.js';

/** Problems for every built-in policy name in a scenario that no registry knows (plugins are checked when loaded). */
export function checkPolicyNames(scenario: Scenario): InputProblem[] {
  return scenarioPolicies(scenario)
    .filter(({ family, reference }) => typeof reference === 'string' && findPolicy(family, reference) === undefined)
    .map(({ family, reference, path }) => ({ path, message: `unknown policy "${String(reference)}" (expected one of: ${policyNames(family).join(', ')}, or {"module": "./file.ts"})` }));
}
