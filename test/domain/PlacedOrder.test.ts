import { describe, expect, it } from 'vitest';
import { PlacedOrder } from '../../engine/domain/PlacedOrder.js';
import { deepFreeze } from '../../engine/policies/conformance/deepFreeze.js';

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
    expect(Object.keys(plain)).toHaveLength(42);
    expect(plain).toMatchObject({
      id: 7,
      units: 2,
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

  it('orders keep their own sixteen numbers across the chunks they share (200 orders, 64 to a chunk)', () => {
    const orders = Array.from({ length: 200 }, () => placed());
    const write = (order: PlacedOrder, n: number): void => {
      order.verifiedAt = n + 0.01;
      order.allocatedAt = n + 0.02;
      order.releasedAt = n + 0.03;
      order.pickStartedAt = n + 0.04;
      order.pickedAt = n + 0.05;
      order.packStartedAt = n + 0.06;
      order.packedAt = n + 0.07;
      order.shippingCost = n + 0.08;
      order.shippedAt = n + 0.09;
      order.deliveredAt = n + 0.1;
      order.satisfaction = n + 0.11;
    };
    const read = (order: PlacedOrder): number[] => [
      order.value,
      order.weightKg,
      order.volumeLitres,
      order.placedAt,
      order.dueAt,
      order.verifiedAt,
      order.allocatedAt,
      order.releasedAt,
      order.pickStartedAt,
      order.pickedAt,
      order.packStartedAt,
      order.packedAt,
      order.shippingCost,
      order.shippedAt,
      order.deliveredAt,
      order.satisfaction,
    ];
    orders.forEach((order, index) => write(order, index));
    orders.forEach((order, index) => {
      expect(read(order)).toEqual([19.5, 1.25, 3.5, 3600.5, 90000, ...Array.from({ length: 11 }, (_, slot) => index + (slot + 1) / 100)]);
    });
    // A copy has a row of its own.
    const twin = (orders[70] as PlacedOrder).copyOf(1);
    expect(read(twin)).toEqual(read(orders[70] as PlacedOrder));
    twin.pickedAt = -1;
    expect([twin.pickedAt, orders[70]?.pickedAt, orders[71]?.pickedAt]).toEqual([-1, 70.05, 71.05]);
  });

  it('a frozen order refuses every write, its numbers included, and keeps them; deepFreeze freezes orders so', () => {
    for (const freeze of [(order: PlacedOrder) => order.freeze(), (order: PlacedOrder) => deepFreeze(order)]) {
      const order = placed();
      order.pickedAt = 7200.25;
      freeze(order);
      expect(Object.isFrozen(order)).toBe(true);
      expect(() => {
        order.pickedAt = 1;
      }).toThrow(TypeError);
      expect(() => {
        order.satisfaction = 1;
      }).toThrow(TypeError);
      expect(() => {
        order.state = 'packing';
      }).toThrow(TypeError);
      placed().pickedAt = 5;
      expect([order.pickedAt, order.value]).toEqual([7200.25, 19.5]);
      expect(order.copyOf(9).pickedAt).toBe(7200.25);
    }
  });

  it('JSON, Object.keys and structuredClone never see the shared chunk; a Proxy or Object.create still reads the numbers', () => {
    const order = placed();
    order.pickedAt = 42;
    placed().shippingCost = 99;
    const seen = [Object.values({ ...order }), Object.values(structuredClone(order))].flat();
    expect(seen.some((value) => ArrayBuffer.isView(value))).toBe(false);
    expect(JSON.stringify(order)).not.toContain('99');
    const wrapped = new Proxy(order, {});
    const derived = Object.create(order) as PlacedOrder;
    expect([wrapped.pickedAt, derived.pickedAt, wrapped.placedAt]).toEqual([42, 42, 3600.5]);
    wrapped.packedAt = 43;
    expect(order.packedAt).toBe(43);
  });
});
