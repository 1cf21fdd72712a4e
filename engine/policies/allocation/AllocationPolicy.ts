/** One backordered line competing for a SKU's scarce units, as an allocation policy sees it. */
export interface AllocationRequest {
  readonly orderId: number;
  /** The SKU the units are of (the same for every request of one decision). */
  readonly sku: number;
  /** Units the line still awaits. */
  readonly units: number;
  /** Price of one unit (money). */
  readonly unitPrice: number;
  readonly tier: string;
  /** Customer tier rank (0 = most valued). */
  readonly tierRank: number;
  readonly placedAt: number;
  readonly dueAt: number;
  /** The scenario's prioritization key for the order at the decision (lower first). */
  readonly priority: number;
  /** Units the order awaits of other SKUs (it ships only when every line is filled, unless partial shipments are allowed). */
  readonly otherUnitsAwaited: number;
}

/**
 * Allocation of scarce stock: when units of a SKU arrive and backorders wait, how many units
 * each waiting line gets. Requests come in the order they were backordered; the answer is one
 * whole number per request, each between 0 and the request's units, summing to at most `available`.
 */
export interface AllocationPolicy {
  readonly name: string;
  allocate(available: number, requests: readonly AllocationRequest[], now: number): number[];
}
