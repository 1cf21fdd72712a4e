import { fixedPolicy } from '../BuiltInPolicy.js';

/**
 * Critical ratio: time left until the promise over the time the order's promise allowed from
 * placement, (due - now) / (due - placed), evaluated when the order joins the queue; the
 * smallest ratio (least of its allowance left; negative when already late) goes first.
 */
export const criticalRatio = fixedPolicy(
  'prioritization',
  '(due - now) / (due - placed): the least of its allowance left first (negative when late)',
  {
    name: 'critical-ratio',
    priority: (order, now) => (order.dueAt - now) / Math.max(1, order.dueAt - order.placedAt),
  },
);
