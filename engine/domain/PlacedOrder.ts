import { unitsOf, type Order, type OrderLine, type OrderState } from './Order.js';

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
  'units',
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
const NUMBERS = SATISFACTION + 1;

/** Where an order's numbers are: a shared chunk, or a frozen order's own array (writing to it throws). */
type NumberRow = { [slot: number]: number };

// An order's row is under symbol keys: JSON, Object.keys and structuredClone never see them (so
// never another order's numbers), while a Proxy or an object made with Object.create still
// reaches them through the getters (ES #private fields would throw there).
const CHUNK: unique symbol = Symbol('PlacedOrder.chunk');
const FIRST: unique symbol = Symbol('PlacedOrder.first');

/**
 * The chunk new orders take their numbers from, 64 orders to a chunk (8 KB): one allocation per
 * 64 orders instead of two per order. A typed array costs 2-3 µs to make whatever its size up to
 * some 32 KB, so 16 orders to a chunk spent 200 ns an order on it, 64 spend 32 ns. The garbage
 * collector frees a chunk once none of its orders is left, so an order kept long (a return, a
 * backorder never filled) keeps its whole chunk alive: measured mid-run, 4.4 MB of chunks for
 * the baseline and 55 MB for the large DC (docs/measurements.md, fifth pass).
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
 * so every box was copied by the young generation's collections and promoted: measured, an
 * order took about 3 µs to make with the fields and about a third of that with an array of its
 * own. The row is now a slice of a chunk shared by 64 orders: the array and its elements were
 * two more objects per order for the collections to copy (docs/measurements.md, fifth pass).
 * Reads and writes look like fields to every stage, policy and observer (`Order`). Spreading
 * (`{...order}`), `Object.keys` and `structuredClone` see only the plain fields; `JSON.stringify`
 * sees every field (toJSON), and `copyOf` makes a full copy. `freeze` freezes the numbers too;
 * `Object.freeze` alone cannot reach them.
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
  /** Kept rather than summed when asked: the per-order record reads it when the order settles, long after its lines were last in cache. */
  readonly units: number;
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
  private [CHUNK]: NumberRow;
  private [FIRST]: number;

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
    this.units = unitsOf(init);
    this.fragile = init.fragile;
    this.cartons = init.cartons;
    this.pallets = init.pallets;
    if (chunkUsed === CHUNK_LENGTH) {
      chunk = newChunk();
      chunkUsed = 0;
    }
    this[CHUNK] = chunk;
    const first = chunkUsed;
    this[FIRST] = first;
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
    for (let slot = 0; slot < NUMBERS; slot++) copy[CHUNK][copy[FIRST] + slot] = this[CHUNK][this[FIRST] + slot] as number;
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
    for (let slot = 0; slot < NUMBERS; slot++) row.push(this[CHUNK][this[FIRST] + slot] as number);
    this[CHUNK] = Object.freeze(row);
    this[FIRST] = 0;
    return Object.freeze(this);
  }

  /** Every field, as a plain object (JSON.stringify uses it). */
  toJSON(): Order {
    const plain: Record<string, unknown> = {};
    for (const key of ORDER_KEYS) plain[key] = this[key];
    return plain as unknown as Order;
  }

  get value(): number {
    return this[CHUNK][this[FIRST] + VALUE] as number;
  }
  get weightKg(): number {
    return this[CHUNK][this[FIRST] + WEIGHT] as number;
  }
  get volumeLitres(): number {
    return this[CHUNK][this[FIRST] + VOLUME] as number;
  }
  get placedAt(): number {
    return this[CHUNK][this[FIRST] + PLACED] as number;
  }
  get dueAt(): number {
    return this[CHUNK][this[FIRST] + DUE] as number;
  }
  get verifiedAt(): number {
    return this[CHUNK][this[FIRST] + VERIFIED] as number;
  }
  set verifiedAt(time: number) {
    this[CHUNK][this[FIRST] + VERIFIED] = time;
  }
  get allocatedAt(): number {
    return this[CHUNK][this[FIRST] + ALLOCATED] as number;
  }
  set allocatedAt(time: number) {
    this[CHUNK][this[FIRST] + ALLOCATED] = time;
  }
  get releasedAt(): number {
    return this[CHUNK][this[FIRST] + RELEASED] as number;
  }
  set releasedAt(time: number) {
    this[CHUNK][this[FIRST] + RELEASED] = time;
  }
  get pickStartedAt(): number {
    return this[CHUNK][this[FIRST] + PICK_STARTED] as number;
  }
  set pickStartedAt(time: number) {
    this[CHUNK][this[FIRST] + PICK_STARTED] = time;
  }
  get pickedAt(): number {
    return this[CHUNK][this[FIRST] + PICKED] as number;
  }
  set pickedAt(time: number) {
    this[CHUNK][this[FIRST] + PICKED] = time;
  }
  get packStartedAt(): number {
    return this[CHUNK][this[FIRST] + PACK_STARTED] as number;
  }
  set packStartedAt(time: number) {
    this[CHUNK][this[FIRST] + PACK_STARTED] = time;
  }
  get packedAt(): number {
    return this[CHUNK][this[FIRST] + PACKED] as number;
  }
  set packedAt(time: number) {
    this[CHUNK][this[FIRST] + PACKED] = time;
  }
  get shippingCost(): number {
    return this[CHUNK][this[FIRST] + SHIPPING_COST] as number;
  }
  set shippingCost(cost: number) {
    this[CHUNK][this[FIRST] + SHIPPING_COST] = cost;
  }
  get shippedAt(): number {
    return this[CHUNK][this[FIRST] + SHIPPED] as number;
  }
  set shippedAt(time: number) {
    this[CHUNK][this[FIRST] + SHIPPED] = time;
  }
  get deliveredAt(): number {
    return this[CHUNK][this[FIRST] + DELIVERED] as number;
  }
  set deliveredAt(time: number) {
    this[CHUNK][this[FIRST] + DELIVERED] = time;
  }
  get satisfaction(): number {
    return this[CHUNK][this[FIRST] + SATISFACTION] as number;
  }
  set satisfaction(score: number) {
    this[CHUNK][this[FIRST] + SATISFACTION] = score;
  }
}
