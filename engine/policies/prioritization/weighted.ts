import { HOUR } from '../../kernel/time.js';
import type { BuiltInPolicy } from '../BuiltInPolicy.js';

/** Weights of the `weighted` prioritization score (see the README). */
export interface PriorityWeights {
  readonly dueHours: number;
  readonly value: number;
  readonly tierRank: number;
  readonly promiseHours: number;
  readonly ageHours: number;
}

/**
 * Weighted score, lower first: dueHours × hours until the promise - value × order value +
 * tierRank × the customer tier's rank + promiseHours × hours from placement to the promise (short
 * promises first) - ageHours × hours since placement; weights from
 * `processing.priorityWeights`, evaluated when the order joins the queue.
 */
export const weighted: BuiltInPolicy<'prioritization', PriorityWeights> = {
  family: 'prioritization',
  name: 'weighted',
  description:
    'dueHours × hours to the promise - value × order value + tierRank × tier rank + promiseHours × hours from placement to the promise - ageHours × hours since placement, weights from `processing.priorityWeights`',
  optionsIn: (scenario) => scenario.processing.priorityWeights,
  create: (weights) => ({
    name: 'weighted',
    priority: (order, now) =>
      (weights.dueHours * (order.dueAt - now)) / HOUR -
      weights.value * order.value +
      weights.tierRank * order.tierRank +
      (weights.promiseHours * (order.dueAt - order.placedAt)) / HOUR -
      (weights.ageHours * (now - order.placedAt)) / HOUR,
  }),
};
