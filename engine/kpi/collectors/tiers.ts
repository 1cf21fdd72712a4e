import { isMeasured, type CollectorContext } from './CollectorContext.js';

/** One customer tier's service in a replication. */
export interface TierTally {
  /** Measured orders placed by the tier's customers. */
  orders: number;
  /** Of those, orders that waited for stock (some line backordered at allocation). */
  backordered: number;
  /** Orders that shipped without some units, which were cancelled (partial shipments). */
  shippedShort: number;
  /** Delivered before the horizon, and delivered by the promise. */
  delivered: number;
  onTime: number;
  /** Orders whose promise fell before the horizon, and of those, delivered by it (undelivered ones count as broken promises). */
  due: number;
  promisesKept: number;
}

/** Orders, backorders, short shipments and on-time deliveries per customer tier, over measured orders. */
export function tierCollector(context: CollectorContext, tiers: readonly string[]): () => Record<string, TierTally> {
  const empty = (): TierTally => ({ orders: 0, backordered: 0, shippedShort: 0, delivered: 0, onTime: 0, due: 0, promisesKept: 0 });
  // A Map, not an object keyed by name: its look-up site sees every tier's name (megamorphic on an object).
  const tallies = new Map<string, TierTally>(tiers.map((tier) => [tier, empty()]));
  const tallyOf = (tier: string): TierTally => {
    let tally = tallies.get(tier);
    if (tally === undefined) tallies.set(tier, (tally = empty()));
    return tally;
  };
  context.events.on('orderPlaced', ({ order }) => {
    if (!isMeasured(context, order)) return;
    const tally = tallyOf(order.tier);
    tally.orders++;
    if (order.dueAt < context.horizon) tally.due++;
  });
  context.events.on('orderAllocated', ({ order }) => {
    if (isMeasured(context, order) && order.unitsAwaited > 0) tallyOf(order.tier).backordered++;
  });
  const short = new Set<number>();
  context.events.on('unitsCancelled', ({ order }) => {
    if (!isMeasured(context, order) || short.has(order.id)) return;
    short.add(order.id);
    tallyOf(order.tier).shippedShort++;
  });
  context.events.on('orderDelivered', ({ order }) => {
    if (!isMeasured(context, order)) return;
    const tally = tallyOf(order.tier);
    tally.delivered++;
    if (order.deliveredAt > order.dueAt) return;
    tally.onTime++;
    if (order.dueAt < context.horizon) tally.promisesKept++;
  });
  return () => Object.fromEntries(tallies);
}
