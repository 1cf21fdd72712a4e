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

// Each step runs between two timestamps of the order.
const STEP_BOUNDS: Record<JourneyStep, readonly [keyof Order, keyof Order]> = {
  processing: ['placedAt', 'verifiedAt'],
  hold: ['verifiedAt', 'allocatedAt'],
  awaitingStock: ['allocatedAt', 'releasedAt'],
  pickWait: ['releasedAt', 'pickStartedAt'],
  picking: ['pickStartedAt', 'pickedAt'],
  packWait: ['pickedAt', 'packStartedAt'],
  packing: ['packStartedAt', 'packedAt'],
  awaitingPickup: ['packedAt', 'shippedAt'],
  transit: ['shippedAt', 'deliveredAt'],
};

/**
 * Mean hours measured orders spend in each step: steps up to the handover over shipped
 * orders, transit (handover to delivery, failed attempts included) over delivered ones.
 */
export function journeyCollector(context: CollectorContext): () => Record<JourneyStep, number> {
  const totals = Object.fromEntries(JOURNEY_STEPS.map((step) => [step, 0])) as Record<JourneyStep, number>;
  let shipped = 0;
  let delivered = 0;
  const add = (order: Order, step: JourneyStep): void => {
    const [from, to] = STEP_BOUNDS[step];
    totals[step] += ((order[to] as number) - (order[from] as number)) / HOUR;
  };
  context.events.on('orderShipped', ({ order }) => {
    if (!isMeasured(context, order)) return;
    shipped++;
    for (const step of JOURNEY_STEPS) if (step !== 'transit') add(order, step);
  });
  context.events.on('orderDelivered', ({ order }) => {
    if (!isMeasured(context, order)) return;
    delivered++;
    add(order, 'transit');
  });
  return () =>
    Object.fromEntries(JOURNEY_STEPS.map((step) => [step, ratio(totals[step], step === 'transit' ? delivered : shipped)])) as Record<
      JourneyStep,
      number
    >;
}
