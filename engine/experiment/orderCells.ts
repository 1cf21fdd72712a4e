import { isAccurate, type Order } from '../domain/Order.js';
import { HOUR } from '../kernel/time.js';
import { NULL_BOOLEAN, type KindOf, type OrderFieldKind } from './orderColumns.js';
import type { OrderRecord } from './orderRecord.js';

/**
 * A cell as the columns store it: labels and text as strings, every other kind as a number
 * (NaN for a null number, booleans as 0, 1 or NULL_BOOLEAN). Reading a cell straight into its
 * column spares a recording run an object and 32 keyed look-ups per order.
 */
export type RawCell<Kind extends OrderFieldKind> = Kind extends 'label' | 'text' ? string : number;

/** Hours from the start, to 4 decimals; NaN (did not happen) stays NaN. */
const hours = (time: number): number => Math.round((time / HOUR) * 1e4) / 1e4;
const orZero = (value: number): number => (Number.isNaN(value) ? 0 : value);
const flag = (value: boolean): number => (value ? 1 : 0);
const cents = (amount: number): number => Math.round(amount * 100) / 100;

/** The one definition of every field of the per-order record, read from the order as it stands. */
export const ORDER_CELLS: { readonly [Name in keyof OrderRecord]: (order: Order) => RawCell<KindOf<Name>> } = {
  id: (order) => order.id,
  origin: (order) => order.origin,
  channel: (order) => order.channel,
  service: (order) => order.service,
  tier: (order) => order.tier,
  lines: (order) => order.lines.length,
  units: (order) => order.units,
  value: (order) => cents(order.value),
  state: (order) => order.state,
  placedHours: (order) => orZero(hours(order.placedAt)),
  dueHours: (order) => orZero(hours(order.dueAt)),
  verifiedHours: (order) => hours(order.verifiedAt),
  allocatedHours: (order) => hours(order.allocatedAt),
  releasedHours: (order) => hours(order.releasedAt),
  pickStartHours: (order) => hours(order.pickStartedAt),
  pickedHours: (order) => hours(order.pickedAt),
  packStartHours: (order) => hours(order.packStartedAt),
  packedHours: (order) => hours(order.packedAt),
  shippedHours: (order) => hours(order.shippedAt),
  deliveredHours: (order) => hours(order.deliveredAt),
  zone: (order) => order.zone,
  carrier: (order) => order.carrier,
  shippingCost: (order) => cents(order.shippingCost),
  failedAttempts: (order) => order.failedAttempts,
  delayNotified: (order) => flag(order.delayNotified),
  onTime: (order) => (Number.isNaN(order.deliveredAt) ? NULL_BOOLEAN : flag(order.deliveredAt <= order.dueAt)),
  accurate: (order) => flag(isAccurate(order)),
  damaged: (order) => flag(order.damaged),
  contacted: (order) => flag(order.contacted),
  returnReason: (order) => order.returnReason,
  satisfaction: (order) => Math.round(order.satisfaction * 1000) / 1000,
  historyOrder: (order) => order.historyOrder,
};
