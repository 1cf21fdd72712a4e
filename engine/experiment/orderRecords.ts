import type { Model } from '../model/buildModel.js';
import type { Order } from '../domain/Order.js';
import { ORDER_FIELDS, recordCell, type OrderColumns } from './orderColumns.js';
import { ORDER_CELLS } from './orderCells.js';
import type { OrderRecord } from './orderRecord.js';
import { OrderColumnsBuilder } from './orderColumnsBuilder.js';
import { PlacedIds } from './placedIds.js';

export type { OrderRecord } from './orderRecord.js';

/** The record of an order as it stands at the end of the run (ORDER_CELLS define each field). */
export function toOrderRecord(order: Order): OrderRecord {
  const record: Record<string, string | number | boolean | null> = {};
  for (const [name, kind] of ORDER_FIELDS) record[name] = recordCell(kind, ORDER_CELLS[name](order));
  return record as unknown as OrderRecord;
}

/**
 * Rows made room for at the start, per customer order expected: exchanges add rows (5% of the
 * baseline's) and arrivals vary by chance (0.5% either way at two standard deviations, for a
 * 90-day baseline). Little more: a run's records may be kept until the command ends, room unused
 * with them (`run --reps 500 --out`). A run that places more grows its columns as one with no
 * expectation does, at about the cost it had before room was made.
 */
const EXPECTED_ROWS_PER_ORDER = 1.08;

/**
 * Records every placed order as a row of compact columns, written once the order can no
 * longer change: when it is cancelled or lost, or once delivered, contacted and scored (a
 * return later rewrites its row). Only the orders still under way are kept as objects; the
 * rest of the run's memory is the columns. The result lists the records by id. `expectedOrders`:
 * the customer orders the run is expected to place (its work estimate), or 0 if unknown.
 */
export function orderRecorder(model: Model, expectedOrders = 0): () => OrderColumns {
  const { events } = model.context;
  const columns = new OrderColumnsBuilder(undefined, expectedOrders * EXPECTED_ROWS_PER_ORDER);
  const placed = new PlacedIds();
  // The orders still under way by row, undefined once settled: a look-up by index, not a map
  // keyed by order (8 bytes a row; the columns take about 170).
  const underWay: Array<Order | undefined> = [];
  const settle = (order: Order): void => {
    const row = placed.rowOf(order.id);
    if (underWay[row] === undefined) return;
    underWay[row] = undefined;
    columns.writeOrder(row, order);
  };
  events.on('orderPlaced', ({ order }) => {
    columns.addRow(); // row underWay.length
    placed.push(order.id);
    underWay.push(order);
  });
  // Cancelled or lost (not every state change: 8 an order, built only for those who listen).
  events.on('orderDropped', ({ order }) => settle(order));
  // Emitted after the contact decision and the score, the last changes before a possible return.
  events.on('orderScored', ({ order }) => settle(order));
  events.on('returnInitiated', ({ order }) => {
    const row = placed.rowOf(order.id);
    if (underWay[row] === undefined) columns.writeOrder(row, order);
  });
  return () => {
    for (let row = 0; row < underWay.length; row++) {
      const order = underWay[row];
      if (order !== undefined) columns.writeOrder(row, order);
    }
    underWay.length = 0;
    return columns.finish();
  };
}
