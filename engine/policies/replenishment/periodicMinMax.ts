import { seconds } from '../../scenario/duration.js';
import { DAY } from '../../kernel/time.js';
import type { ReplenishmentPolicy } from '../types.js';
import { economicOrderQuantity, protectionCover } from './leadTimeDemand.js';

/** Parameters of periodic (R, s, S). */
export interface PeriodicMinMaxParams {
  /** Time between reviews, a duration such as "7d". */
  readonly reviewPeriod: string;
  readonly reorderPoint: number | 'auto';
  readonly orderUpTo: number | 'auto';
}

/**
 * Periodic review (R, s, S): every R days, if the inventory position is at or below s, order up
 * to S (a receipt due at a review instant is booked before the review). "auto": s = round(mean
 * + z * sd of demand over R plus the lead time), S = s + EOQ.
 */
export const periodicMinMax: ReplenishmentPolicy<PeriodicMinMaxParams> = {
  name: 'sS-periodic',
  create(params, demand) {
    const reviewPeriodDays = seconds(params.reviewPeriod) / DAY;
    const reorderPoint = params.reorderPoint === 'auto' ? protectionCover(demand, reviewPeriodDays) : params.reorderPoint;
    const orderUpTo = params.orderUpTo === 'auto' ? reorderPoint + economicOrderQuantity(demand) : params.orderUpTo;
    return {
      targetLevel: Math.max(0, orderUpTo),
      steadyStateLevel: (uniform) => Math.max(0, reorderPoint + 1 + Math.floor(uniform * (orderUpTo - reorderPoint))),
      quantityToOrder: (position) => (position <= reorderPoint ? orderUpTo - position : 0),
      reviewPeriodDays,
    };
  },
};
