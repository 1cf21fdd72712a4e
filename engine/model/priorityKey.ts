import type { Order } from '../domain/Order.js';

/** An order's place in the clerk, picker, packer and backorder queues at `now`: lower goes first. */
export type PriorityKey = (order: Order, now: number) => number;
