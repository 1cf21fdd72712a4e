import type { PluginReference } from '../scenario/schema/policyReference.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import type { PolicyFamilyName } from './PolicyOfFamily.js';
import { POLICY_FAMILIES } from './registry.js';

/** A policy as a scenario chooses it: a built-in by name (with the options written beside the name, if any), or a user's module. */
export type PolicyChoice = { readonly builtIn: string; readonly options?: unknown } | PluginReference;

/** A policy a scenario names: its family, the choice and where it sits in the scenario. */
export interface PolicyUse<F extends PolicyFamilyName = PolicyFamilyName> {
  readonly family: F;
  readonly choice: PolicyChoice;
  readonly path: readonly string[];
}

/** The values at the places `pattern` names in `root` (`*`: every own key), with their paths. */
export function valuesAt(root: unknown, pattern: readonly string[]): Array<{ readonly path: string[]; readonly value: unknown }> {
  let found: Array<{ path: string[]; value: unknown }> = [{ path: [], value: root }];
  for (const key of pattern) {
    found = found.flatMap(({ path, value }) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
      const keys = key === '*' ? Object.keys(value) : Object.hasOwn(value, key) ? [key] : [];
      return keys.map((own) => ({ path: [...path, own], value: (value as Record<string, unknown>)[own] }));
    });
  }
  return found.filter(({ value }) => value !== undefined);
}

/** What a scenario value names: a built-in's name, a built-in's `type` with its fields, or a module. */
function choiceOf(value: unknown): PolicyChoice | undefined {
  if (typeof value === 'string') return { builtIn: value };
  if (typeof value !== 'object' || value === null) return undefined;
  if (typeof (value as { module?: unknown }).module === 'string') return value as PluginReference;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' ? { builtIn: type, options: value } : undefined;
}

/** Every policy a scenario names, in the registry's order, at every path its family is named. */
export function scenarioPolicies(scenario: Scenario): PolicyUse[] {
  return POLICY_FAMILIES.flatMap((family) =>
    family.paths.flatMap((pattern) =>
      valuesAt(scenario, pattern).flatMap(({ path, value }) => {
        const choice = choiceOf(value);
        return choice === undefined ? [] : [{ family: family.name, choice, path }];
      }),
    ),
  );
}

/** The uses of one family. */
export function usesOf<F extends PolicyFamilyName>(uses: readonly PolicyUse[], family: F): PolicyUse<F>[] {
  return uses.filter((use): use is PolicyUse<F> => use.family === family);
}

/** The one use of a family at its main path (every validated scenario has one: the schema gives a default). */
export function mainUse<F extends PolicyFamilyName>(uses: readonly PolicyUse[], family: F): PolicyUse<F> {
  const use = usesOf(uses, family)[0];
  if (use === undefined) throw new RangeError(`mainUse: the scenario names no ${family} policy`);
  return use;
}

/** True when a use names a user's module. */
export const isPluginChoice = (choice: PolicyChoice): choice is PluginReference => 'module' in choice;
