import type { PrioritizationPolicy } from '../types.js';

/** Order value: the most valuable order (units × price) first. */
export const orderValue: PrioritizationPolicy = {
  name: 'order-value',
  priority: (order) => -order.value,
};
