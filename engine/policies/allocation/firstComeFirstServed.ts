import { fillInOrder } from './fillInOrder.js';
import { fixedPolicy } from '../BuiltInPolicy.js';

/** First come, first served: lines are filled whole in the order they were backordered. */
export const firstComeFirstServed = fixedPolicy('allocation', 'fills lines whole in the order they were backordered', {
  name: 'fcfs',
  allocate: (available, requests) =>
    fillInOrder(
      available,
      requests,
      requests.map((_, index) => index),
    ),
});
