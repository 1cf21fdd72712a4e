import { PlacedOrder, type PlacedOrderInit } from '../../engine/domain/PlacedOrder.js';

/** A customer order with no lines, due a little over two days after it is placed at 0, changed by `overrides`. */
export function placedOrder(overrides: Partial<PlacedOrderInit> = {}): PlacedOrder {
  return new PlacedOrder({
    id: 1,
    origin: 'customer',
    historyOrder: '',
    channel: 'web',
    service: 'standard',
    tier: 'standard',
    tierRank: 0,
    zone: 2,
    residential: true,
    manualProcessing: false,
    lines: [],
    value: 10,
    weightKg: 1,
    volumeLitres: 1,
    fragile: false,
    cartons: 1,
    pallets: 0,
    placedAt: 0,
    dueAt: 200_000,
    ...overrides,
  });
}
