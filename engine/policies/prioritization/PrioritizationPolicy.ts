import type { Order } from '../../domain/Order.js';

/**
 * Prioritization: a sort key for queues, computed when an order joins a queue; lower runs
 * first, ties stay first come first served.
 */
export interface PrioritizationPolicy {
  readonly name: string;
  priority(order: Order, now: number): number;
}
