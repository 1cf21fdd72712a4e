import type { Order } from '../../domain/Order.js';
import { fixedPolicy } from '../BuiltInPolicy.js';

/** The first `count` orders of `waiting` that pass `accept`, in release order. */
export function firstWaiting(waiting: Iterable<Order>, count: number, accept: (order: Order) => boolean = () => true): Order[] {
  const chosen: Order[] = [];
  for (const order of waiting) {
    if (chosen.length >= count) break;
    if (accept(order)) chosen.push(order);
  }
  return chosen;
}

/** First come, first served: the cart is filled with the orders waiting longest, up to its capacity. */
export const fcfs = fixedPolicy('batching', 'fills the cart with the orders waiting longest, in release order', {
  name: 'fcfs',
  companions: (waiting, _first, context) => firstWaiting(waiting, context.cartCapacity - 1),
});
