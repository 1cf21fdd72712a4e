import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { returnRouting } from '../../engine/policies/routing/returnRouting.js';
import { sShape } from '../../engine/policies/routing/sShape.js';
import type { RoutingLayout } from '../../engine/policies/types.js';

const layout: RoutingLayout = { aisles: 10, aisleLength: 20, aisleSpacing: 3, depotX: 0 };

describe('sShape.route', () => {
  it('traverses an even number of pick aisles entirely', () => {
    const route = sShape.route(layout, [{ aisle: 1, y: 5 }, { aisle: 3, y: 12 }]);
    expect(route.distance).toBe(2 * 9 + 2 * 20);
    expect(route.sequence).toEqual([{ aisle: 1, y: 5 }, { aisle: 3, y: 12 }]);
  });

  it('enters and leaves the last of an odd number of pick aisles from the front', () => {
    const route = sShape.route(layout, [{ aisle: 0, y: 4 }, { aisle: 2, y: 2 }, { aisle: 4, y: 7 }, { aisle: 4, y: 3 }]);
    expect(route.distance).toBe(2 * 12 + 2 * 20 + 2 * 7);
  });

  it('makes a return trip when a single aisle has picks', () => {
    expect(sShape.route(layout, [{ aisle: 2, y: 8 }]).distance).toBe(2 * 6 + 2 * 8);
    expect(sShape.route(layout, []).distance).toBe(0);
  });

  it('sweeps from the end nearer a middle depot', () => {
    const middle = { ...layout, depotX: 13.5 };
    const route = sShape.route(middle, [{ aisle: 1, y: 5 }, { aisle: 6, y: 5 }, { aisle: 7, y: 5 }]);
    // End aisles: 7 (x=21) is 7.5 m from the depot, 1 (x=3) is 10.5 m: sweep right to left.
    expect(route.sequence.map((pick) => pick.aisle)).toEqual([7, 6, 1]);
    expect(route.distance).toBe(7.5 + 18 + 10.5 + 2 * 20 + 2 * 5);
    // On a tie the sweep starts from the leftmost aisle.
    expect(sShape.route(middle, [{ aisle: 1, y: 5 }, { aisle: 8, y: 5 }]).sequence[0]?.aisle).toBe(1);
  });
});

describe('returnRouting.route', () => {
  it('enters every pick aisle from the front up to its deepest pick', () => {
    expect(returnRouting.route(layout, [{ aisle: 1, y: 5 }, { aisle: 3, y: 12 }]).distance).toBe(2 * 9 + 2 * 5 + 2 * 12);
  });
});

describe('routing policies (property)', () => {
  it('visit every pick once and never walk less than the farthest pick and back', () => {
    const picks = fc.array(fc.record({ aisle: fc.integer({ min: 0, max: 9 }), y: fc.double({ min: 0, max: 20, noNaN: true }) }), { maxLength: 30 });
    fc.assert(
      fc.property(picks, fc.constantFrom(0, 13.5), (list, depotX) => {
        for (const policy of [sShape, returnRouting]) {
          const route = policy.route({ ...layout, depotX }, list);
          expect(route.sequence).toHaveLength(list.length);
          const lowerBound = Math.max(0, ...list.map((pick) => 2 * (Math.abs(pick.aisle * 3 - depotX) + pick.y)));
          expect(route.distance).toBeGreaterThanOrEqual(lowerBound - 1e-9);
        }
      }),
    );
  });
});
