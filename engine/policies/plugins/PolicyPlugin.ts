import type {
  AllocationPolicy,
  BatchingPolicy,
  CarrierSelectionPolicy,
  PrioritizationPolicy,
  RoutingPolicy,
} from '../types.js';
import type { NamedPolicyFamily } from '../registry.js';

/** The policy interface of each family a plugin may implement. */
export interface PolicyOfFamily {
  readonly prioritization: PrioritizationPolicy;
  readonly routing: RoutingPolicy;
  readonly batching: BatchingPolicy;
  readonly allocation: AllocationPolicy;
  readonly carrierSelection: CarrierSelectionPolicy;
}

/** JSON options from the scenario. */
export type PluginOptions = Readonly<Record<string, unknown>>;

/**
 * What a plugin module exports as its default: the family it belongs to and a factory that
 * builds the policy from the scenario's options (called once per replication).
 */
export interface PolicyPlugin<F extends NamedPolicyFamily = NamedPolicyFamily> {
  readonly family: F;
  create(options: PluginOptions): PolicyOfFamily[F];
}

/** Identity helper that gives a plugin module its types: `export default definePolicy({...})`. */
export function definePolicy<F extends NamedPolicyFamily>(plugin: PolicyPlugin<F>): PolicyPlugin<F> {
  return plugin;
}
