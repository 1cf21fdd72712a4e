import type { ReplenishmentPolicy } from './ReplenishmentPolicy.js';
import { REPLENISHMENT_PATHS } from './replenishmentPaths.js';

/** The replenishment policies of a scenario, resolved: one for every SKU, then by ABC class and by SKU id. */
export interface ReplenishmentPolicies {
  readonly all: ReplenishmentPolicy;
  readonly byClass: ReadonlyMap<string, ReplenishmentPolicy>;
  /** By SKU id as the scenario writes it ("12"). */
  readonly bySku: ReadonlyMap<string, ReplenishmentPolicy>;
}

/** Sorts resolved policies by where the scenario names them (the paths in REPLENISHMENT_PATHS). */
export function replenishmentPolicies(
  resolved: ReadonlyArray<{ readonly path: readonly string[]; readonly policy: ReplenishmentPolicy }>,
): ReplenishmentPolicies {
  let all: ReplenishmentPolicy | undefined;
  const byClass = new Map<string, ReplenishmentPolicy>();
  const bySku = new Map<string, ReplenishmentPolicy>();
  for (const { path, policy } of resolved) {
    const [, section, key] = path;
    if (path.length === REPLENISHMENT_PATHS.all.length) all = policy;
    else if (section === REPLENISHMENT_PATHS.byClass[1] && key !== undefined) byClass.set(key, policy);
    else if (section === REPLENISHMENT_PATHS.bySku[1] && key !== undefined) bySku.set(key, policy);
  }
  if (all === undefined) throw new RangeError('replenishmentPolicies: the scenario names no inventory.policy');
  return { all, byClass, bySku };
}

/** The policy for one SKU: its own, else its class's, else the one for every SKU. */
export function replenishmentPolicyFor(policies: ReplenishmentPolicies, sku: number, abcClass: string): ReplenishmentPolicy {
  return policies.bySku.get(String(sku)) ?? policies.byClass.get(abcClass) ?? policies.all;
}
