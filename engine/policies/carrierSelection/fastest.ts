import { argMin } from './cheapest.js';
import { fixedPolicy } from '../BuiltInPolicy.js';

/** Fastest: the earliest expected delivery, whatever the cost. */
export const fastest = fixedPolicy('carrierSelection', 'the earliest expected delivery, whatever the cost', {
  name: 'fastest',
  select: (options) => argMin(options, (option) => option.expectedDeliveryAt),
});
