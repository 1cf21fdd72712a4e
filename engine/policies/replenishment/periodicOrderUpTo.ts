import { seconds } from '../../scenario/duration.js';
import { DAY } from '../../kernel/time.js';
import type { ReplenishmentPolicy } from '../types.js';
import { protectionCover } from './leadTimeDemand.js';

/** Parameters of (R, S): days between reviews and the order-up-to level (a number or "auto"). */
export interface PeriodicOrderUpToParams {
  /** Time between reviews, a duration such as "7d". */
  readonly reviewPeriod: string;
  readonly orderUpTo: number | 'auto';
}

/**
 * Periodic review (R, S): every R days, order what brings the inventory position up to S.
 * "auto": S = round(mean + z * sd of demand over R plus the lead time).
 */
export const periodicOrderUpTo: ReplenishmentPolicy<PeriodicOrderUpToParams> = {
  name: 'RS',
  create(params, demand) {
    const reviewPeriodDays = seconds(params.reviewPeriod) / DAY;
    const orderUpTo = params.orderUpTo === 'auto' ? protectionCover(demand, reviewPeriodDays) : params.orderUpTo;
    const perReview = demand.unitsPerDay * reviewPeriodDays;
    return {
      targetLevel: Math.max(0, orderUpTo),
      // Between reviews the position falls from S by about one review period's demand.
      steadyStateLevel: (uniform) => Math.max(0, Math.round(orderUpTo - uniform * perReview)),
      quantityToOrder: (position) => Math.max(0, orderUpTo - position),
      reviewPeriodDays,
    };
  },
};
