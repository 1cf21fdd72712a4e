import { HOUR } from '../../kernel/time.js';
import { isMeasured, type CollectorContext } from './CollectorContext.js';

/** Counts of values in bins [k * binWidth, (k + 1) * binWidth); the last bin also takes everything above. */
export interface Histogram {
  readonly binWidth: number;
  readonly counts: number[];
}

function emptyHistogram(binWidth: number, bins: number): Histogram {
  return { binWidth, counts: new Array<number>(bins).fill(0) };
}

function addTo(histogram: Histogram, value: number): void {
  const bin = Math.min(histogram.counts.length - 1, Math.max(0, Math.floor(value / histogram.binWidth)));
  histogram.counts[bin] = (histogram.counts[bin] as number) + 1;
}

/** Distributions of measured orders' cycle time (2-hour bins to 7 days) and delivery time (6-hour bins to 14 days). */
export function histogramCollector(context: CollectorContext): () => { cycleTimeHours: Histogram; deliveryTimeHours: Histogram } {
  const cycle = emptyHistogram(2, 84);
  const delivery = emptyHistogram(6, 56);
  context.events.on('orderShipped', ({ order }) => {
    if (isMeasured(context, order)) addTo(cycle, (order.shippedAt - order.placedAt) / HOUR);
  });
  context.events.on('orderDelivered', ({ order }) => {
    if (isMeasured(context, order)) addTo(delivery, (order.deliveredAt - order.placedAt) / HOUR);
  });
  return () => ({ cycleTimeHours: cycle, deliveryTimeHours: delivery });
}
