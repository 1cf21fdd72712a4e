import type { CarrierOption } from '../../domain/CarrierOption.js';
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
      // One pass, no closure over the order: this runs for every parcel. The same choice as
      // argMin over the on-time options' costs, else over the likely delivery times.
      const due = order.dueAt;
      let onTime = false;
      let cheapest = -1;
      let lowestCost = Infinity;
      let soonest = -1;
      let soonestBy = Infinity;
      for (let index = 0; index < options.length; index++) {
        const { likelyDeliveryBy, cost } = options[index] as CarrierOption;
        if (likelyDeliveryBy <= due) {
          onTime = true;
          if (cost < lowestCost) {
            cheapest = index;
            lowestCost = cost;
          }
        }
        if (likelyDeliveryBy < soonestBy) {
          soonest = index;
          soonestBy = likelyDeliveryBy;
        }
      }
      const chosen = onTime ? cheapest : soonest;
      if (chosen < 0) throw new RangeError('argMin: no carrier option');
      return chosen;
    },
  },
);
