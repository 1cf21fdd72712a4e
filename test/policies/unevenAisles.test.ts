import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutsWithPicks } from '../../engine/policies/conformance/arbitraries.js';
import { routeViolation } from '../../engine/policies/routing/routeViolation.js';
import type { FloorPoint } from '../../engine/domain/Route.js';
import type { RoutingLayout } from '../../engine/domain/RoutingLayout.js';
import { builtInPolicies, builtInPolicy } from '../helpers/builtInPolicies.js';

const walked = (path: readonly FloorPoint[]): number =>
  path.reduce(
    (sum, to, leg) =>
      leg === 0 ? 0 : sum + Math.abs(to.x - (path[leg - 1] as FloorPoint).x) + Math.abs(to.y - (path[leg - 1] as FloorPoint).y),
    0,
  );

// Four aisles of 10 m at x = 0, 2, 7 and 8; picks in aisle 1 (x 2) at y 3, aisle 2 (x 7) at
// y 8 and aisle 3 (x 8) at y 4.
const LAYOUT: RoutingLayout = { aisles: 4, aisleLength: 10, aisleSpacing: 3, aisleX: [0, 2, 7, 8], depotX: 0 };
const PICKS = [
  { aisle: 1, y: 3 },
  { aisle: 2, y: 8 },
  { aisle: 3, y: 4 },
];

describe('routing on aisles at uneven positions', () => {
  it('gives the hand-computed route lengths, depot front-left (x 0)', () => {
    // S-shape sweeps from aisle 1 (2 m from the depot, aisle 3 is 8 m): across 0 -> 2, up
    // aisle 1 (10), across the back 2 -> 7, down aisle 2 (10), across the front 7 -> 8, aisle 3
    // is the odd last one: up to 4 and back (8), home 8 -> 0. Horizontal 2 + 6 + 8 = 16
    // (|0-2| + |8-2| + |8-0|), vertical 10 + 10 + 2 * 4 = 28: 44.
    expect(builtInPolicy('routing', 's-shape').route(LAYOUT, PICKS).distance).toBe(44);
    // Return: out to x 8 and back (2 * 8 = 16) plus 2 * (3 + 8 + 4) = 30: 46.
    expect(builtInPolicy('routing', 'return').route(LAYOUT, PICKS).distance).toBe(46);
    // Optimal: up aisle 1 (0 -> 2: 2, then 10), along the back 2 -> 8 (6) dipping into aisle 2
    // down to y 8 and back (2 * 2 = 4), down aisle 3 (10), home along the front 8 -> 0 (8):
    // 2 + 10 + 6 + 4 + 10 + 8 = 40. (Traversing aisles 2 and 3 instead: 7 + 10 + 1 + 10 + 8 +
    // 2 * 3 for aisle 1 = 42; every aisle by return: 46.)
    expect(builtInPolicy('routing', 'optimal').route(LAYOUT, PICKS).distance).toBe(40);
  });

  it('gives the hand-computed route lengths with the depot midway between the outermost aisles (x 4, between aisles)', () => {
    const layout = { ...LAYOUT, depotX: (0 + 8) / 2 };
    // S-shape: aisle 1 is 2 m from the depot, aisle 3 is 4 m: from the left. Horizontal
    // |4-2| + |8-2| + |8-4| = 12, vertical 28 as before: 40.
    expect(builtInPolicy('routing', 's-shape').route(layout, PICKS).distance).toBe(40);
    // Return: the front cross aisle from x 2 to x 8 twice (12) plus 30: 42.
    expect(builtInPolicy('routing', 'return').route(layout, PICKS).distance).toBe(42);
    // Optimal: the same tour as above, but the front walk spans x 2 to 8 only: 2 * 6 + 10 + 4 + 10 = 36.
    const optimal = builtInPolicy('routing', 'optimal').route(layout, PICKS);
    expect(optimal.distance).toBe(36);
    expect(optimal.path[0]).toEqual({ x: 4, y: 0 });
  });

  it('on random uneven layouts and pick lists: every route visits every pick, its length is the walk, optimal is never longer', () => {
    const uneven = layoutsWithPicks.filter(({ layout }) => layout.aisleX !== undefined);
    const policies = builtInPolicies('routing');
    fc.assert(
      fc.property(uneven, ({ layout, picks }) => {
        const best = builtInPolicy('routing', 'optimal').route(layout, picks).distance;
        for (const [name, policy] of policies) {
          const route = policy.route(layout, picks);
          expect(routeViolation(layout, picks, route), name).toBeUndefined();
          expect(
            [...route.sequence].sort((p, q) => p.aisle - q.aisle || p.y - q.y),
            name,
          ).toEqual([...picks].sort((p, q) => p.aisle - q.aisle || p.y - q.y));
          expect(walked(route.path), name).toBeCloseTo(route.distance, 9);
          expect(best, name).toBeLessThanOrEqual(route.distance + 1e-9);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('aisleX = [0, s, 2s, ...] gives the same routes as aisleSpacing = s, for every policy', () => {
    const even = layoutsWithPicks.filter(({ layout }) => layout.aisleX === undefined);
    const policies = builtInPolicies('routing');
    fc.assert(
      fc.property(even, ({ layout, picks }) => {
        const listed = { ...layout, aisleX: Array.from({ length: layout.aisles }, (_, aisle) => aisle * layout.aisleSpacing) };
        for (const [name, policy] of policies) {
          const route = policy.route(listed, picks);
          expect(route, name).toEqual(policy.route(layout, picks));
        }
      }),
      { numRuns: 300 },
    );
  });
});
