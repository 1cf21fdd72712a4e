import type { BuiltInPolicy } from '../BuiltInPolicy.js';
import { coverLevel, economicOrderQuantity } from './leadTimeDemand.js';

/** Parameters of continuous (s, S): reorder point and order-up-to level, each a number or "auto". */
export interface MinMaxParams {
  readonly reorderPoint: number | 'auto';
  readonly orderUpTo: number | 'auto';
}

/**
 * Continuous-review (s, S): after each demand or receipt, when the inventory position is at or
 * below s, order up to S. "auto": s = round(mean + z * sd of lead-time demand), S = s + EOQ.
 */
export const minMax: BuiltInPolicy<'replenishment', MinMaxParams> = {
  family: 'replenishment',
  name: 'sS',
  description: 'continuous review: at or below s, order up to S',
  create: (params) => ({
    name: 'sS',
    ruleFor(demand) {
      const reorderPoint = params.reorderPoint === 'auto' ? Math.round(coverLevel(demand)) : params.reorderPoint;
      const orderUpTo = params.orderUpTo === 'auto' ? reorderPoint + economicOrderQuantity(demand) : params.orderUpTo;
      return {
        targetLevel: Math.max(0, orderUpTo),
        ordersOnlyAtOrBelow: reorderPoint,
        // With unit demands the position cycles uniformly over s+1..S.
        steadyStateLevel: (uniform) => Math.max(0, reorderPoint + 1 + Math.floor(uniform * (orderUpTo - reorderPoint))),
        quantityToOrder: (position) => (position <= reorderPoint ? orderUpTo - position : 0),
      };
    },
  }),
};
