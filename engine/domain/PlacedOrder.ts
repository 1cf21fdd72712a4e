import type { Order, OrderLine, OrderState } from './Order.js';

/** What an order is placed with: its own attributes and the figures placement computed. */
export type PlacedOrderInit = Pick<
  Order,
  | 'id'
  | 'origin'
  | 'historyOrder'
  | 'channel'
  | 'service'
  | 'tier'
  | 'tierRank'
  | 'zone'
  | 'residential'
  | 'manualProcessing'
  | 'lines'
  | 'value'
  | 'weightKg'
  | 'fragile'
  | 'volumeLitres'
  | 'cartons'
  | 'pallets'
  | 'placedAt'
  | 'dueAt'
>;

/** Every field of an order, in the order of `Order`'s declaration. */
const ORDER_KEYS = [
  'id',
  'origin',
  'historyOrder',
  'channel',
  'service',
  'tier',
  'tierRank',
  'zone',
  'residential',
  'manualProcessing',
  'lines',
  'value',
  'weightKg',
  'fragile',
  'volumeLitres',
  'cartons',
  'pallets',
  'placedAt',
  'dueAt',
  'state',
  'unitsAwaited',
  'processingError',
  'uncaughtPickErrors',
  'verifiedAt',
  'allocatedAt',
  'releasedAt',
  'pickStartedAt',
  'pickedAt',
  'packStartedAt',
  'packedAt',
  'carrier',
  'shippingCost',
  'shippedAt',
  'deliveredAt',
  'failedAttempts',
  'damaged',
  'delayNotified',
  'shippedNotified',
  'contacted',
  'returnReason',
  'satisfaction',
] as const satisfies ReadonlyArray<keyof Order>;

// Slots of an order's fractional numbers (see PlacedOrder).
const VALUE = 0;
const WEIGHT = 1;
const VOLUME = 2;
const PLACED = 3;
const DUE = 4;
const VERIFIED = 5;
const ALLOCATED = 6;
const RELEASED = 7;
const PICK_STARTED = 8;
const PICKED = 9;
const PACK_STARTED = 10;
const PACKED = 11;
const SHIPPING_COST = 12;
const SHIPPED = 13;
const DELIVERED = 14;
const SATISFACTION = 15;

/**
 * The model's order. Its sixteen fractional numbers (times, value, cost, satisfaction) live in
 * one array of unboxed doubles behind accessors rather than in sixteen fields: V8 keeps every
 * double field of an object in a box of its own, and orders live for days of simulated time,
 * so each box was an old-generation allocation (orders are pretenured): measured, an order
 * took about 3 µs to make with the fields and about a third of that with the array.
 * Reads and writes look like fields to every stage, policy and observer (`Order`). Spreading
 * (`{...order}`), `Object.keys` and `structuredClone` see only the plain fields; `JSON.stringify`
 * sees every field (toJSON), and `copyOf` makes a full copy.
 */
export class PlacedOrder implements Order {
  readonly id: number;
  readonly origin: Order['origin'];
  readonly historyOrder: string;
  readonly channel: string;
  readonly service: string;
  readonly tier: string;
  readonly tierRank: number;
  readonly zone: number;
  readonly residential: boolean;
  readonly manualProcessing: boolean;
  readonly lines: OrderLine[];
  readonly fragile: boolean;
  readonly cartons: number;
  readonly pallets: number;
  state: OrderState = 'processing';
  unitsAwaited = 0;
  processingError = false;
  uncaughtPickErrors = 0;
  carrier = '';
  failedAttempts = 0;
  damaged = false;
  delayNotified = false;
  shippedNotified = false;
  contacted = false;
  returnReason = '';
  private numbers: number[];

  constructor(init: PlacedOrderInit) {
    this.id = init.id;
    this.origin = init.origin;
    this.historyOrder = init.historyOrder;
    this.channel = init.channel;
    this.service = init.service;
    this.tier = init.tier;
    this.tierRank = init.tierRank;
    this.zone = init.zone;
    this.residential = init.residential;
    this.manualProcessing = init.manualProcessing;
    this.lines = init.lines;
    this.fragile = init.fragile;
    this.cartons = init.cartons;
    this.pallets = init.pallets;
    // A literal with NaN in it holds unboxed doubles (times are NaN until they happen).
    const numbers = [NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, 0, NaN, NaN, NaN];
    numbers[VALUE] = init.value;
    numbers[WEIGHT] = init.weightKg;
    numbers[VOLUME] = init.volumeLitres;
    numbers[PLACED] = init.placedAt;
    numbers[DUE] = init.dueAt;
    this.numbers = numbers;
  }

  /** A full copy (the same lines), with another id if given: a policy check's twin order, say. */
  copyOf(id = this.id): PlacedOrder {
    const copy = new PlacedOrder({ ...this.toJSON(), id });
    copy.numbers = this.numbers.slice();
    copy.state = this.state;
    copy.unitsAwaited = this.unitsAwaited;
    copy.processingError = this.processingError;
    copy.uncaughtPickErrors = this.uncaughtPickErrors;
    copy.carrier = this.carrier;
    copy.failedAttempts = this.failedAttempts;
    copy.damaged = this.damaged;
    copy.delayNotified = this.delayNotified;
    copy.shippedNotified = this.shippedNotified;
    copy.contacted = this.contacted;
    copy.returnReason = this.returnReason;
    return copy;
  }

  /** Every field, as a plain object (JSON.stringify uses it). */
  toJSON(): Order {
    const plain: Record<string, unknown> = {};
    for (const key of ORDER_KEYS) plain[key] = this[key];
    return plain as unknown as Order;
  }

  get value(): number {
    return this.numbers[VALUE] as number;
  }
  get weightKg(): number {
    return this.numbers[WEIGHT] as number;
  }
  get volumeLitres(): number {
    return this.numbers[VOLUME] as number;
  }
  get placedAt(): number {
    return this.numbers[PLACED] as number;
  }
  get dueAt(): number {
    return this.numbers[DUE] as number;
  }
  get verifiedAt(): number {
    return this.numbers[VERIFIED] as number;
  }
  set verifiedAt(time: number) {
    this.numbers[VERIFIED] = time;
  }
  get allocatedAt(): number {
    return this.numbers[ALLOCATED] as number;
  }
  set allocatedAt(time: number) {
    this.numbers[ALLOCATED] = time;
  }
  get releasedAt(): number {
    return this.numbers[RELEASED] as number;
  }
  set releasedAt(time: number) {
    this.numbers[RELEASED] = time;
  }
  get pickStartedAt(): number {
    return this.numbers[PICK_STARTED] as number;
  }
  set pickStartedAt(time: number) {
    this.numbers[PICK_STARTED] = time;
  }
  get pickedAt(): number {
    return this.numbers[PICKED] as number;
  }
  set pickedAt(time: number) {
    this.numbers[PICKED] = time;
  }
  get packStartedAt(): number {
    return this.numbers[PACK_STARTED] as number;
  }
  set packStartedAt(time: number) {
    this.numbers[PACK_STARTED] = time;
  }
  get packedAt(): number {
    return this.numbers[PACKED] as number;
  }
  set packedAt(time: number) {
    this.numbers[PACKED] = time;
  }
  get shippingCost(): number {
    return this.numbers[SHIPPING_COST] as number;
  }
  set shippingCost(cost: number) {
    this.numbers[SHIPPING_COST] = cost;
  }
  get shippedAt(): number {
    return this.numbers[SHIPPED] as number;
  }
  set shippedAt(time: number) {
    this.numbers[SHIPPED] = time;
  }
  get deliveredAt(): number {
    return this.numbers[DELIVERED] as number;
  }
  set deliveredAt(time: number) {
    this.numbers[DELIVERED] = time;
  }
  get satisfaction(): number {
    return this.numbers[SATISFACTION] as number;
  }
  set satisfaction(score: number) {
    this.numbers[SATISFACTION] = score;
  }
}
