/** Where an order is in its journey; every order is in exactly one state at a time. */
export type OrderState =
  | 'processing'
  | 'held'
  | 'cancelled'
  | 'awaitingStock'
  | 'lost'
  | 'awaitingPick'
  | 'picking'
  | 'awaitingPack'
  | 'packing'
  | 'awaitingPickup'
  | 'inTransit'
  | 'delivered'
  | 'returned';

/** Every order state. */
export const ORDER_STATES: readonly OrderState[] = [
  'processing',
  'held',
  'cancelled',
  'awaitingStock',
  'lost',
  'awaitingPick',
  'picking',
  'awaitingPack',
  'packing',
  'awaitingPickup',
  'inTransit',
  'delivered',
  'returned',
];

/** One SKU on an order. */
export interface OrderLine {
  readonly sku: number;
  readonly units: number;
  /** Units taken from on-hand at allocation. */
  filledAtAllocation: number;
  /** Units issued to the order so far (at allocation or from receipts). */
  issued: number;
  /** Units lost (lost-sale mode) or cancelled when the order shipped without them (partial shipments). */
  lost: number;
  /** The channel showed enough stock for this line when the order was placed (a shortfall is then an oversell). */
  listed: boolean;
}

/** A customer order and everything that happens to it (times in engine seconds, NaN until set). */
export interface Order {
  readonly id: number;
  readonly origin: 'customer' | 'exchange';
  /** The order's id in a replayed history ("" for generated orders and exchanges). */
  readonly historyOrder: string;
  readonly channel: string;
  readonly service: string;
  readonly tier: string;
  readonly tierRank: number;
  readonly zone: number;
  readonly residential: boolean;
  readonly manualProcessing: boolean;
  readonly lines: OrderLine[];
  /** Units over all its lines (their `units` summed; a line's units never change). */
  readonly units: number;
  readonly value: number;
  readonly weightKg: number;
  readonly fragile: boolean;
  /** Volume of its units (litres). */
  readonly volumeLitres: number;
  /** Cartons it packs into, each shipped as a parcel (1 without cartonization). */
  readonly cartons: number;
  /** Pallets when it ships as freight (LTL); 0 for parcels. */
  readonly pallets: number;
  readonly placedAt: number;
  readonly dueAt: number;
  state: OrderState;
  /** Units still awaited from supply (backorders) before release. */
  unitsAwaited: number;
  processingError: boolean;
  uncaughtPickErrors: number;
  verifiedAt: number;
  allocatedAt: number;
  releasedAt: number;
  pickStartedAt: number;
  pickedAt: number;
  packStartedAt: number;
  packedAt: number;
  carrier: string;
  shippingCost: number;
  shippedAt: number;
  deliveredAt: number;
  failedAttempts: number;
  damaged: boolean;
  delayNotified: boolean;
  shippedNotified: boolean;
  contacted: boolean;
  returnReason: string;
  satisfaction: number;
}

/** Total units on an order, summed over its lines (what `order.units` holds). */
export function unitsOf(order: Pick<Order, 'lines'>): number {
  let units = 0;
  for (const line of order.lines) units += line.units;
  return units;
}

/** True when the customer received exactly the items ordered. */
export function isAccurate(order: Order): boolean {
  return !order.processingError && order.uncaughtPickErrors === 0;
}
