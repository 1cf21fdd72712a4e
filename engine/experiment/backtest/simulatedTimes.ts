import type { OrderRecord } from '../orderRecords.js';
import { emptyOrderTimes, type OrderTimes } from './orderTimes.js';

/**
 * The times of one replication's replayed orders: customer orders (not exchanges) of the
 * channels in `channels`. Unlike the onTimeRate KPI, a cancelled or lost order still counts
 * (as late): a history cannot tell it from an order that was never delivered, so the actual
 * rate counts it too, and both are computed alike.
 */
export function simulatedTimes(records: readonly OrderRecord[], channels: ReadonlySet<string>): OrderTimes {
  const replayed = records.filter((record) => record.origin === 'customer' && channels.has(record.channel));
  const times = emptyOrderTimes(replayed.length);
  replayed.forEach((record, index) => {
    times.placed[index] = record.placedHours;
    times.shipped[index] = record.shippedHours ?? NaN;
    times.delivered[index] = record.deliveredHours ?? NaN;
    times.promised[index] = record.dueHours;
  });
  return times;
}
