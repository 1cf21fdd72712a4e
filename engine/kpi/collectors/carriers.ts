import { isMeasured, type CollectorContext } from './CollectorContext.js';

/** One carrier's share of the work in a replication. */
export interface CarrierTally {
  /** Measured orders handed to this carrier. */
  parcels: number;
  /** Their carrier charges. */
  charges: number;
  /** Of those, delivered before the horizon, and delivered by the promise. */
  delivered: number;
  onTime: number;
}

/** Volume, charges and on-time deliveries per carrier, over measured orders. */
export function carrierCollector(context: CollectorContext, carriers: readonly string[]): () => Record<string, CarrierTally> {
  // A Map, not an object keyed by name: its look-up site sees every carrier's name (megamorphic on an object).
  const tallies = new Map<string, CarrierTally>(carriers.map((carrier) => [carrier, { parcels: 0, charges: 0, delivered: 0, onTime: 0 }]));
  context.events.on('orderShipped', ({ order }) => {
    const tally = tallies.get(order.carrier);
    if (tally === undefined || !isMeasured(context, order)) return;
    tally.parcels++;
    tally.charges += order.shippingCost;
  });
  context.events.on('orderDelivered', ({ order }) => {
    const tally = tallies.get(order.carrier);
    if (tally === undefined || !isMeasured(context, order)) return;
    tally.delivered++;
    if (order.deliveredAt <= order.dueAt) tally.onTime++;
  });
  return () => Object.fromEntries(tallies);
}
