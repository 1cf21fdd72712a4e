import type { Scenario } from '../scenario/schema/scenario.js';
import { watchDecision } from './plugins/decisionWatch.js';
import { guardPolicy } from './plugins/guardPolicy.js';
import { loadedPlugin } from './plugins/loadedPlugins.js';
import { PolicyError } from './plugins/PolicyError.js';
import type { PolicyFamilyName, PolicyOfFamily } from './PolicyOfFamily.js';
import { lookupBuiltIn, policyFamily } from './registry.js';
import type { PolicyUse } from './scenarioPolicies.js';
import { thrownText } from './plugins/thrownText.js';

/**
 * The policy a scenario names, created for one replication: a built-in from its options (those
 * written with its name, or those it reads elsewhere in `scenario`), or a user's module (already
 * loaded by engine/io/loadPlugins.ts) built from its options and guarded so an invalid decision stops the run.
 */
export function resolvePolicy<F extends PolicyFamilyName>(use: PolicyUse<F>, scenario: Scenario): PolicyOfFamily[F] {
  const { family, choice } = use;
  if ('builtIn' in choice) {
    const builtIn = lookupBuiltIn(family, choice.builtIn);
    return builtIn.create(choice.options ?? builtIn.optionsIn?.(scenario));
  }
  const plugin = loadedPlugin(choice.module);
  if (plugin === undefined) throw new RangeError(`resolvePolicy: plugin ${choice.module} was not loaded (call loadScenarioPlugins first)`);
  if (plugin.family !== family)
    throw new PolicyError(
      choice.module,
      `exports a policy of family "${plugin.family}", but the scenario uses it where a ${family} policy is expected`,
    );
  let policy: PolicyOfFamily[F];
  try {
    policy = watchDecision(choice.module, 'create(options)', () => plugin.create(choice.options)) as PolicyOfFamily[F];
  } catch (error) {
    throw new PolicyError(choice.module, `create(options) threw: ${thrownText(choice.module, error)}`);
  }
  // Guarding reads what create returned (its methods, any getters): plugin code, watched like the rest.
  try {
    return watchDecision(choice.module, 'reading the policy create(options) returned', () =>
      guardPolicy(policyFamily(family), policy, choice.module),
    );
  } catch (error) {
    if (error instanceof PolicyError) throw error;
    throw new PolicyError(choice.module, `reading the policy create(options) returned threw: ${thrownText(choice.module, error)}`);
  }
}
