import { argMin } from './cheapest.js';
import { fixedPolicy } from '../BuiltInPolicy.js';

/**
 * Cheapest on time: the cheapest carrier whose on-time transit quantile still meets the
 * order's promise; when none does, the one likely to deliver soonest.
 */
export const cheapestOnTime = fixedPolicy(
  'carrierSelection',
  'the cheapest carrier likely to meet the promise; when none is, the one likely soonest',
  {
    name: 'cheapest-on-time',
    select(options, order) {
      const onTime = options.some((option) => option.likelyDeliveryBy <= order.dueAt);
      return onTime
        ? argMin(options, (option) => (option.likelyDeliveryBy <= order.dueAt ? option.cost : Infinity))
        : argMin(options, (option) => option.likelyDeliveryBy);
    },
  },
);
