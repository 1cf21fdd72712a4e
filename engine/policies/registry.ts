import { allocationFamily } from './allocation/family.js';
import { batchingFamily } from './batching/family.js';
import type { BuiltInPolicy } from './BuiltInPolicy.js';
import { carrierSelectionFamily } from './carrierSelection/family.js';
import type { PolicyFamily } from './PolicyFamily.js';
import type { PolicyFamilyName } from './PolicyOfFamily.js';
import { prioritizationFamily } from './prioritization/family.js';
import { replenishmentFamily } from './replenishment/family.js';
import { routingFamily } from './routing/family.js';

/**
 * The registry: every policy family, each with its built-ins (`engine/policies/<family>/family.ts`).
 * Everything else (scenario paths, schema names, plugin checks, conformance, traces, the README's
 * table) is read from here.
 */
const FAMILIES: { readonly [F in PolicyFamilyName]: PolicyFamily<F> } = {
  prioritization: prioritizationFamily,
  routing: routingFamily,
  batching: batchingFamily,
  allocation: allocationFamily,
  carrierSelection: carrierSelectionFamily,
  replenishment: replenishmentFamily,
};

/** Every policy family, in the order a scenario's journey meets them. */
export const POLICY_FAMILIES: ReadonlyArray<PolicyFamily<PolicyFamilyName>> = Object.values(FAMILIES);

/** The names of every policy family. */
export const POLICY_FAMILY_NAMES: readonly PolicyFamilyName[] = POLICY_FAMILIES.map((family) => family.name);

/** True when `name` is a policy family's name (own entries only, so "constructor" is none). */
export function isPolicyFamily(name: unknown): name is PolicyFamilyName {
  return typeof name === 'string' && Object.hasOwn(FAMILIES, name);
}

/** The descriptor of a family. */
export function policyFamily<F extends PolicyFamilyName>(name: F): PolicyFamily<F> {
  return FAMILIES[name];
}

/** Names of the built-in policies of a family. */
export function policyNames(family: PolicyFamilyName): string[] {
  return FAMILIES[family].builtIns.map((builtIn) => builtIn.name);
}

/** The built-in policy called `name` in `family`, or undefined. */
export function findBuiltIn<F extends PolicyFamilyName>(family: F, name: string): BuiltInPolicy<F> | undefined {
  return policyFamily(family).builtIns.find((builtIn) => builtIn.name === name);
}

/** The built-in called `name` in `family`; throws a RangeError listing the known names if absent. */
export function lookupBuiltIn<F extends PolicyFamilyName>(family: F, name: string): BuiltInPolicy<F> {
  const builtIn = findBuiltIn(family, name);
  if (builtIn === undefined)
    throw new RangeError(`lookupBuiltIn: unknown ${family} policy "${name}" (known: ${policyNames(family).join(', ')})`);
  return builtIn;
}
