import type { BuiltInPolicy } from '../BuiltInPolicy.js';
import { coverLevel, economicOrderQuantity } from './leadTimeDemand.js';

/** Parameters of (r, Q): reorder point and order quantity, each a number or "auto". */
export interface ReorderPointQuantityParams {
  readonly reorderPoint: number | 'auto';
  readonly orderQuantity: number | 'auto';
}

/**
 * (r, Q): after each demand, while the inventory position is at or below r, order Q (the
 * n batches needed are placed as one order of n * Q). "auto": r = round(mean + z * sd of
 * lead-time demand); Q = EOQ = sqrt(2 * yearly demand * ordering cost / yearly holding
 * cost per unit), at least 1.
 */
export const reorderPointQuantity: BuiltInPolicy<'replenishment', ReorderPointQuantityParams> = {
  family: 'replenishment',
  name: 'rQ',
  description: 'continuous review: at or below r, order Q (EOQ when "auto") as many times as needed',
  create: (params) => ({
    name: 'rQ',
    ruleFor(demand) {
      const reorderPoint = params.reorderPoint === 'auto' ? Math.round(coverLevel(demand)) : params.reorderPoint;
      const orderQuantity = params.orderQuantity === 'auto' ? economicOrderQuantity(demand) : params.orderQuantity;
      return {
        targetLevel: Math.max(0, reorderPoint + orderQuantity),
        ordersOnlyAtOrBelow: reorderPoint,
        // In steady state the inventory position is uniform on r+1..r+Q.
        steadyStateLevel: (uniform) => Math.max(0, reorderPoint + 1 + Math.floor(uniform * orderQuantity)),
        quantityToOrder(position) {
          if (position > reorderPoint) return 0;
          return Math.ceil((reorderPoint - position + 1) / orderQuantity) * orderQuantity;
        },
      };
    },
  }),
};
