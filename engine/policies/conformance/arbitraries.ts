import fc from 'fast-check';
import { HOUR } from '../../kernel/time.js';
import type { Order } from '../../domain/Order.js';
import { PlacedOrder } from '../../domain/PlacedOrder.js';
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
  .map(({ promiseHours, lines, ...drawn }): Order => {
    // The model's own order class: a policy that copies orders by spreading them fails here as in a run.
    const order = new PlacedOrder({
      ...drawn,
      origin: 'customer',
      historyOrder: '',
      channel: 'web',
      residential: true,
      manualProcessing: false,
      fragile: false,
      volumeLitres: 2,
      cartons: 1,
      pallets: 0,
      lines: lines.map((line) => ({ ...line, filledAtAllocation: line.units, issued: line.units, lost: 0, listed: true })),
      dueAt: drawn.placedAt + promiseHours * HOUR,
    });
    order.state = 'awaitingPick';
    order.verifiedAt = drawn.placedAt;
    order.allocatedAt = drawn.placedAt;
    order.releasedAt = drawn.placedAt;
    order.shippingCost = Number.NaN;
    return order;
  });

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

/**
 * Aisle centre positions: either none (evenly spaced) or uneven, from a first x and gaps in
 * half metres (binary fractions, so sums are exact and reproducible by hand).
 */
const aislePositions = (aisles: number): fc.Arbitrary<number[] | undefined> =>
  fc.option(
    fc
      .record({
        first: fc.integer({ min: 0, max: 20 }),
        gaps: fc.array(fc.integer({ min: 1, max: 16 }), { minLength: aisles - 1, maxLength: aisles - 1 }),
      })
      .map(({ first, gaps }) => gaps.reduce((xs, gap) => [...xs, (xs[xs.length - 1] as number) + gap / 2], [first / 2])),
    { nil: undefined },
  );

/** A picker-routing layout (evenly spaced aisles or aisles at uneven positions) and picks inside it. */
export const layoutsWithPicks: fc.Arbitrary<{ layout: RoutingLayout; picks: PickLocation[] }> = fc
  .record({
    aisles: fc.integer({ min: 1, max: 10 }),
    aisleLength: fc.integer({ min: 5, max: 40 }),
    aisleSpacing: fc.integer({ min: 2, max: 5 }),
    blocks: fc.integer({ min: 1, max: 3 }),
    depotAisle: fc.double({ min: 0, max: 1, noNaN: true }),
    // Uneven aisles only: the depot midway between the outermost aisles (front-middle), not at an aisle.
    depotMidway: fc.boolean(),
  })
  .chain(({ depotAisle, depotMidway, ...shape }) =>
    fc
      .record({
        aisleX: aislePositions(shape.aisles),
        draws: fc.array(fc.record({ aisle: fc.nat({ max: shape.aisles - 1 }), share: fc.double({ min: 0.01, max: 0.99, noNaN: true }) }), {
          maxLength: 15,
        }),
      })
      .map(({ aisleX, draws }) => {
        const atAisle = Math.round(depotAisle * (shape.aisles - 1));
        const layout: RoutingLayout =
          aisleX === undefined
            ? { ...shape, depotX: atAisle * shape.aisleSpacing }
            : {
                ...shape,
                aisleX,
                depotX: depotMidway ? ((aisleX[0] as number) + (aisleX[aisleX.length - 1] as number)) / 2 : (aisleX[atAisle] as number),
              };
        return { layout, picks: draws.map(({ aisle, share }) => ({ aisle, y: Math.round(share * shape.aisleLength * 10) / 10 })) };
      }),
  );
