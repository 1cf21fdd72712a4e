import type { AllocationPolicy } from './allocation/AllocationPolicy.js';
import type { BatchingPolicy } from './batching/BatchingPolicy.js';
import type { CarrierSelectionPolicy } from './carrierSelection/CarrierSelectionPolicy.js';
import type { PrioritizationPolicy } from './prioritization/PrioritizationPolicy.js';
import type { ReplenishmentPolicy } from './replenishment/ReplenishmentPolicy.js';
import type { RoutingPolicy } from './routing/RoutingPolicy.js';

/** The policy interface of each family (built-ins and plugins alike). */
export interface PolicyOfFamily {
  readonly prioritization: PrioritizationPolicy;
  readonly routing: RoutingPolicy;
  readonly batching: BatchingPolicy;
  readonly allocation: AllocationPolicy;
  readonly carrierSelection: CarrierSelectionPolicy;
  readonly replenishment: ReplenishmentPolicy;
}

/** A policy family's name, as plugins and `check-policy` name it. */
export type PolicyFamilyName = keyof PolicyOfFamily;
