import type { Order } from '../../domain/Order.js';
import type { DecisionRule } from '../DecisionRule.js';
import type { PolicyFamily } from '../PolicyFamily.js';
import type { BatchingContext, BatchingPolicy } from './BatchingPolicy.js';
import { availableAtViolation, companionsViolation } from './batchingViolation.js';
import { fcfs } from './fcfs.js';
import { savings } from './savings.js';
import { seed } from './seed.js';
import { single } from './single.js';
import { timeWindow } from './timeWindow.js';

/** How many orders wait, for messages (the model passes a Set's copy to plugins; check-policy an array). */
const countOf = (waiting: Iterable<Order>): string =>
  waiting instanceof Set ? String(waiting.size) : Array.isArray(waiting) ? String(waiting.length) : 'some';

const availableAt: DecisionRule<[releasedAt: number, context: BatchingContext], number> = {
  optional: true,
  describe: (releasedAt) => `availableAt(${releasedAt})`,
  violation: (at, releasedAt) => availableAtViolation(releasedAt, at),
  summarize: (at, releasedAt) => ({ orders: [], inputs: { releasedAt }, choice: { availableAt: at } }),
};

const companions: DecisionRule<Parameters<BatchingPolicy['companions']>, Order[]> = {
  describe: (waiting, first) => `companions(order ${first.id}, ${countOf(waiting)} waiting)`,
  violation: (chosen, waiting, first, context) => companionsViolation(waiting, first, context.cartCapacity, chosen),
  shown: (chosen) => (Array.isArray(chosen) ? `${chosen.length} orders` : JSON.stringify(chosen)),
  // The model's queue: a plugin gets its own copy and cannot change what its answer is checked against.
  isolate: (waiting, first, context) => [new Set<Order>(waiting), first, context],
  summarize: (chosen, _waiting, first, context) => ({
    orders: [first.id, ...chosen.map((order) => order.id)],
    inputs: { first: first.id, cartCapacity: context.cartCapacity },
    choice: chosen.map((order) => order.id),
  }),
};

/** Batching: which waiting orders share a picker's cart (and, for waves, when orders may be picked). */
export const batchingFamily: PolicyFamily<'batching'> = {
  name: 'batching',
  summary: "which waiting orders share a picker's cart (one tour)",
  paths: [['warehouse', 'batching', 'policy']],
  named: (name) => name,
  builtIns: [single, fcfs, timeWindow, seed, savings],
  decisions: { availableAt, companions },
  // Loaded on demand: only check-policy runs these, and they bring fast-check (the dashboard bundle need not).
  conformance: async (make) => (await import('./conformanceRules.js')).batchingRules(make),
};
