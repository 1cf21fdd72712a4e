import { fairShare } from './allocation/fairShare.js';
import { firstComeFirstServed } from './allocation/firstComeFirstServed.js';
import { linearProgram } from './allocation/linearProgram.js';
import { priorityFirst } from './allocation/priorityFirst.js';
import { fcfs } from './batching/fcfs.js';
import { savings } from './batching/savings.js';
import { seed } from './batching/seed.js';
import { single } from './batching/single.js';
import { timeWindow } from './batching/timeWindow.js';
import { cheapest } from './carrier/cheapest.js';
import { cheapestOnTime } from './carrier/cheapestOnTime.js';
import { fastest } from './carrier/fastest.js';
import { carrierLinearProgram } from './carrier/linearProgram.js';
import { customerTier } from './prioritization/customerTier.js';
import { criticalRatio } from './prioritization/criticalRatio.js';
import { orderValue } from './prioritization/orderValue.js';
import { weighted } from './prioritization/weighted.js';
import { earliestDueDate } from './prioritization/earliestDueDate.js';
import { fifo } from './prioritization/fifo.js';
import { baseStock } from './replenishment/baseStock.js';
import { forecastDriven } from './replenishment/forecastDriven.js';
import { minMax } from './replenishment/minMax.js';
import { periodicMinMax } from './replenishment/periodicMinMax.js';
import { periodicOrderUpTo } from './replenishment/periodicOrderUpTo.js';
import { reorderPointQuantity } from './replenishment/reorderPointQuantity.js';
import { combined } from './routing/combined.js';
import { largestGap } from './routing/largestGap.js';
import { midpoint } from './routing/midpoint.js';
import { optimal } from './routing/optimal.js';
import { returnRouting } from './routing/returnRouting.js';
import { sShape } from './routing/sShape.js';
import { ownEntry } from '../scenario/reservedNames.js';
import type {
  AllocationPolicy,
  BatchingPolicy,
  CarrierSelectionPolicy,
  PrioritizationPolicy,
  ReplenishmentPolicy,
  ReplenishmentRule,
  RoutingPolicy,
  SkuDemandProfile,
} from './types.js';
import type { BaseStockParams } from './replenishment/baseStock.js';
import type { ForecastDrivenParams } from './replenishment/forecastDriven.js';
import type { MinMaxParams } from './replenishment/minMax.js';
import type { PeriodicMinMaxParams } from './replenishment/periodicMinMax.js';
import type { PeriodicOrderUpToParams } from './replenishment/periodicOrderUpTo.js';
import type { ReorderPointQuantityParams } from './replenishment/reorderPointQuantity.js';

/** Every built-in policy, by family and name. The one place where built-ins are listed. */
export const builtInPolicies = {
  routing: { 's-shape': sShape, return: returnRouting, midpoint, 'largest-gap': largestGap, combined, optimal } as Record<string, RoutingPolicy>,
  prioritization: {
    fifo,
    'earliest-due-date': earliestDueDate,
    'order-value': orderValue,
    'customer-tier': customerTier,
    'critical-ratio': criticalRatio,
    weighted,
  } as Record<string, PrioritizationPolicy>,
  batching: { single, fcfs, 'time-window': timeWindow, seed, savings } as Record<string, BatchingPolicy>,
  carrierSelection: { 'cheapest-on-time': cheapestOnTime, cheapest, fastest, lp: carrierLinearProgram } as Record<string, CarrierSelectionPolicy>,
  allocation: { fcfs: firstComeFirstServed, priority: priorityFirst, 'fair-share': fairShare, lp: linearProgram } as Record<string, AllocationPolicy>,
  replenishment: { 'base-stock': baseStock, rQ: reorderPointQuantity, sS: minMax, RS: periodicOrderUpTo, 'sS-periodic': periodicMinMax, forecast: forecastDriven },
};

/** Families whose policy is chosen by a name string in the scenario. */
export type NamedPolicyFamily = 'routing' | 'prioritization' | 'carrierSelection' | 'batching' | 'allocation';

/** Every family a scenario names by reference (a built-in name or a plugin module). */
export const NAMED_POLICY_FAMILIES: readonly NamedPolicyFamily[] = ['prioritization', 'routing', 'batching', 'allocation', 'carrierSelection'];

/** Names of the built-in policies of a family. */
export function policyNames(family: NamedPolicyFamily): string[] {
  return Object.keys(builtInPolicies[family]);
}

/** The built-in policy called `name` in `family`, or undefined: own entries only, so "constructor" is no policy. */
export function findPolicy<F extends NamedPolicyFamily>(family: F, name: string): (typeof builtInPolicies)[F][string] | undefined {
  const policies: Readonly<Record<string, unknown>> = builtInPolicies[family];
  return ownEntry(policies, name) as (typeof builtInPolicies)[F][string] | undefined;
}

/** The policy called `name` in `family`; throws a RangeError listing known names if absent. */
export function lookupPolicy<F extends NamedPolicyFamily>(family: F, name: string): (typeof builtInPolicies)[F][string] {
  const policy = findPolicy(family, name);
  if (policy === undefined) {
    throw new RangeError(`lookupPolicy: unknown ${family} policy "${name}" (known: ${policyNames(family).join(', ')})`);
  }
  return policy as (typeof builtInPolicies)[F][string];
}

/** A replenishment policy as a scenario names it: its type plus its parameters. */
export type ReplenishmentParams =
  | ({ type: 'base-stock' } & BaseStockParams)
  | ({ type: 'rQ' } & ReorderPointQuantityParams)
  | ({ type: 'sS' } & MinMaxParams)
  | ({ type: 'RS' } & PeriodicOrderUpToParams)
  | ({ type: 'sS-periodic' } & PeriodicMinMaxParams)
  | ({ type: 'forecast' } & ForecastDrivenParams);

/** Builds one SKU's replenishment rule from the scenario's policy and the SKU's demand profile. */
export function createReplenishmentRule(params: ReplenishmentParams, profile: SkuDemandProfile): ReplenishmentRule {
  // The registry maps each type to the policy for exactly that parameter shape.
  const policy = builtInPolicies.replenishment[params.type] as ReplenishmentPolicy<ReplenishmentParams>;
  return policy.create(params, profile);
}
