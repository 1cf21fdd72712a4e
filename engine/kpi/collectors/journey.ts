import type { Order } from '../../domain/Order.js';
import { HOUR } from '../../kernel/time.js';
import { isMeasured, ratio, type CollectorContext } from './CollectorContext.js';

/** The steps of an order's journey whose durations are reported, in order. */
export const JOURNEY_STEPS = [
  'processing',
  'hold',
  'awaitingStock',
  'pickWait',
  'picking',
  'packWait',
  'packing',
  'awaitingPickup',
  'transit',
] as const;

/** A step of the journey. */
export type JourneyStep = (typeof JOURNEY_STEPS)[number];

/**
 * Adds a shipped order's hours in each step before transit to `totals` (indexed as
 * JOURNEY_STEPS); each step runs between two of the order's timestamps. Written out field by
 * field: looking the timestamps up by name cost a generic keyed load each, for every order.
 */
function addShippedSteps(totals: Float64Array, order: Order): void {
  totals[0] = (totals[0] as number) + (order.verifiedAt - order.placedAt) / HOUR;
  totals[1] = (totals[1] as number) + (order.allocatedAt - order.verifiedAt) / HOUR;
  totals[2] = (totals[2] as number) + (order.releasedAt - order.allocatedAt) / HOUR;
  totals[3] = (totals[3] as number) + (order.pickStartedAt - order.releasedAt) / HOUR;
  totals[4] = (totals[4] as number) + (order.pickedAt - order.pickStartedAt) / HOUR;
  totals[5] = (totals[5] as number) + (order.packStartedAt - order.pickedAt) / HOUR;
  totals[6] = (totals[6] as number) + (order.packedAt - order.packStartedAt) / HOUR;
  totals[7] = (totals[7] as number) + (order.shippedAt - order.packedAt) / HOUR;
}

/**
 * Mean hours measured orders spend in each step: steps up to the handover over shipped
 * orders, transit (handover to delivery, failed attempts included) over delivered ones.
 */
export function journeyCollector(context: CollectorContext): () => Record<JourneyStep, number> {
  const totals = new Float64Array(JOURNEY_STEPS.length);
  const transit = JOURNEY_STEPS.indexOf('transit');
  let shipped = 0;
  let delivered = 0;
  context.events.on('orderShipped', ({ order }) => {
    if (!isMeasured(context, order)) return;
    shipped++;
    addShippedSteps(totals, order);
  });
  context.events.on('orderDelivered', ({ order }) => {
    if (!isMeasured(context, order)) return;
    delivered++;
    totals[transit] = (totals[transit] as number) + (order.deliveredAt - order.shippedAt) / HOUR;
  });
  return () =>
    Object.fromEntries(
      JOURNEY_STEPS.map((step, index) => [step, ratio(totals[index] as number, step === 'transit' ? delivered : shipped)]),
    ) as Record<JourneyStep, number>;
}
