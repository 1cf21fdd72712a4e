import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossAisles } from '../../engine/policies/routing/crossAisles.js';
import { builtInPolicies, builtInPolicy } from '../helpers/builtInPolicies.js';
import type { PickLocation } from '../../engine/domain/PickLocation.js';
import type { FloorPoint } from '../../engine/domain/Route.js';
import type { RoutingLayout } from '../../engine/domain/RoutingLayout.js';

const sShape = builtInPolicy('routing', 's-shape');
const returnRouting = builtInPolicy('routing', 'return');
const midpoint = builtInPolicy('routing', 'midpoint');
const largestGap = builtInPolicy('routing', 'largest-gap');
const combined = builtInPolicy('routing', 'combined');

const layout: RoutingLayout = { aisles: 10, aisleLength: 20, aisleSpacing: 3, depotX: 0 };

describe('sShape.route', () => {
  it('traverses an even number of pick aisles entirely', () => {
    const route = sShape.route(layout, [
      { aisle: 1, y: 5 },
      { aisle: 3, y: 12 },
    ]);
    expect(route.distance).toBe(2 * 9 + 2 * 20);
    expect(route.sequence).toEqual([
      { aisle: 1, y: 5 },
      { aisle: 3, y: 12 },
    ]);
  });

  it('enters and leaves the last of an odd number of pick aisles from the front', () => {
    const route = sShape.route(layout, [
      { aisle: 0, y: 4 },
      { aisle: 2, y: 2 },
      { aisle: 4, y: 7 },
      { aisle: 4, y: 3 },
    ]);
    expect(route.distance).toBe(2 * 12 + 2 * 20 + 2 * 7);
  });

  it('makes a return trip when a single aisle has picks', () => {
    expect(sShape.route(layout, [{ aisle: 2, y: 8 }]).distance).toBe(2 * 6 + 2 * 8);
    expect(sShape.route(layout, []).distance).toBe(0);
  });

  it('sweeps from the end nearer a middle depot', () => {
    const middle = { ...layout, depotX: 13.5 };
    const route = sShape.route(middle, [
      { aisle: 1, y: 5 },
      { aisle: 6, y: 5 },
      { aisle: 7, y: 5 },
    ]);
    // End aisles: 7 (x=21) is 7.5 m from the depot, 1 (x=3) is 10.5 m: sweep right to left.
    expect(route.sequence.map((pick) => pick.aisle)).toEqual([7, 6, 1]);
    expect(route.distance).toBe(7.5 + 18 + 10.5 + 2 * 20 + 2 * 5);
    // On a tie the sweep starts from the leftmost aisle.
    expect(
      sShape.route(middle, [
        { aisle: 1, y: 5 },
        { aisle: 8, y: 5 },
      ]).sequence[0]?.aisle,
    ).toBe(1);
  });
});

describe('midpoint.route', () => {
  it('traverses the end aisles and serves middle aisles by halves from the front and the back', () => {
    // Aisles 1 and 5 traversed; aisle 3: picks at 4 (front half) and 15 (back half).
    const route = midpoint.route(layout, [
      { aisle: 1, y: 2 },
      { aisle: 3, y: 4 },
      { aisle: 3, y: 15 },
      { aisle: 5, y: 9 },
    ]);
    expect(route.distance).toBe(2 * 15 + 2 * 20 + 2 * 4 + 2 * (20 - 15));
  });

  it('makes a return trip when one aisle has picks, including picks at y = 0 and y = length', () => {
    expect(
      midpoint.route(layout, [
        { aisle: 2, y: 0 },
        { aisle: 2, y: 20 },
      ]).distance,
    ).toBe(2 * 6 + 2 * 20);
  });
});

describe('largestGap.route', () => {
  it('skips the largest gap of each middle aisle', () => {
    // Aisle 3 stops 0 | 2, 5, 17 | 20: largest gap 5..17 skipped: front trip to 5, back trip to 17.
    const route = largestGap.route(layout, [
      { aisle: 0, y: 1 },
      { aisle: 3, y: 2 },
      { aisle: 3, y: 5 },
      { aisle: 3, y: 17 },
      { aisle: 6, y: 3 },
    ]);
    expect(route.distance).toBe(2 * 18 + 2 * 20 + 2 * 5 + 2 * 3);
    // Aisle 3 with one pick at 18: the largest gap is the front one, so it is served from the back.
    expect(
      largestGap.route(layout, [
        { aisle: 0, y: 1 },
        { aisle: 3, y: 18 },
        { aisle: 6, y: 3 },
      ]).distance,
    ).toBe(2 * 18 + 2 * 20 + 2 * 2);
  });

  it('handles duplicate locations', () => {
    const once = largestGap.route(layout, [
      { aisle: 0, y: 1 },
      { aisle: 3, y: 6 },
      { aisle: 6, y: 3 },
    ]);
    const twice = largestGap.route(layout, [
      { aisle: 0, y: 1 },
      { aisle: 3, y: 6 },
      { aisle: 3, y: 6 },
      { aisle: 6, y: 3 },
    ]);
    expect(twice.distance).toBe(once.distance);
    expect(twice.sequence).toHaveLength(4);
  });
});

describe('combined.route', () => {
  it('chooses per aisle between a traversal and a return trip, ending at the front', () => {
    // Aisle 1 (y 2): return from the front; aisle 3 (y 18): traverse; aisle 5 (y 3): traverse back.
    const route = combined.route(layout, [
      { aisle: 1, y: 2 },
      { aisle: 3, y: 18 },
      { aisle: 5, y: 3 },
    ]);
    expect(route.distance).toBe(2 * 15 + 4 + 20 + 20);
    expect(
      sShape.route(layout, [
        { aisle: 1, y: 2 },
        { aisle: 3, y: 18 },
        { aisle: 5, y: 3 },
      ]).distance,
    ).toBe(2 * 15 + 40 + 6);
  });
});

describe('returnRouting.route', () => {
  it('enters every pick aisle from the front up to its deepest pick', () => {
    expect(
      returnRouting.route(layout, [
        { aisle: 1, y: 5 },
        { aisle: 3, y: 12 },
      ]).distance,
    ).toBe(2 * 9 + 2 * 5 + 2 * 12);
  });
});

/** Checks that a path is a legal walk and returns its length. */
function walkLength(layout: RoutingLayout, path: readonly FloorPoint[], picks: readonly PickLocation[]): number {
  if (picks.length === 0) return 0;
  expect(path[0]).toEqual({ x: layout.depotX, y: 0 });
  expect(path[path.length - 1]).toEqual({ x: layout.depotX, y: 0 });
  let length = 0;
  for (let i = 1; i < path.length; i++) {
    const from = path[i - 1] as FloorPoint;
    const to = path[i] as FloorPoint;
    const vertical = from.x === to.x && from.y !== to.y;
    if (vertical) expect(Number.isInteger(from.x / layout.aisleSpacing)).toBe(true);
    else expect(crossAisles(layout)).toContain(from.y);
    if (!vertical) expect(to.y).toBe(from.y);
    length += Math.abs(to.x - from.x) + Math.abs(to.y - from.y);
  }
  for (const pick of picks) {
    const x = pick.aisle * layout.aisleSpacing;
    const covered = path.some((point, i) => {
      const next = path[i + 1];
      if (next === undefined) return false;
      const alongAisle =
        point.x === x && next.x === x && Math.min(point.y, next.y) <= pick.y + 1e-9 && Math.max(point.y, next.y) >= pick.y - 1e-9;
      // A pick at either end of its aisle lies on a cross aisle and may be passed there.
      const alongCrossAisle = point.y === pick.y && next.y === pick.y && Math.min(point.x, next.x) <= x && Math.max(point.x, next.x) >= x;
      return alongAisle || alongCrossAisle;
    });
    expect(covered, `pick ${JSON.stringify(pick)} is on the walk`).toBe(true);
  }
  return length;
}

describe('routing policies (property)', () => {
  it('walk a legal path through every pick whose length is the reported distance', () => {
    const picks = fc.array(fc.record({ aisle: fc.integer({ min: 0, max: 9 }), y: fc.constantFrom(0, 20, 3.5, 7, 12.25, 19) }), {
      maxLength: 25,
    });
    fc.assert(
      fc.property(picks, fc.constantFrom(0, 13.5, 12), fc.constantFrom(1, 2, 3), (list, depotX, blocks) => {
        for (const [, policy] of builtInPolicies('routing')) {
          const route = policy.route({ ...layout, depotX, blocks }, list);
          expect(walkLength({ ...layout, depotX, blocks }, route.path, list)).toBeCloseTo(route.distance, 9);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('visit every pick once and never walk less than the farthest pick and back', () => {
    const picks = fc.array(fc.record({ aisle: fc.integer({ min: 0, max: 9 }), y: fc.double({ min: 0, max: 20, noNaN: true }) }), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(picks, fc.constantFrom(0, 13.5), (list, depotX) => {
        for (const [, policy] of builtInPolicies('routing')) {
          const route = policy.route({ ...layout, depotX }, list);
          expect(route.sequence).toHaveLength(list.length);
          const lowerBound = Math.max(0, ...list.map((pick) => 2 * (Math.abs(pick.aisle * 3 - depotX) + pick.y)));
          expect(route.distance).toBeGreaterThanOrEqual(lowerBound - 1e-9);
        }
      }),
    );
  });
});
