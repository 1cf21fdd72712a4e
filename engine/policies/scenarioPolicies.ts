import type { PolicyReference } from '../scenario/schema/policyReference.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import type { NamedPolicyFamily } from './registry.js';

/** A policy a scenario names: its family, the reference and where it sits in the scenario. */
export interface PolicyUse {
  readonly family: NamedPolicyFamily;
  readonly reference: PolicyReference;
  readonly path: readonly string[];
}

/** Every policy reference of a scenario, one per family. */
export function scenarioPolicies(scenario: Scenario): PolicyUse[] {
  return [
    { family: 'prioritization', reference: scenario.processing.prioritization, path: ['processing', 'prioritization'] },
    { family: 'routing', reference: scenario.warehouse.routing, path: ['warehouse', 'routing'] },
    { family: 'batching', reference: scenario.warehouse.batching.policy, path: ['warehouse', 'batching', 'policy'] },
    { family: 'allocation', reference: scenario.inventory.allocation, path: ['inventory', 'allocation'] },
    { family: 'carrierSelection', reference: scenario.shipping.selection, path: ['shipping', 'selection'] },
  ];
}
