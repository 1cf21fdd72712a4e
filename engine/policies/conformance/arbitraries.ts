import fc from 'fast-check';
import { HOUR } from '../../kernel/time.js';
import type { Order } from '../../domain/Order.js';
import type { CarrierOption } from '../../domain/CarrierOption.js';
import type { PickLocation } from '../../domain/PickLocation.js';
import type { RoutingLayout } from '../../domain/RoutingLayout.js';
import type { AllocationRequest } from '../allocation/AllocationPolicy.js';

/** Random backordered lines competing for one SKU, in backorder order. */
export const allocationRequests: fc.Arbitrary<AllocationRequest[]> = fc.array(
  fc.record({
    orderId: fc.nat({ max: 10_000 }),
    sku: fc.constant(0),
    units: fc.integer({ min: 1, max: 12 }),
    unitPrice: fc.integer({ min: 1, max: 200 }),
    tier: fc.constantFrom('gold', 'standard', 'basic'),
    tierRank: fc.integer({ min: 0, max: 3 }),
    placedAt: fc.nat({ max: 1_000_000 }),
    dueAt: fc.nat({ max: 2_000_000 }),
    priority: fc.integer({ min: -50, max: 50 }),
    otherUnitsAwaited: fc.nat({ max: 10 }),
  }),
  { maxLength: 12 },
);

/** A customer order as policies see it, with every field set. */
export const orders: fc.Arbitrary<Order> = fc
  .record({
    id: fc.nat({ max: 100_000 }),
    service: fc.constantFrom('ground', 'express'),
    tier: fc.constantFrom('gold', 'standard'),
    tierRank: fc.integer({ min: 0, max: 2 }),
    zone: fc.integer({ min: 2, max: 8 }),
    value: fc.integer({ min: 1, max: 2_000 }),
    weightKg: fc.double({ min: 0.1, max: 30, noNaN: true }),
    placedAt: fc.integer({ min: 0, max: 100 * HOUR }),
    promiseHours: fc.integer({ min: 4, max: 120 }),
    lines: fc.array(fc.record({ sku: fc.nat({ max: 50 }), units: fc.integer({ min: 1, max: 5 }) }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ promiseHours, lines, ...order }): Order => ({
    ...order,
    origin: 'customer',
    historyOrder: '',
    channel: 'web',
    residential: true,
    manualProcessing: false,
    fragile: false,
    lines: lines.map((line) => ({ ...line, filledAtAllocation: line.units, issued: line.units, lost: 0, listed: true })),
    dueAt: order.placedAt + promiseHours * HOUR,
    state: 'awaitingPick',
    unitsAwaited: 0,
    processingError: false,
    uncaughtPickErrors: 0,
    verifiedAt: order.placedAt,
    allocatedAt: order.placedAt,
    releasedAt: order.placedAt,
    pickStartedAt: Number.NaN,
    pickedAt: Number.NaN,
    packStartedAt: Number.NaN,
    packedAt: Number.NaN,
    carrier: '',
    shippingCost: Number.NaN,
    shippedAt: Number.NaN,
    deliveredAt: Number.NaN,
    failedAttempts: 0,
    damaged: false,
    delayNotified: false,
    shippedNotified: false,
    contacted: false,
    returnReason: '',
    satisfaction: Number.NaN,
  }));

/** A carrier's offer for a parcel. */
export const carrierOptions: fc.Arbitrary<CarrierOption> = fc
  .record({
    carrier: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    cost: fc.double({ min: 1, max: 60, noNaN: true }),
    pickupAt: fc.integer({ min: 0, max: 200 * HOUR }),
    transitHours: fc.integer({ min: 4, max: 150 }),
    spreadHours: fc.integer({ min: 0, max: 48 }),
  })
  .map(({ transitHours, spreadHours, ...option }) => ({
    ...option,
    expectedDeliveryAt: option.pickupAt + transitHours * HOUR,
    likelyDeliveryBy: option.pickupAt + (transitHours + spreadHours) * HOUR,
  }));

/** A picker-routing layout and picks inside it. */
export const layoutsWithPicks: fc.Arbitrary<{ layout: RoutingLayout; picks: PickLocation[] }> = fc
  .record({
    aisles: fc.integer({ min: 1, max: 10 }),
    aisleLength: fc.integer({ min: 5, max: 40 }),
    aisleSpacing: fc.integer({ min: 2, max: 5 }),
    blocks: fc.integer({ min: 1, max: 3 }),
    depotAisle: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .chain(({ depotAisle, ...shape }) =>
    fc
      .array(fc.record({ aisle: fc.nat({ max: shape.aisles - 1 }), share: fc.double({ min: 0.01, max: 0.99, noNaN: true }) }), {
        maxLength: 15,
      })
      .map((draws) => ({
        layout: { ...shape, depotX: Math.round(depotAisle * (shape.aisles - 1)) * shape.aisleSpacing },
        picks: draws.map(({ aisle, share }) => ({ aisle, y: Math.round(share * shape.aisleLength * 10) / 10 })),
      })),
  );
