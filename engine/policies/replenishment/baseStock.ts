import type { ReplenishmentPolicy } from '../types.js';
import { coverLevel } from './leadTimeDemand.js';

/** Parameters of base-stock: the order-up-to level S, or "auto". */
export interface BaseStockParams {
  readonly baseStock: number | 'auto';
}

/**
 * Base-stock (one-for-one): the inventory position is held at S by ordering, after each
 * demand, what brings it back to S. "auto" sets S = ceil(mean + z * sd of lead-time demand).
 */
export const baseStock: ReplenishmentPolicy<BaseStockParams> = {
  name: 'base-stock',
  create(params, demand) {
    const level = params.baseStock === 'auto' ? Math.ceil(coverLevel(demand)) : params.baseStock;
    return {
      targetLevel: level,
      steadyStateLevel: () => level,
      quantityToOrder: (position) => Math.max(0, level - position),
    };
  },
};
