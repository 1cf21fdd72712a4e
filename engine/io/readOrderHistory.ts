import { readFileSync } from 'node:fs';
import type { HistoryOrder } from '../scenario/schema/orderHistory.js';
import { ScenarioError } from '../scenario/ScenarioError.js';
import { splitCsvLine } from './readOrdersCsv.js';

const COLUMNS = ['timestamp', 'order', 'channel', 'sku', 'quantity', 'service'] as const;
const HOUR_MS = 3_600_000;

/** The Monday 00:00 (UTC) on or before `time` (ms): replays start there, so weekdays line up. */
function mondayBefore(time: number): number {
  const day = new Date(time);
  const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  return midnight - ((new Date(midnight).getUTCDay() + 6) % 7) * 24 * HOUR_MS;
}

/**
 * Reads an order-history CSV: a header naming the columns timestamp, order, channel, sku,
 * quantity, service (any order; service may be empty), then one row per order line. Rows of
 * one order id share its first row's timestamp. Returns the orders of `channel`, in time
 * order, with hours counted from the Monday 00:00 UTC before the file's earliest timestamp.
 * A bad row stops with the file and line.
 */
export function readOrderHistory(file: string, channel: string, display = file): HistoryOrder[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ScenarioError(display, [{ path: [], message: `cannot read the order history (${(error as NodeJS.ErrnoException).code ?? 'error'})` }]);
  }
  const lines = text.split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '').map((name) => name.trim().toLowerCase());
  const missing = COLUMNS.filter((name) => !header.includes(name));
  if (missing.length > 0) throw new ScenarioError(`${display}:1`, [{ path: [], message: `expected the columns ${COLUMNS.join(', ')}; missing ${missing.join(', ')}` }]);
  const column = Object.fromEntries(COLUMNS.map((name) => [name, header.indexOf(name)])) as Record<(typeof COLUMNS)[number], number>;
  const rows: Array<{ time: number; order: string; channel: string; sku: string; units: number; service: string }> = [];
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const at = `${display}:${index + 2}`;
    const fields = splitCsvLine(line);
    const field = (name: (typeof COLUMNS)[number]): string => (fields[column[name]] ?? '').trim();
    const bad = (name: string, message: string): never => {
      throw new ScenarioError(at, [{ path: [name], message }]);
    };
    const time = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(field('timestamp')) ? field('timestamp') : `${field('timestamp')}Z`);
    if (!Number.isFinite(time)) bad('timestamp', `expected an ISO date-time such as 2024-03-04T09:30:00, got "${field('timestamp')}"`);
    if (field('order') === '') bad('order', 'expected an order id');
    if (field('sku') === '') bad('sku', 'expected a SKU code');
    const units = Number(field('quantity'));
    if (!/^\d+$/.test(field('quantity')) || units < 1) bad('quantity', `expected a whole number of units >= 1, got "${field('quantity')}"`);
    rows.push({ time, order: field('order'), channel: field('channel'), sku: field('sku'), units, service: field('service') });
  });
  if (rows.length === 0) throw new ScenarioError(display, [{ path: [], message: 'expected at least one order line after the header' }]);
  const origin = mondayBefore(Math.min(...rows.map((row) => row.time)));
  const orders = new Map<string, HistoryOrder & { lines: Array<{ sku: string; units: number }> }>();
  for (const row of rows) {
    if (row.channel !== channel) continue;
    let order = orders.get(row.order);
    if (order === undefined) {
      order = { hour: (row.time - origin) / HOUR_MS, id: row.order, lines: [], ...(row.service === '' ? {} : { service: row.service }) };
      orders.set(row.order, order);
    }
    const same = order.lines.find((line) => line.sku === row.sku);
    if (same === undefined) order.lines.push({ sku: row.sku, units: row.units });
    else same.units += row.units;
  }
  return [...orders.values()].sort((p, q) => p.hour - q.hour);
}
