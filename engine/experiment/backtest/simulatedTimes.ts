import type { OrderColumns } from '../orderColumns.js';
import { emptyOrderTimes, type OrderTimes } from './orderTimes.js';

/**
 * The times of one replication's replayed orders: customer orders (not exchanges) of the
 * channels in `channels`. Unlike the onTimeRate KPI, a cancelled or lost order still counts
 * (as late): a history cannot tell it from an order that was never delivered, so the actual
 * rate counts it too, and both are computed alike.
 */
export function simulatedTimes(records: OrderColumns, channels: ReadonlySet<string>): OrderTimes {
  const { origin, channel, placedHours, shippedHours, deliveredHours, dueHours } = records.fields;
  const replayed: number[] = [];
  for (let row = 0; row < records.count; row++) {
    const replayedRow =
      origin.values[origin.codes[row] as number] === 'customer' && channels.has(channel.values[channel.codes[row] as number] as string);
    if (replayedRow) replayed.push(row);
  }
  const times = emptyOrderTimes(replayed.length);
  // A null time is NaN in the columns, as the order times have it.
  replayed.forEach((row, index) => {
    times.placed[index] = placedHours[row] as number;
    times.shipped[index] = shippedHours[row] as number;
    times.delivered[index] = deliveredHours[row] as number;
    times.promised[index] = dueHours[row] as number;
  });
  return times;
}
