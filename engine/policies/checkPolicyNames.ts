import type { Scenario } from '../scenario/schema/scenario.js';
import type { InputProblem } from '../scenario/ScenarioError.js';
import { builtInPolicies, policyNames, type NamedPolicyFamily } from './registry.js';

/** Problems for every policy name in a scenario that no registry knows. */
export function checkPolicyNames(scenario: Scenario): InputProblem[] {
  const uses: Array<[NamedPolicyFamily, string, string[]]> = [
    ['prioritization', scenario.processing.prioritization, ['processing', 'prioritization']],
    ['routing', scenario.warehouse.routing, ['warehouse', 'routing']],
    ['carrierSelection', scenario.shipping.selection, ['shipping', 'selection']],
    ['batching', scenario.warehouse.batching.policy, ['warehouse', 'batching', 'policy']],
  ];
  return uses
    .filter(([family, name]) => builtInPolicies[family][name] === undefined)
    .map(([family, name, path]) => ({ path, message: `unknown policy "${name}" (expected one of: ${policyNames(family).join(', ')})` }));
}
