import { valuesAt } from './scenarioPolicies.js';
import { POLICY_FAMILIES } from './registry.js';

/**
 * Every plugin reference `{module, options}` in scenario JSON (raw or validated), as the
 * objects themselves, so their module paths can be read or rewritten in place.
 */
export function pluginReferencesIn(json: unknown): Array<{ module: string }> {
  return POLICY_FAMILIES.flatMap((family) => family.paths.flatMap((pattern) => valuesAt(json, pattern)))
    .map(({ value }) => value)
    .filter(
      // An empty module names no file: left for the schema to refuse at its JSON path.
      (value): value is { module: string } =>
        typeof value === 'object' &&
        value !== null &&
        typeof (value as { module?: unknown }).module === 'string' &&
        (value as { module: string }).module !== '',
    );
}
