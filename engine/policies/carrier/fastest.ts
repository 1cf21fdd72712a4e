import type { ParcelCarrierPolicy } from '../types.js';
import { argMin } from './cheapest.js';

/** Fastest: the earliest expected delivery, whatever the cost. */
export const fastest: ParcelCarrierPolicy = {
  name: 'fastest',
  select: (options) => argMin(options, (option) => option.expectedDeliveryAt),
};
