import type { DecisionRule } from '../DecisionRule.js';
import type { PolicyFamily } from '../PolicyFamily.js';
import { criticalRatio } from './criticalRatio.js';
import { customerTier } from './customerTier.js';
import { earliestDueDate } from './earliestDueDate.js';
import { fifo } from './fifo.js';
import { orderValue } from './orderValue.js';
import type { PrioritizationPolicy } from './PrioritizationPolicy.js';
import { priorityViolation } from './priorityViolation.js';
import { weighted } from './weighted.js';

const priority: DecisionRule<Parameters<PrioritizationPolicy['priority']>, number> = {
  describe: (order) => `priority(order ${order.id})`,
  violation: priorityViolation,
  summarize: (key, order) => ({
    orders: [order.id],
    inputs: { order: order.id, tier: order.tier, dueAt: order.dueAt, value: order.value },
    choice: key,
  }),
};

/** Prioritization: the order of the clerk, pick and pack queues. */
export const prioritizationFamily: PolicyFamily<'prioritization'> = {
  name: 'prioritization',
  summary: 'the order of the clerk, pick and pack queues: a key per order, lower first, ties first come first served',
  paths: [['processing', 'prioritization']],
  named: (name) => name,
  builtIns: [fifo, earliestDueDate, orderValue, customerTier, criticalRatio, weighted],
  decisions: { priority },
  // Loaded on demand: only check-policy runs these, and they bring fast-check (the dashboard bundle need not).
  conformance: async (make) => (await import('./conformanceRules.js')).prioritizationRules(make),
};
