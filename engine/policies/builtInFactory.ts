import { validateScenario } from '../scenario/validateScenario.js';
import type { PluginOptions } from './plugins/PolicyPlugin.js';
import type { PolicyFamilyName, PolicyOfFamily } from './PolicyOfFamily.js';
import { lookupBuiltIn, policyFamily } from './registry.js';
import { resolvePolicy } from './resolvePolicy.js';
import { mainUse, scenarioPolicies } from './scenarioPolicies.js';

/**
 * Makes built-in `name` of `family` as a scenario that names it (and is otherwise at its
 * defaults) would, once per call: for check-policy and tests. `fields` are written beside the
 * name where the family takes options so (replenishment: `{"reviewPeriod": "7d"}` for RS).
 * Throws a ScenarioError (with the JSON path) when those fields are wrong or missing.
 */
export function builtInFactory<F extends PolicyFamilyName>(family: F, name: string, fields: PluginOptions = {}): () => PolicyOfFamily[F] {
  lookupBuiltIn(family, name);
  const named = policyFamily(family).named(name);
  const value = typeof named === 'object' && named !== null ? { ...fields, ...named } : named;
  const path = policyFamily(family).paths[0] ?? [];
  const raw = path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
  const scenario = validateScenario(raw, `${family}:${name}`);
  const use = mainUse(scenarioPolicies(scenario), family);
  return () => resolvePolicy(use, scenario);
}
