import { fixedPolicy } from '../BuiltInPolicy.js';

/** Order value: the most valuable order (units × price) first. */
export const orderValue = fixedPolicy('prioritization', 'minus the order value: the most valuable order first', {
  name: 'order-value',
  priority: (order) => -order.value,
});
