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
const NUMBERS = 16;

/** Where an order's numbers are: a shared chunk, or a frozen order's own array (writing to it throws). */
type NumberRow = { [slot: number]: number };

/**
 * The chunk new orders take their numbers from, 64 orders to a chunk: one allocation per 64
 * orders instead of two per order. The garbage collector frees a chunk once none of its orders
 * is left; an order kept for weeks (a return) keeps its 8 KB chunk, about 4 MB of a baseline
 * run's memory and 50 MB of the large DC's.
 */
const CHUNK_LENGTH = 64 * NUMBERS;
let chunk = newChunk();
let chunkUsed = 0;

/** A chunk of NaN: every time is NaN until it happens. */
function newChunk(): Float64Array {
  return new Float64Array(CHUNK_LENGTH).fill(NaN);
}

/**
 * The model's order. Its sixteen fractional numbers (times, value, cost, satisfaction) live in
 * a row of unboxed doubles behind accessors rather than in sixteen fields: V8 keeps every
 * double field of an object in a box of its own, and orders live for days of simulated time,
 * so each box was an old-generation allocation (orders are pretenured): measured, an order
 * took about 3 µs to make with the fields and about a third of that with an array of its own.
 * The row is now a slice of a chunk shared by 64 orders (the array and its elements were two
 * more old-generation objects per order): a baseline replication 1.02-1.12x faster.
 * Reads and writes look like fields to every stage, policy and observer (`Order`). Spreading
 * (`{...order}`), `Object.keys` and `structuredClone` see only the plain fields (the row is a
 * private field, so they never see other orders' numbers); `JSON.stringify` sees every field
 * (toJSON), and `copyOf` makes a full copy.
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
  /** The row of this order's numbers: in a shared chunk from `first` on (see the class comment); its own frozen array once the order is frozen. */
  #chunk: NumberRow;
  #first: number;

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
    if (chunkUsed === CHUNK_LENGTH) {
      chunk = newChunk();
      chunkUsed = 0;
    }
    this.#chunk = chunk;
    const first = chunkUsed;
    this.#first = first;
    chunkUsed += NUMBERS;
    // The shipping cost is 0 until a carrier is chosen.
    chunk[first + SHIPPING_COST] = 0;
    chunk[first + VALUE] = init.value;
    chunk[first + WEIGHT] = init.weightKg;
    chunk[first + VOLUME] = init.volumeLitres;
    chunk[first + PLACED] = init.placedAt;
    chunk[first + DUE] = init.dueAt;
  }

  /** A full copy (the same lines), with another id if given: a policy check's twin order, say. */
  copyOf(id = this.id): PlacedOrder {
    const copy = new PlacedOrder({ ...this.toJSON(), id });
    for (let slot = 0; slot < NUMBERS; slot++) copy.#chunk[copy.#first + slot] = this.#chunk[this.#first + slot] as number;
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

  /**
   * Freezes the order as `Object.freeze` does, its numbers included, so that writing any field
   * throws (the conformance checks give policies frozen orders). The numbers move out of the
   * shared chunk into a frozen array of their own: a chunk cannot be frozen, nor shared by a
   * frozen order.
   */
  freeze(): this {
    const row: number[] = [];
    for (let slot = 0; slot < NUMBERS; slot++) row.push(this.#chunk[this.#first + slot] as number);
    this.#chunk = Object.freeze(row);
    this.#first = 0;
    return Object.freeze(this);
  }

  /** Every field, as a plain object (JSON.stringify uses it). */
  toJSON(): Order {
    const plain: Record<string, unknown> = {};
    for (const key of ORDER_KEYS) plain[key] = this[key];
    return plain as unknown as Order;
  }

  get value(): number {
    return this.#chunk[this.#first + VALUE] as number;
  }
  get weightKg(): number {
    return this.#chunk[this.#first + WEIGHT] as number;
  }
  get volumeLitres(): number {
    return this.#chunk[this.#first + VOLUME] as number;
  }
  get placedAt(): number {
    return this.#chunk[this.#first + PLACED] as number;
  }
  get dueAt(): number {
    return this.#chunk[this.#first + DUE] as number;
  }
  get verifiedAt(): number {
    return this.#chunk[this.#first + VERIFIED] as number;
  }
  set verifiedAt(time: number) {
    this.#chunk[this.#first + VERIFIED] = time;
  }
  get allocatedAt(): number {
    return this.#chunk[this.#first + ALLOCATED] as number;
  }
  set allocatedAt(time: number) {
    this.#chunk[this.#first + ALLOCATED] = time;
  }
  get releasedAt(): number {
    return this.#chunk[this.#first + RELEASED] as number;
  }
  set releasedAt(time: number) {
    this.#chunk[this.#first + RELEASED] = time;
  }
  get pickStartedAt(): number {
    return this.#chunk[this.#first + PICK_STARTED] as number;
  }
  set pickStartedAt(time: number) {
    this.#chunk[this.#first + PICK_STARTED] = time;
  }
  get pickedAt(): number {
    return this.#chunk[this.#first + PICKED] as number;
  }
  set pickedAt(time: number) {
    this.#chunk[this.#first + PICKED] = time;
  }
  get packStartedAt(): number {
    return this.#chunk[this.#first + PACK_STARTED] as number;
  }
  set packStartedAt(time: number) {
    this.#chunk[this.#first + PACK_STARTED] = time;
  }
  get packedAt(): number {
    return this.#chunk[this.#first + PACKED] as number;
  }
  set packedAt(time: number) {
    this.#chunk[this.#first + PACKED] = time;
  }
  get shippingCost(): number {
    return this.#chunk[this.#first + SHIPPING_COST] as number;
  }
  set shippingCost(cost: number) {
    this.#chunk[this.#first + SHIPPING_COST] = cost;
  }
  get shippedAt(): number {
    return this.#chunk[this.#first + SHIPPED] as number;
  }
  set shippedAt(time: number) {
    this.#chunk[this.#first + SHIPPED] = time;
  }
  get deliveredAt(): number {
    return this.#chunk[this.#first + DELIVERED] as number;
  }
  set deliveredAt(time: number) {
    this.#chunk[this.#first + DELIVERED] = time;
  }
  get satisfaction(): number {
    return this.#chunk[this.#first + SATISFACTION] as number;
  }
  set satisfaction(score: number) {
    this.#chunk[this.#first + SATISFACTION] = score;
  }
}
