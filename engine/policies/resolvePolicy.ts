import type { PolicyReference } from '../scenario/schema/policyReference.js';
import { watchDecision } from './plugins/decisionWatch.js';
import { guardPolicy } from './plugins/guardPolicy.js';
import { loadedPlugin } from './plugins/loadedPlugins.js';
import { PolicyError } from './plugins/PolicyError.js';
import type { PolicyOfFamily } from './plugins/PolicyPlugin.js';
import { lookupPolicy, type NamedPolicyFamily } from './registry.js';

/**
 * The policy a scenario names: a built-in by name, or a user's module (already loaded by
 * engine/io/loadPlugins.ts) built from its options and guarded so an invalid decision stops the run.
 */
export function resolvePolicy<F extends NamedPolicyFamily>(family: F, reference: PolicyReference): PolicyOfFamily[F] {
  if (typeof reference === 'string') return lookupPolicy(family, reference) as PolicyOfFamily[F];
  const plugin = loadedPlugin(reference.module);
  if (plugin === undefined) throw new RangeError(`resolvePolicy: plugin ${reference.module} was not loaded (call loadScenarioPlugins first)`);
  if (plugin.family !== family) throw new PolicyError(reference.module, `exports a policy of family "${plugin.family}", but the scenario uses it where a ${family} policy is expected`);
  let policy: PolicyOfFamily[F];
  try {
    policy = watchDecision(reference.module, 'create(options)', () => plugin.create(reference.options)) as PolicyOfFamily[F];
  } catch (error) {
    throw new PolicyError(reference.module, `create(options) threw: ${error instanceof Error ? error.message : String(error)}`);
  }
  return guardPolicy(family, policy, reference.module);
}
