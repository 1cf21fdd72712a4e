import { describe, expect, it } from 'vitest';
import { PlacedOrder } from '../../engine/domain/PlacedOrder.js';

const placed = (): PlacedOrder =>
  new PlacedOrder({
    id: 7,
    origin: 'customer',
    historyOrder: '',
    channel: 'web',
    service: 'ground',
    tier: 'standard',
    tierRank: 1,
    zone: 3,
    residential: true,
    manualProcessing: false,
    lines: [{ sku: 4, units: 2, filledAtAllocation: 0, issued: 0, lost: 0, listed: true }],
    value: 19.5,
    weightKg: 1.25,
    fragile: false,
    volumeLitres: 3.5,
    cartons: 1,
    pallets: 0,
    placedAt: 3600.5,
    dueAt: 90000,
  });

describe('PlacedOrder', () => {
  it('reads and writes its numbers like fields; unset times are NaN, the cost 0', () => {
    const order = placed();
    expect([order.value, order.weightKg, order.volumeLitres, order.placedAt, order.dueAt]).toEqual([19.5, 1.25, 3.5, 3600.5, 90000]);
    expect([order.verifiedAt, order.pickedAt, order.shippedAt, order.deliveredAt, order.satisfaction]).toEqual([NaN, NaN, NaN, NaN, NaN]);
    expect(order.shippingCost).toBe(0);
    order.pickedAt = 7200.25;
    order.shippingCost = 8.4;
    order.satisfaction = 4.5;
    expect([order.pickedAt, order.shippingCost, order.satisfaction]).toEqual([7200.25, 8.4, 4.5]);
    expect(order.state).toBe('processing');
  });

  it('toJSON gives every field of Order, and copyOf a full copy under another id', () => {
    const order = placed();
    order.pickedAt = 7200.25;
    order.state = 'picking';
    order.failedAttempts = 1;
    const plain = JSON.parse(JSON.stringify(order)) as Record<string, unknown>;
    expect(Object.keys(plain)).toHaveLength(41);
    expect(plain).toMatchObject({
      id: 7,
      value: 19.5,
      placedAt: 3600.5,
      pickedAt: 7200.25,
      state: 'picking',
      failedAttempts: 1,
      verifiedAt: null,
    });
    const twin = order.copyOf(8);
    expect(twin.id).toBe(8);
    expect({ ...twin.toJSON(), id: 7 }).toEqual(order.toJSON());
    twin.pickedAt = 1;
    expect(order.pickedAt).toBe(7200.25);
  });

  it('orders keep their own numbers across the chunks they share (200 orders, 64 to a chunk)', () => {
    const orders = Array.from({ length: 200 }, () => placed());
    orders.forEach((order, index) => {
      order.pickedAt = index;
      order.shippingCost = index / 4;
    });
    orders.forEach((order, index) => {
      expect([order.pickedAt, order.shippingCost, order.placedAt, order.deliveredAt]).toEqual([index, index / 4, 3600.5, NaN]);
    });
    // A copy has a row of its own.
    const twin = (orders[70] as PlacedOrder).copyOf(1);
    twin.pickedAt = -1;
    expect([twin.pickedAt, orders[70]?.pickedAt, orders[71]?.pickedAt]).toEqual([-1, 70, 71]);
  });

  it('a frozen order refuses every write, its numbers included, and keeps them', () => {
    const order = placed();
    order.pickedAt = 7200.25;
    order.freeze();
    expect(Object.isFrozen(order)).toBe(true);
    expect(() => {
      order.pickedAt = 1;
    }).toThrow(TypeError);
    expect(() => {
      order.state = 'packing';
    }).toThrow(TypeError);
    placed().pickedAt = 5;
    expect([order.pickedAt, order.value]).toEqual([7200.25, 19.5]);
    expect(order.copyOf(9).pickedAt).toBe(7200.25);
  });

  it("spreading, Object.keys and structuredClone never see the shared chunk (other orders' numbers)", () => {
    const order = placed();
    placed().shippingCost = 99;
    const seen = [Object.values({ ...order }), Object.values(structuredClone(order))].flat();
    expect(seen.some((value) => ArrayBuffer.isView(value))).toBe(false);
    expect(Object.keys(order)).not.toContain('chunk');
  });
});
