/**
 * The times a back-test compares, one entry per order, in hours from replay time 0: placement,
 * carrier handover, delivery and promise. NaN where it did not happen before the horizon (or,
 * for a promise, where it is unknown).
 */
export interface OrderTimes {
  readonly placed: Float64Array;
  readonly shipped: Float64Array;
  readonly delivered: Float64Array;
  readonly promised: Float64Array;
  /** 1 where the order counts towards the on-time rate (its promise is known). */
  readonly promiseCounts: Uint8Array;
}

/** Empty times for `orders` orders (every time NaN, every order counted), to be filled in. */
export function emptyOrderTimes(orders: number): OrderTimes {
  return {
    placed: new Float64Array(orders).fill(NaN),
    shipped: new Float64Array(orders).fill(NaN),
    delivered: new Float64Array(orders).fill(NaN),
    promised: new Float64Array(orders).fill(NaN),
    promiseCounts: new Uint8Array(orders).fill(1),
  };
}
