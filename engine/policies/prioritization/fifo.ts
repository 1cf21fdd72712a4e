import { fixedPolicy } from '../BuiltInPolicy.js';

/** First in, first out: every order has the same priority, so queues keep arrival order. */
export const fifo = fixedPolicy('prioritization', 'every order the same key: queues keep arrival order', {
  name: 'fifo',
  priority: () => 0,
});
