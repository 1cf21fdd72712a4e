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
 * Records every placed order as a row of compact columns, written once the order can no
 * longer change: when it is cancelled or lost, or once delivered, contacted and scored (a
 * return later rewrites its row). Only the orders still under way are kept as objects; the
 * rest of the run's memory is the columns. The result lists the records by id.
 */
export function orderRecorder(model: Model): () => OrderColumns {
  const { events } = model.context;
  const columns = new OrderColumnsBuilder();
  const placed = new PlacedIds();
  const underWay = new Map<Order, number>();
  const settle = (order: Order): void => {
    const row = underWay.get(order);
    if (row === undefined) return;
    underWay.delete(order);
    columns.writeOrder(row, order);
  };
  events.on('orderPlaced', ({ order }) => {
    const row = columns.addRow();
    placed.push(order.id);
    underWay.set(order, row);
  });
  // Cancelled or lost (not every state change: 8 an order, built only for those who listen).
  events.on('orderDropped', ({ order }) => settle(order));
  // Emitted after the contact decision and the score, the last changes before a possible return.
  events.on('orderScored', ({ order }) => settle(order));
  events.on('returnInitiated', ({ order }) => {
    if (!underWay.has(order)) columns.writeOrder(placed.rowOf(order.id), order);
  });
  return () => {
    for (const [order, row] of underWay) columns.writeOrder(row, order);
    underWay.clear();
    return columns.finish();
  };
}
