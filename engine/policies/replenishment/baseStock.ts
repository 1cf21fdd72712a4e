import type { BuiltInPolicy } from '../BuiltInPolicy.js';
import { coverLevel } from './leadTimeDemand.js';

/** Parameters of base-stock: the order-up-to level S, or "auto". */
export interface BaseStockParams {
  readonly baseStock: number | 'auto';
}

/**
 * Base-stock (one-for-one): the inventory position is held at S by ordering, after each
 * demand, what brings it back to S. "auto" sets S = ceil(mean + z * sd of lead-time demand).
 */
export const baseStock: BuiltInPolicy<'replenishment', BaseStockParams> = {
  family: 'replenishment',
  name: 'base-stock',
  description: 'one for one: after each demand, order what brings the position back to S',
  create: (params) => ({
    name: 'base-stock',
    ruleFor(demand) {
      const level = params.baseStock === 'auto' ? Math.ceil(coverLevel(demand)) : params.baseStock;
      return {
        targetLevel: level,
        // Math.max(0, level - position) is 0 from the level up.
        ordersOnlyAtOrBelow: level,
        steadyStateLevel: () => level,
        quantityToOrder: (position) => Math.max(0, level - position),
      };
    },
  }),
};
