import type { Scenario } from '../scenario/schema/scenario.js';
import type { InputProblem } from '../scenario/ScenarioError.js';
import { findBuiltIn, policyNames } from './registry.js';
import { scenarioPolicies } from './scenarioPolicies.js';

/** Problems for every built-in policy name in a scenario that the registry does not know (plugins are checked when loaded). */
export function checkPolicyNames(scenario: Scenario): InputProblem[] {
  return scenarioPolicies(scenario).flatMap(({ family, choice, path }) =>
    'builtIn' in choice && findBuiltIn(family, choice.builtIn) === undefined
      ? [
          {
            path: [...path],
            message: `unknown policy "${choice.builtIn}" (expected one of: ${policyNames(family).join(', ')}, or {"module": "./file.ts"})`,
          },
        ]
      : [],
  );
}
