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
  const tallies: Record<string, TierTally> = Object.fromEntries(
    tiers.map((tier) => [tier, { orders: 0, backordered: 0, shippedShort: 0, delivered: 0, onTime: 0, due: 0, promisesKept: 0 }]),
  );
  const tallyOf = (tier: string): TierTally =>
    tallies[tier] ?? (tallies[tier] = { orders: 0, backordered: 0, shippedShort: 0, delivered: 0, onTime: 0, due: 0, promisesKept: 0 });
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
  return () => tallies;
}
