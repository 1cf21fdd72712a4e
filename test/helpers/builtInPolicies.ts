import { builtInFactory } from '../../engine/policies/builtInFactory.js';
import type { PolicyFamilyName, PolicyOfFamily } from '../../engine/policies/PolicyOfFamily.js';
import { policyNames } from '../../engine/policies/registry.js';

/** Fields a replenishment built-in needs beside its `type` (the schema has no default for them). */
const REQUIRED_FIELDS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  RS: { reviewPeriod: '7d' },
  'sS-periodic': { reviewPeriod: '7d' },
};

/** A built-in policy as a scenario naming it (and otherwise at its defaults) makes it. */
export function builtInPolicy<F extends PolicyFamilyName>(family: F, name: string): PolicyOfFamily[F] {
  return builtInFactory(family, name, family === 'replenishment' ? REQUIRED_FIELDS[name] : {})();
}

/** Every built-in of a family, by name, made as above. */
export function builtInPolicies<F extends PolicyFamilyName>(family: F): Array<[name: string, policy: PolicyOfFamily[F]]> {
  return policyNames(family).map((name) => [name, builtInPolicy(family, name)]);
}
