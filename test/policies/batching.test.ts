import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Order } from '../../engine/domain/Order.js';
import type { PickLocation } from '../../engine/domain/PickLocation.js';
import type { BatchingContext, BatchingPolicy } from '../../engine/policies/batching/BatchingPolicy.js';
import { batchingFamily } from '../../engine/policies/batching/family.js';
import { findBuiltIn } from '../../engine/policies/registry.js';
import { builtInPolicy } from '../helpers/builtInPolicies.js';

const optimal = builtInPolicy('routing', 'optimal');

/** A stand-in order: batching policies only look at identity and release time. */
const order = (id: number, releasedAt = id): Order => ({ id, releasedAt }) as unknown as Order;

function contextFor(picks: Map<Order, PickLocation[]>, cartCapacity: number): BatchingContext {
  const layout = { aisles: 10, aisleLength: 10, aisleSpacing: 2.5, depotX: 0 };
  return {
    cartCapacity,
    picksOf: (o) => picks.get(o) ?? [],
    tourLength: (list) => optimal.route(layout, list).distance,
  };
}

/** A batching built-in created with half-hour waves and `candidates` (each reads the option it takes). */
const policy = (name: string, candidates = 20): BatchingPolicy => {
  const found = findBuiltIn('batching', name);
  if (found === undefined) throw new Error(`no batching policy ${name}`);
  return found.create({ window: 1800, candidates });
};

describe('batching policies', () => {
  it('fcfs fills the cart with the orders waiting longest', () => {
    const waiting = [order(1), order(2), order(3), order(4)];
    expect(policy('fcfs').companions(waiting, order(0), contextFor(new Map(), 3))).toEqual([waiting[0], waiting[1]]);
    expect(policy('single').companions(waiting, order(0), contextFor(new Map(), 3))).toEqual([]);
  });

  it('time-window holds an order until its wave closes and keeps waves apart', () => {
    const timeWindow = policy('time-window');
    const context = contextFor(new Map(), 10);
    expect(timeWindow.availableAt?.(0, context)).toBe(1800);
    expect(timeWindow.availableAt?.(1799, context)).toBe(1800);
    expect(timeWindow.availableAt?.(1800, context)).toBe(3600);
    const waiting = [order(1, 100), order(2, 1900), order(3, 1700), order(4, 3700)];
    expect(timeWindow.companions(waiting, order(0, 10), context).map((o) => o.id)).toEqual([1, 3]);
  });

  it('seed adds the orders that open the fewest new aisles', () => {
    const first = order(0);
    const picks = new Map<Order, PickLocation[]>([
      [
        first,
        [
          { aisle: 2, y: 3 },
          { aisle: 5, y: 3 },
        ],
      ],
    ]);
    const far = order(1);
    const same = order(2);
    const oneNew = order(3);
    picks.set(far, [
      { aisle: 8, y: 1 },
      { aisle: 9, y: 1 },
    ]);
    picks.set(same, [{ aisle: 5, y: 9 }]);
    picks.set(oneNew, [
      { aisle: 2, y: 1 },
      { aisle: 7, y: 1 },
    ]);
    expect(policy('seed').companions([far, same, oneNew], first, contextFor(picks, 3))).toEqual([same, oneNew]);
    // With room for all, the one whose aisles the cart now covers best comes next.
    expect(policy('seed').companions([far, same, oneNew], first, contextFor(picks, 4))).toEqual([same, oneNew, far]);
    // Only the first `candidates` waiting orders are considered.
    expect(policy('seed', 1).companions([far, same, oneNew], first, contextFor(picks, 2))).toEqual([far]);
  });

  it('savings adds the orders whose joint tour saves the most distance', () => {
    const first = order(0);
    const neighbour = order(1);
    const distant = order(2);
    const picks = new Map<Order, PickLocation[]>([
      [first, [{ aisle: 6, y: 8 }]],
      [neighbour, [{ aisle: 6, y: 9 }]],
      [distant, [{ aisle: 1, y: 1 }]],
    ]);
    const context = contextFor(picks, 2);
    // The neighbour rides along on a tour that barely grows; the order near the depot saves little.
    expect(policy('savings').companions([distant, neighbour], first, context)).toEqual([neighbour]);
    const saving = (o: Order): number =>
      context.tourLength(picks.get(first) ?? []) +
      context.tourLength(picks.get(o) ?? []) -
      context.tourLength([...(picks.get(first) ?? []), ...(picks.get(o) ?? [])]);
    expect(saving(neighbour)).toBeGreaterThan(saving(distant));
  });

  it('every policy returns distinct waiting orders, at most capacity - 1, the same each time (property)', () => {
    const instance = fc.record({
      orders: fc.array(
        fc.array(fc.record({ aisle: fc.integer({ min: 0, max: 9 }), y: fc.double({ min: 0, max: 10, noNaN: true }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        {
          minLength: 1,
          maxLength: 30,
        },
      ),
      cartCapacity: fc.integer({ min: 1, max: 8 }),
      candidates: fc.integer({ min: 1, max: 25 }),
    });
    fc.assert(
      fc.property(instance, ({ orders, cartCapacity, candidates }) => {
        const all = orders.map((_, index) => order(index, index * 100));
        const picks = new Map(all.map((o, index) => [o, orders[index] as PickLocation[]]));
        const [first, ...waiting] = all;
        for (const { name } of batchingFamily.builtIns) {
          const context = contextFor(picks, cartCapacity);
          const chosen = policy(name, candidates).companions(waiting, first as Order, context);
          expect(chosen.length).toBeLessThanOrEqual(cartCapacity - 1);
          expect(new Set(chosen).size).toBe(chosen.length);
          for (const o of chosen) expect(waiting).toContain(o);
          expect(policy(name, candidates).companions(waiting, first as Order, context)).toEqual(chosen);
        }
      }),
      { numRuns: 300 },
    );
  });
});
