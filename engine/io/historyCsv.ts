import type { PlacedOrder } from '../experiment/placedOrders.js';
import { csvField } from './csvField.js';
import { writeFileAtomic } from './writeResults.js';

/** The columns of a written order history, in order. */
export const HISTORY_CSV_COLUMNS = [
  'timestamp',
  'order',
  'channel',
  'sku',
  'quantity',
  'service',
  'shippedAt',
  'deliveredAt',
  'promisedBy',
];

/** An engine time (seconds from time 0) as an ISO 8601 UTC timestamp to the second after `startMs`; "" for NaN. */
function timestamp(startMs: number, seconds: number): string {
  if (Number.isNaN(seconds)) return '';
  // Rounding to whole seconds keeps each order's times in order (rounding is monotone).
  return `${new Date(startMs + Math.round(seconds) * 1000).toISOString().slice(0, 19)}Z`;
}

/** The order-history CSV of `orders`, time 0 being `startMs` (ms since 1970): one row per order line. */
export function historyCsv(orders: readonly PlacedOrder[], startMs: number): string {
  const rows = [HISTORY_CSV_COLUMNS.join(',')];
  for (const order of orders) {
    const times = [order.shippedAt, order.deliveredAt, order.dueAt].map((time) => timestamp(startMs, time));
    const placed = timestamp(startMs, order.placedAt);
    for (const line of order.lines)
      rows.push([placed, order.id, order.channel, line.sku, line.units, order.service, ...times].map(csvField).join(','));
  }
  return `${rows.join('\n')}\n`;
}

/** Writes the order history of `orders` to `file` atomically (a temporary file, then a rename). */
export function writeHistoryCsv(file: string, orders: readonly PlacedOrder[], startMs: number): void {
  writeFileAtomic(file, historyCsv(orders, startMs));
}
