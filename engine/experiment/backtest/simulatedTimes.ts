import type { OrderRecord } from '../orderRecords.js';
import { emptyOrderTimes, type OrderTimes } from './orderTimes.js';

/**
 * The times of one replication's replayed orders: customer orders (not exchanges) of the
 * channels in `channels`. Cancelled and lost orders have no promise to keep, as onTimeRate says.
 */
export function simulatedTimes(records: readonly OrderRecord[], channels: ReadonlySet<string>): OrderTimes {
  const replayed = records.filter((record) => record.origin === 'customer' && channels.has(record.channel));
  const times = emptyOrderTimes(replayed.length);
  replayed.forEach((record, index) => {
    times.placed[index] = record.placedHours;
    times.shipped[index] = record.shippedHours ?? NaN;
    times.delivered[index] = record.deliveredHours ?? NaN;
    times.promised[index] = record.dueHours;
    if (record.state === 'cancelled' || record.state === 'lost') times.promiseCounts[index] = 0;
  });
  return times;
}
