import type { DecisionRule } from '../DecisionRule.js';
import type { PolicyFamily } from '../PolicyFamily.js';
import type { AllocationPolicy } from './AllocationPolicy.js';
import { allocationViolation } from './allocationViolation.js';
import { fairShare } from './fairShare.js';
import { firstComeFirstServed } from './firstComeFirstServed.js';
import { linearProgram } from './linearProgram.js';
import { priorityFirst } from './priorityFirst.js';

const allocate: DecisionRule<Parameters<AllocationPolicy['allocate']>, number[]> = {
  describe: (available, requests) => `allocate(${available} units, ${requests.length} lines)`,
  violation: (given, available, requests) => allocationViolation(available, requests, given),
  summarize: (given, available, requests) => ({
    orders: requests.map((request) => request.orderId),
    inputs: {
      sku: requests[0]?.sku,
      available,
      requests: requests.map((request) => ({ order: request.orderId, units: request.units, priority: request.priority })),
    },
    choice: given,
  }),
};

/** Allocation of scarce stock: who gets the units of a receipt that cannot cover every backorder. */
export const allocationFamily: PolicyFamily<'allocation'> = {
  name: 'allocation',
  summary: 'who gets the units of a receipt that cannot cover every waiting backorder',
  paths: [['inventory', 'allocation']],
  named: (name) => name,
  builtIns: [firstComeFirstServed, priorityFirst, fairShare, linearProgram],
  decisions: { allocate },
  // Loaded on demand: only check-policy runs these, and they bring fast-check (the dashboard bundle need not).
  conformance: async (make) => (await import('./conformanceRules.js')).allocationRules(make),
};
