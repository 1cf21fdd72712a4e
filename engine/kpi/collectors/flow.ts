import { sumSimple } from 'simple-statistics';
import { HOUR } from '../../kernel/time.js';
import { percentile } from '../../stats/summary.js';
import { isMeasured, ratio, type KpiCollector } from './CollectorContext.js';

/** ordersPlaced, ordersShipped, cycle-time mean and percentiles, deliveryTimeHours. */
export const flowCollector: KpiCollector = (context) => {
  let placed = 0;
  const cycleHours: number[] = [];
  let deliveryHoursTotal = 0;
  let delivered = 0;
  context.events.on('orderPlaced', ({ order }) => {
    if (isMeasured(context, order)) placed++;
  });
  context.events.on('orderShipped', ({ order }) => {
    if (isMeasured(context, order)) cycleHours.push((order.shippedAt - order.placedAt) / HOUR);
  });
  context.events.on('orderDelivered', ({ order }) => {
    if (!isMeasured(context, order)) return;
    delivered++;
    deliveryHoursTotal += (order.deliveredAt - order.placedAt) / HOUR;
  });
  return () => {
    // The typed array's native numeric sort: the same order as a comparator (cycle times are never
    // NaN or -0), two to three times faster on a replication's 130,000 orders. Copied by index both
    // ways: `from` walks an iterator, an object per element (11 MB a replication).
    const sortedTimes = new Float64Array(cycleHours).sort();
    const sorted = new Array<number>(sortedTimes.length);
    for (let index = 0; index < sortedTimes.length; index++) sorted[index] = sortedTimes[index] as number;
    return {
      ordersPlaced: placed,
      ordersShipped: cycleHours.length,
      cycleTimeHours: ratio(sumSimple(cycleHours), cycleHours.length),
      cycleTimeP50Hours: percentile(sorted, 0.5),
      cycleTimeP95Hours: percentile(sorted, 0.95),
      deliveryTimeHours: ratio(deliveryHoursTotal, delivered),
    };
  };
};
