import type { Order } from '../../domain/Order.js';
import type { PickLocation } from '../../domain/PickLocation.js';

/** What a batching policy may know when it fills a cart. */
export interface BatchingContext {
  /** Orders per cart, the first included. */
  readonly cartCapacity: number;
  /** Where an order's lines are picked (in the picker's zone). */
  picksOf(order: Order): readonly PickLocation[];
  /** Tour length (m) of a list of picks under the scenario's layout and routing policy. */
  tourLength(picks: readonly PickLocation[]): number;
}

/**
 * Batching: when a picker takes `first` for a tour, which of the orders still waiting (in
 * release order) ride along on the same cart; at most `cartCapacity - 1` of them. A policy
 * may also hold released orders back until a wave closes (`availableAt`).
 */
export interface BatchingPolicy {
  readonly name: string;
  /** When an order released at `releasedAt` may first start a tour (default: at once). */
  availableAt?(releasedAt: number, context: BatchingContext): number;
  companions(waiting: Iterable<Order>, first: Order, context: BatchingContext): Order[];
}
