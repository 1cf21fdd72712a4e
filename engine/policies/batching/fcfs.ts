import type { BatchingPolicy } from '../types.js';

/** First come, first served: the cart is filled with the orders waiting longest, up to its capacity. */
export const fcfs: BatchingPolicy = {
  name: 'fcfs',
  companions(waiting, cartCapacity) {
    const chosen = [];
    for (const order of waiting) {
      if (chosen.length >= cartCapacity - 1) break;
      chosen.push(order);
    }
    return chosen;
  },
};
