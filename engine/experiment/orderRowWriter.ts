import type { Order } from '../domain/Order.js';
import { ORDER_CELLS } from './orderCells.js';
import type { KindOf, OrderFieldKind } from './orderColumns.js';
import type { OrderRecord } from './orderRecord.js';
import { LabelColumnBuilder } from './labelColumnBuilder.js';
import { ReservedColumn } from './reservedColumn.js';

/** The column a field of `Kind` grows in while a run records: typed numbers, label codes or strings. */
export type GrowingColumn<Kind extends OrderFieldKind> = Kind extends 'label'
  ? LabelColumnBuilder
  : Kind extends 'text'
    ? string[]
    : Kind extends 'integer'
      ? ReservedColumn<Int32Array>
      : Kind extends 'boolean' | 'optionalBoolean'
        ? ReservedColumn<Uint8Array>
        : ReservedColumn<Float64Array>;

/** Every field's growing column, by name. */
export type GrowingColumns = { readonly [Name in keyof OrderRecord]: GrowingColumn<KindOf<Name>> };

/**
 * Empty columns for every field. An object literal (the compiler checks each field's column
 * against its kind) rather than one built from ORDER_FIELDS: V8 gives a literal one fixed shape,
 * where 32 properties added by computed key could leave a slow dictionary.
 */
export function growingColumns(reservedRows: number, expectedRows: number): GrowingColumns {
  const integer = (): ReservedColumn<Int32Array> => new ReservedColumn(Int32Array, reservedRows, expectedRows);
  const number = (): ReservedColumn<Float64Array> => new ReservedColumn(Float64Array, reservedRows, expectedRows);
  const boolean = (): ReservedColumn<Uint8Array> => new ReservedColumn(Uint8Array, reservedRows, expectedRows);
  const label = (): LabelColumnBuilder => new LabelColumnBuilder(reservedRows, expectedRows);
  return {
    id: integer(),
    origin: label(),
    channel: label(),
    service: label(),
    tier: label(),
    lines: integer(),
    units: integer(),
    value: number(),
    state: label(),
    placedHours: number(),
    dueHours: number(),
    verifiedHours: number(),
    allocatedHours: number(),
    releasedHours: number(),
    pickStartHours: number(),
    pickedHours: number(),
    packStartHours: number(),
    packedHours: number(),
    shippedHours: number(),
    deliveredHours: number(),
    zone: integer(),
    carrier: label(),
    shippingCost: number(),
    failedAttempts: integer(),
    delayNotified: boolean(),
    onTime: boolean(),
    accurate: boolean(),
    damaged: boolean(),
    contacted: boolean(),
    returnReason: label(),
    satisfaction: number(),
    historyOrder: [],
  };
}

/**
 * Writes (or rewrites) an order's row, each field's cell as ORDER_CELLS defines it, one
 * statement a field. A loop over one writer closure a field called the cells through a few
 * shared call sites that saw a dozen functions each, so none was inlined: this way a recorded
 * baseline replication, once compiled, is 1.04-1.15x as fast (a cold first replication showed
 * no gain; docs/measurements.md, eighth pass). The statements are split in three functions:
 * in one, V8's inlining budget ran out part-way and each cell left un-inlined returned its
 * number boxed (21 MB a baseline replication, the hours' cells). A field left out or given
 * another's cell would go unnoticed in most runs, so a test checks each field's column against
 * its cell. `values` is read at each write: a column that outgrows its reservation moves.
 */
export function writeOrderRow(columns: GrowingColumns, row: number, order: Order): void {
  writeWhat(columns, row, order);
  writeWhen(columns, row, order);
  writeHow(columns, row, order);
}

/** What the order is: identity, labels and size. */
function writeWhat(c: GrowingColumns, row: number, order: Order): void {
  c.id.values[row] = ORDER_CELLS.id(order);
  c.origin.set(row, ORDER_CELLS.origin(order));
  c.channel.set(row, ORDER_CELLS.channel(order));
  c.service.set(row, ORDER_CELLS.service(order));
  c.tier.set(row, ORDER_CELLS.tier(order));
  c.lines.values[row] = ORDER_CELLS.lines(order);
  c.units.values[row] = ORDER_CELLS.units(order);
  c.value.values[row] = ORDER_CELLS.value(order);
  c.state.set(row, ORDER_CELLS.state(order));
}

/** When each step happened, in hours. */
function writeWhen(c: GrowingColumns, row: number, order: Order): void {
  c.placedHours.values[row] = ORDER_CELLS.placedHours(order);
  c.dueHours.values[row] = ORDER_CELLS.dueHours(order);
  c.verifiedHours.values[row] = ORDER_CELLS.verifiedHours(order);
  c.allocatedHours.values[row] = ORDER_CELLS.allocatedHours(order);
  c.releasedHours.values[row] = ORDER_CELLS.releasedHours(order);
  c.pickStartHours.values[row] = ORDER_CELLS.pickStartHours(order);
  c.pickedHours.values[row] = ORDER_CELLS.pickedHours(order);
  c.packStartHours.values[row] = ORDER_CELLS.packStartHours(order);
  c.packedHours.values[row] = ORDER_CELLS.packedHours(order);
  c.shippedHours.values[row] = ORDER_CELLS.shippedHours(order);
  c.deliveredHours.values[row] = ORDER_CELLS.deliveredHours(order);
}

/** How it went: shipping, service and the customer's score (and the replayed order's id). */
function writeHow(c: GrowingColumns, row: number, order: Order): void {
  c.zone.values[row] = ORDER_CELLS.zone(order);
  c.carrier.set(row, ORDER_CELLS.carrier(order));
  c.shippingCost.values[row] = ORDER_CELLS.shippingCost(order);
  c.failedAttempts.values[row] = ORDER_CELLS.failedAttempts(order);
  c.delayNotified.values[row] = ORDER_CELLS.delayNotified(order);
  c.onTime.values[row] = ORDER_CELLS.onTime(order);
  c.accurate.values[row] = ORDER_CELLS.accurate(order);
  c.damaged.values[row] = ORDER_CELLS.damaged(order);
  c.contacted.values[row] = ORDER_CELLS.contacted(order);
  c.returnReason.set(row, ORDER_CELLS.returnReason(order));
  c.satisfaction.values[row] = ORDER_CELLS.satisfaction(order);
  c.historyOrder[row] = ORDER_CELLS.historyOrder(order);
}
