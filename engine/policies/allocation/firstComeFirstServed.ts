import type { AllocationPolicy } from '../types.js';
import { fillInOrder } from './fillInOrder.js';

/** First come, first served: lines are filled whole in the order they were backordered. */
export const firstComeFirstServed: AllocationPolicy = {
  name: 'fcfs',
  allocate: (available, requests) => fillInOrder(available, requests, requests.map((_, index) => index)),
};
