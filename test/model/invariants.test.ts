import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../engine/model/buildModel.js';
import { ORDER_STATES, type Order, type OrderState } from '../../engine/domain/Order.js';
import { validateScenario } from '../../engine/scenario/validateScenario.js';

// Every move an order may make; anything else would mean a lost or duplicated order.
const LEGAL: Record<OrderState | 'new', readonly OrderState[]> = {
  new: ['processing'],
  processing: ['held', 'awaitingStock', 'awaitingPick', 'lost', 'cancelled'],
  held: ['processing', 'cancelled'],
  awaitingStock: ['awaitingPick'],
  awaitingPick: ['picking'],
  picking: ['awaitingPack'],
  awaitingPack: ['packing'],
  packing: ['awaitingPickup'],
  awaitingPickup: ['inTransit'],
  inTransit: ['delivered'],
  delivered: ['returned'],
  returned: [],
  cancelled: [],
  lost: [],
};

const smallScenario = fc.record({
  ordersPerDay: fc.integer({ min: 5, max: 120 }),
  skus: fc.integer({ min: 1, max: 25 }),
  linesMean: fc.double({ min: 0, max: 3, noNaN: true }),
  unitsMean: fc.double({ min: 0, max: 3, noNaN: true }),
  policy: fc.oneof(
    fc.record({ type: fc.constant('base-stock' as const), baseStock: fc.integer({ min: 0, max: 40 }) }),
    fc.record({
      type: fc.constant('rQ' as const),
      reorderPoint: fc.integer({ min: -1, max: 20 }),
      orderQuantity: fc.integer({ min: 1, max: 30 }),
    }),
    fc.record({
      type: fc.constant('sS' as const),
      reorderPoint: fc.integer({ min: -1, max: 20 }),
      orderUpTo: fc.integer({ min: 21, max: 50 }),
    }),
    fc.record({
      type: fc.constant('RS' as const),
      reviewPeriod: fc.constantFrom('6h', '1d', '3d'),
      orderUpTo: fc.integer({ min: 0, max: 50 }),
    }),
    fc.record({
      type: fc.constant('sS-periodic' as const),
      reviewPeriod: fc.constantFrom('6h', '1d', '3d'),
      reorderPoint: fc.integer({ min: -1, max: 20 }),
      orderUpTo: fc.integer({ min: 21, max: 50 }),
    }),
    fc.record({
      type: fc.constant('forecast' as const),
      reviewPeriod: fc.constantFrom('1d', '3d'),
      method: fc.constantFrom('moving-average' as const, 'exponential-smoothing' as const, 'holt' as const, 'holt-winters' as const),
      target: fc.constantFrom('cycle-service' as const, 'fill-rate' as const),
      history: fc.constantFrom('2d', '14d'),
    }),
  ),
  unmetDemand: fc.constantFrom('backorder' as const, 'lost-sale' as const),
  leadDays: fc.double({ min: 0.1, max: 6, noNaN: true }),
  supplierFillRate: fc.constantFrom(1, 0.9, 0.5),
  horizonDays: fc.integer({ min: 3, max: 15 }),
  pickers: fc.integer({ min: 0, max: 3 }),
  holdShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
  returnRate: fc.double({ min: 0, max: 0.6, noNaN: true }),
  exchangeShare: fc.double({ min: 0, max: 1, noNaN: true }),
  manual: fc.boolean(),
  batching: fc.record({
    policy: fc.constantFrom('single', 'fcfs', 'time-window', 'seed', 'savings'),
    cartCapacity: fc.integer({ min: 1, max: 5 }),
    window: fc.constantFrom('10m', '2h'),
    candidates: fc.integer({ min: 1, max: 6 }),
  }),
  routing: fc.constantFrom('s-shape', 'optimal', 'largest-gap'),
  allocation: fc.constantFrom('fcfs', 'priority', 'fair-share', 'lp'),
  partialShipments: fc.boolean(),
  selection: fc.constantFrom('cheapest-on-time', 'lp'),
  carrierCapacity: fc.integer({ min: 1, max: 200 }),
  blocks: fc.integer({ min: 1, max: 3 }),
  zones: fc.integer({ min: 1, max: 3 }),
  seed: fc.integer({ min: 0, max: 1000 }),
});

describe('buildModel invariants (property)', () => {
  it('every placed order ends in exactly one legal state, stock balances, and time never goes backwards', () => {
    fc.assert(
      fc.property(smallScenario, (draw) => {
        const scenario = validateScenario(
          {
            seed: draw.seed,
            horizon: `${draw.horizonDays}d`,
            warmup: '1d',
            channels: [
              {
                name: 'web',
                ordersPerDay: draw.ordersPerDay,
                linesPerOrder: { dist: 'poisson', mean: draw.linesMean, shift: 1 },
                unitsPerLine: { dist: 'poisson', mean: draw.unitsMean, shift: 1 },
                processing: draw.manual ? 'manual' : 'automated',
              },
            ],
            catalog: { skus: draw.skus },
            inventory: {
              policy: draw.policy,
              unmetDemand: draw.unmetDemand,
              supplierLeadTime: { dist: 'exponential', mean: `${draw.leadDays}d` },
              supplierFillRate: draw.supplierFillRate,
              allocation: draw.allocation,
              partialShipments: draw.partialShipments,
            },
            processing: { hold: { share: draw.holdShare }, prioritization: 'customer-tier' },
            shipping: {
              selection: draw.selection,
              carriers: [
                {
                  name: 'a',
                  dailyCapacity: draw.carrierCapacity,
                  services: { ground: { transitTime: { dist: 'uniform', min: '1d', max: '3d' } } },
                },
                {
                  name: 'b',
                  cutoff: '12:00',
                  dailyCapacity: draw.carrierCapacity,
                  rates: { base: 4 },
                  services: { ground: { transitTime: { dist: 'uniform', min: '2d', max: '6d' } } },
                },
              ],
            },
            warehouse: {
              pickers: draw.pickers,
              layout: { aisles: 3, aisleLength: 10, blocks: draw.blocks },
              batching: draw.batching,
              routing: draw.routing,
              zones: Math.min(draw.zones, Math.max(1, draw.pickers)),
            },
            returns: { changedMindRate: draw.returnRate, exchangeShare: draw.exchangeShare },
          },
          'property',
        );
        const model = buildModel(scenario, 0);
        const { events, simulation } = model.context;
        const initial = Float64Array.from(model.inventory.onHand);
        const received = new Float64Array(draw.skus);
        const restocked = new Float64Array(draw.skus);
        const issued = new Float64Array(draw.skus);
        const orders = new Map<number, Order>();
        let lastTime = 0;
        events.on('orderPlaced', ({ order }) => {
          expect(orders.has(order.id)).toBe(false);
          orders.set(order.id, order);
        });
        // The ledger of announced states: each move must start where the order's last announced
        // move ended, so a state changed without its event (or announced twice) is caught.
        const announced = new Map<number, OrderState>();
        events.on('orderStateChanged', ({ order, from, to }) => {
          expect(simulation.now).toBeGreaterThanOrEqual(lastTime);
          lastTime = simulation.now;
          expect(LEGAL[from ?? 'new']).toContain(to);
          expect(from, `order ${order.id}: moved from ${from} but its last announced state was ${announced.get(order.id)}`).toBe(
            announced.get(order.id) ?? null,
          );
          announced.set(order.id, to);
        });
        // Every move to cancelled or lost is also announced as a drop, once, right after it.
        const dropped = new Set<number>();
        events.on('orderDropped', ({ order, state }) => {
          expect(announced.get(order.id)).toBe(state);
          expect(dropped.has(order.id)).toBe(false);
          dropped.add(order.id);
        });
        const picks = new Map<number, { started: number; finished: number }>();
        const pickCount = (order: Order) => picks.get(order.id) ?? picks.set(order.id, { started: 0, finished: 0 }).get(order.id);
        events.on('pickStarted', ({ order }) => void (pickCount(order) as { started: number }).started++);
        events.on('pickFinished', ({ order }) => {
          const count = pickCount(order) as { started: number; finished: number };
          expect(count.started).toBe(1);
          count.finished++;
        });
        // The inventory position's parts, rebuilt from the event ledger, must match the model's
        // state after every event: on order = ordered - received, backorders = sum of deltas.
        const onOrder = new Float64Array(draw.skus);
        const backordered = new Float64Array(draw.skus);
        const checkPosition = (sku: number): void => {
          expect(model.inventory.onOrder[sku]).toBe(onOrder[sku]);
          expect(model.inventory.backorders[sku]).toBe(backordered[sku]);
          expect(model.inventory.onHand[sku]).toBeGreaterThanOrEqual(0);
        };
        events.on('replenishmentOrdered', ({ sku, units }) => {
          onOrder[sku] = (onOrder[sku] as number) + units;
          checkPosition(sku);
        });
        events.on('stockChanged', ({ sku, backorderDelta, onHand }) => {
          backordered[sku] = (backordered[sku] as number) + backorderDelta;
          expect(model.inventory.onHand[sku]).toBe(onHand);
          checkPosition(sku);
        });
        events.on('stockReceived', ({ sku, units, cancelledUnits }) => {
          received[sku] = (received[sku] as number) + units;
          onOrder[sku] = (onOrder[sku] as number) - units - cancelledUnits;
          expect(cancelledUnits).toBeGreaterThanOrEqual(0);
        });
        events.on('stockRestocked', ({ sku, units }) => void (restocked[sku] = (restocked[sku] as number) + units));
        events.on('unitsIssued', ({ sku, units }) => void (issued[sku] = (issued[sku] as number) + units));
        const pickups = new Map<string, number>();
        const shipped = new Set<number>();
        events.on('carrierSelected', ({ order, carrier, pickupAt }) => {
          expect(order.state).toBe('awaitingPickup');
          expect(shipped.has(order.id)).toBe(false);
          shipped.add(order.id);
          const key = `${carrier}@${pickupAt}`;
          pickups.set(key, (pickups.get(key) ?? 0) + 1);
          expect(pickups.get(key)).toBeLessThanOrEqual(draw.carrierCapacity);
        });
        model.run();
        expect([...dropped].sort((a, b) => a - b)).toEqual(
          [...announced]
            .filter(([, state]) => state === 'cancelled' || state === 'lost')
            .map(([id]) => id)
            .sort((a, b) => a - b),
        );

        // Exactly one state per placed order: the one its last announced move reached, and no
        // announcement for an order that was never placed.
        expect([...announced.keys()].filter((id) => !orders.has(id))).toEqual([]);
        for (const order of orders.values()) {
          expect(ORDER_STATES).toContain(order.state);
          expect(
            order.state,
            `order ${order.id}: state ${order.state} but its last announced move reached ${announced.get(order.id)}`,
          ).toBe(announced.get(order.id));
          const accounted = order.lines.reduce((sum, line) => sum + line.issued + line.lost, 0) + order.unitsAwaited;
          const allocated = !['processing', 'held', 'cancelled'].includes(order.state);
          if (allocated) expect(accounted).toBe(order.lines.reduce((sum, line) => sum + line.units, 0));
          if (order.state === 'delivered' || order.state === 'returned') {
            expect(order.deliveredAt).toBeGreaterThanOrEqual(order.shippedAt);
            expect(order.shippedAt).toBeGreaterThanOrEqual(order.placedAt);
          }
        }
        // Every order is picked at most once, however many zones and carts share it.
        for (const count of picks.values()) expect(count.finished).toBeLessThanOrEqual(1);
        for (let sku = 0; sku < draw.skus; sku++) {
          const onHand = model.inventory.onHand[sku] as number;
          expect(onHand).toBeGreaterThanOrEqual(0);
          expect(model.inventory.backorders[sku]).toBeGreaterThanOrEqual(0);
          expect((initial[sku] as number) + (received[sku] as number) + (restocked[sku] as number)).toBe(onHand + (issued[sku] as number));
        }
      }),
      { numRuns: 40 },
    );
  });
});
