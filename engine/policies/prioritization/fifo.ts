import type { PrioritizationPolicy } from '../types.js';

/** First in, first out: every order has the same priority, so queues keep arrival order. */
export const fifo: PrioritizationPolicy = {
  name: 'fifo',
  priority: () => 0,
};
