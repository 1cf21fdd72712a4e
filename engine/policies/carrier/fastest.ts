import type { CarrierSelectionPolicy } from '../types.js';
import { argMin } from './cheapest.js';

/** Fastest: the earliest expected delivery, whatever the cost. */
export const fastest: CarrierSelectionPolicy = {
  name: 'fastest',
  select: (options) => argMin(options, (option) => option.expectedDeliveryAt),
};
