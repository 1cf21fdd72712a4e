import type { Model } from '../model/buildModel.js';
import { isAccurate, unitsOf, type Order } from '../domain/Order.js';
import { HOUR } from '../kernel/time.js';
import type { OrderColumns } from './orderColumns.js';
import type { OrderRecord } from './orderRecord.js';
import { OrderColumnsBuilder } from './orderColumnsBuilder.js';
import { PlacedIds } from './placedIds.js';

export type { OrderRecord } from './orderRecord.js';

const hours = (time: number): number | null => (Number.isNaN(time) ? null : Math.round((time / HOUR) * 1e4) / 1e4);

/** The record of an order as it stands at the end of the run. */
export function toOrderRecord(order: Order): OrderRecord {
  return {
    id: order.id,
    origin: order.origin,
    channel: order.channel,
    service: order.service,
    tier: order.tier,
    lines: order.lines.length,
    units: unitsOf(order),
    value: Math.round(order.value * 100) / 100,
    state: order.state,
    placedHours: hours(order.placedAt) ?? 0,
    dueHours: hours(order.dueAt) ?? 0,
    verifiedHours: hours(order.verifiedAt),
    allocatedHours: hours(order.allocatedAt),
    releasedHours: hours(order.releasedAt),
    pickStartHours: hours(order.pickStartedAt),
    pickedHours: hours(order.pickedAt),
    packStartHours: hours(order.packStartedAt),
    packedHours: hours(order.packedAt),
    shippedHours: hours(order.shippedAt),
    deliveredHours: hours(order.deliveredAt),
    zone: order.zone,
    carrier: order.carrier,
    shippingCost: Math.round(order.shippingCost * 100) / 100,
    failedAttempts: order.failedAttempts,
    delayNotified: order.delayNotified,
    onTime: Number.isNaN(order.deliveredAt) ? null : order.deliveredAt <= order.dueAt,
    accurate: isAccurate(order),
    damaged: order.damaged,
    contacted: order.contacted,
    returnReason: order.returnReason,
    satisfaction: Number.isNaN(order.satisfaction) ? null : Math.round(order.satisfaction * 1000) / 1000,
    historyOrder: order.historyOrder,
  };
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
    columns.write(row, toOrderRecord(order));
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
    if (!underWay.has(order)) columns.write(placed.rowOf(order.id), toOrderRecord(order));
  });
  return () => {
    for (const [order, row] of underWay) columns.write(row, toOrderRecord(order));
    underWay.clear();
    return columns.finish();
  };
}
