import type { PrioritizationPolicy } from '../types.js';

const HOUR = 3600;

/**
 * Weighted score, lower first: dueHours × hours until the promise - value × order value +
 * tierRank × the customer tier's rank + promiseHours × hours from placement to the promise (short
 * promises first) - ageHours × hours since placement; weights from
 * `processing.priorityWeights`, evaluated when the order joins the queue.
 */
export const weighted: PrioritizationPolicy = {
  name: 'weighted',
  priority: (order, now, weights) =>
    (weights.dueHours * (order.dueAt - now)) / HOUR -
    weights.value * order.value +
    weights.tierRank * order.tierRank +
    (weights.promiseHours * (order.dueAt - order.placedAt)) / HOUR -
    (weights.ageHours * (now - order.placedAt)) / HOUR,
};
