import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossAisles } from '../../engine/policies/routing/crossAisles.js';
import { optimalMultiBlock } from '../../engine/policies/routing/optimalMultiBlock.js';
import type { PickLocation } from '../../engine/domain/PickLocation.js';
import { aisleXOf, type RoutingLayout } from '../../engine/domain/RoutingLayout.js';
import { builtInPolicies, builtInPolicy } from '../helpers/builtInPolicies.js';

const optimal = builtInPolicy('routing', 'optimal');

/** Shortest walk between two points (the depot sits on the front cross aisle, possibly between aisles). */
function distance(
  layout: RoutingLayout,
  p: { x: number; y: number; depot?: boolean },
  q: { x: number; y: number; depot?: boolean },
): number {
  if (p.x === q.x && !p.depot && !q.depot) return Math.abs(p.y - q.y);
  // Changing aisle means walking along one cross aisle; using two is never shorter.
  return Math.abs(p.x - q.x) + Math.min(...crossAisles(layout).map((y) => Math.abs(p.y - y) + Math.abs(q.y - y)));
}

/** Exact TSP by Held-Karp over the picks and the depot, with aisle-graph distances. */
function bruteForce(layout: RoutingLayout, picks: readonly PickLocation[]): number {
  const points = [{ x: layout.depotX, y: 0, depot: true }, ...picks.map((pick) => ({ x: aisleXOf(layout, pick.aisle), y: pick.y }))];
  const n = points.length;
  const d = points.map((p) => points.map((q) => distance(layout, p, q)));
  const full = 1 << n;
  const best = Array.from({ length: full }, () => new Float64Array(n).fill(Infinity));
  (best[1] as Float64Array)[0] = 0;
  for (let set = 1; set < full; set += 2) {
    for (let last = 0; last < n; last++) {
      const cost = (best[set] as Float64Array)[last] as number;
      if (!Number.isFinite(cost)) continue;
      for (let next = 1; next < n; next++) {
        if (set & (1 << next)) continue;
        const row = best[set | (1 << next)] as Float64Array;
        const candidate = cost + ((d[last] as number[])[next] as number);
        if (candidate < (row[next] as number)) row[next] = candidate;
      }
    }
  }
  let tour = Infinity;
  for (let last = 0; last < n; last++)
    tour = Math.min(tour, ((best[full - 1] as Float64Array)[last] as number) + ((d[last] as number[])[0] as number));
  return tour;
}

const layoutArbitrary = fc.record({
  aisles: fc.integer({ min: 1, max: 8 }),
  aisleLength: fc.constantFrom(10, 20),
  aisleSpacing: fc.constantFrom(2.5, 3),
  middle: fc.boolean(),
});

const multiBlockArbitrary = fc.record({
  aisles: fc.integer({ min: 1, max: 7 }),
  aisleLength: fc.constantFrom(10, 20),
  aisleSpacing: fc.constantFrom(2.5, 3),
  middle: fc.boolean(),
  blocks: fc.integer({ min: 2, max: 3 }),
});

function picksFor(layout: { aisles: number; aisleLength: number }, max: number) {
  return fc.array(
    fc.record({ aisle: fc.integer({ min: 0, max: layout.aisles - 1 }), y: fc.integer({ min: 0, max: layout.aisleLength }) }),
    { maxLength: max },
  );
}

/** A layout shape with its depot: mid-front when the shape says `middle`, else at aisle 0. */
function withDepot<T extends { aisles: number; aisleSpacing: number; middle: boolean }>(shape: T): T & { depotX: number } {
  return { ...shape, depotX: shape.middle ? ((shape.aisles - 1) * shape.aisleSpacing) / 2 : 0 };
}

/** Layouts drawn from `shapes`, with their depot, each with up to `max` picks. */
function routingCases<T extends { aisles: number; aisleLength: number; aisleSpacing: number; middle: boolean }>(
  shapes: fc.Arbitrary<T>,
  max: number,
) {
  return shapes.chain((shape) => fc.tuple(fc.constant(withDepot(shape)), picksFor(shape, max)));
}

describe('optimal.route', () => {
  it('equals a brute-force TSP over the aisle graph for up to 9 picks', () => {
    fc.assert(
      fc.property(routingCases(layoutArbitrary, 9), ([layout, picks]) => {
        expect(optimal.route(layout, picks).distance).toBeCloseTo(bruteForce(layout, picks), 9);
      }),
      { numRuns: 1500 },
    );
  });

  it('is never longer than any heuristic, at up to 50 picks', () => {
    fc.assert(
      fc.property(routingCases(layoutArbitrary, 50), ([layout, picks]) => {
        const best = optimal.route(layout, picks).distance;
        for (const [, policy] of builtInPolicies('routing')) expect(best).toBeLessThanOrEqual(policy.route(layout, picks).distance + 1e-9);
      }),
      { numRuns: 2000 },
    );
  });

  it('measures with distance exactly the distance of its route, bit for bit, without building the walk', () => {
    // Fractional positions, depots between aisles and several blocks: the cost-only program must
    // make the same sums in the same way, or a run's times would change in the last bit.
    const fractional = fc.record({
      aisles: fc.integer({ min: 1, max: 12 }),
      aisleLength: fc.double({ min: 1, max: 40, noNaN: true }),
      aisleSpacing: fc.double({ min: 0.7, max: 4.3, noNaN: true }),
      middle: fc.boolean(),
      // Mostly one block: several blocks measure through the same multi-block program as route.
      blocks: fc.oneof({ arbitrary: fc.constant(1), weight: 3 }, { arbitrary: fc.integer({ min: 2, max: 3 }), weight: 1 }),
    });
    const cases = fractional.chain((shape) =>
      fc.tuple(
        fc.constant(withDepot(shape)),
        fc.array(
          fc.record({
            aisle: fc.integer({ min: 0, max: shape.aisles - 1 }),
            y: fc.double({ min: 0, max: shape.aisleLength, noNaN: true }),
          }),
          {
            maxLength: 40,
          },
        ),
      ),
    );
    fc.assert(
      fc.property(cases, ([layout, picks]) => {
        expect(Object.is(optimal.distance?.(layout, picks), optimal.route(layout, picks).distance)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('measures exactly its route on uneven aisles, depots off the aisles, long pick lists and picks past the last aisle (property)', () => {
    // The cost-only program's columns (ColumnBuffers) must be columnsOf's: the same x, stops and
    // order, whichever way they are found (sorted by insertion, or columnsOf's own way past 64 picks).
    const cases = fc
      .record({
        gaps: fc.array(fc.double({ min: 0.5, max: 6, noNaN: true }), { minLength: 1, maxLength: 10 }),
        aisleLength: fc.double({ min: 1, max: 40, noNaN: true }),
        depotAt: fc.double({ min: 0, max: 1, noNaN: true }),
        onAisle: fc.boolean(),
      })
      .chain(({ gaps, aisleLength, depotAt, onAisle }) => {
        const aisleX = gaps.map((_, index) => gaps.slice(0, index + 1).reduce((sum, gap) => sum + gap, 0));
        const span = (aisleX[aisleX.length - 1] as number) + 3;
        const depotX = onAisle ? (aisleX[Math.min(aisleX.length - 1, Math.floor(depotAt * aisleX.length))] as number) : depotAt * span;
        const layout = { aisles: aisleX.length, aisleLength, aisleSpacing: 1, aisleX, depotX };
        const pick = fc.record({
          aisle: fc.integer({ min: 0, max: aisleX.length - 1 }),
          y: fc.oneof(fc.constant(0), fc.constant(aisleLength), fc.double({ min: 0, max: aisleLength, noNaN: true })),
        });
        return fc.tuple(fc.constant(layout), fc.array(pick, { maxLength: 90 }));
      });
    fc.assert(
      fc.property(cases, ([layout, picks]) => {
        expect(Object.is(optimal.distance?.(layout, picks), optimal.route(layout, picks).distance)).toBe(true);
      }),
      { numRuns: 1500 },
    );
    // Evenly spaced aisles take a pick past the last aisle where aisleXOf puts it, as route does.
    const even = { aisles: 4, aisleLength: 10, aisleSpacing: 2.5, depotX: 1.25 };
    const beyond = [
      { aisle: 1, y: 3 },
      { aisle: 6, y: 7 },
    ];
    expect(optimal.distance?.(even, beyond)).toBe(optimal.route(even, beyond).distance);
    // A depot that is not a number takes columnsOf's way too: an answer or an error, never a hang.
    const settled = (measure: () => number | undefined): string => {
      try {
        return String(measure());
      } catch (error) {
        return error instanceof RangeError ? 'RangeError' : String(error);
      }
    };
    // A layout object changed between two calls is measured again, not from what was kept of it.
    const inside = [
      { aisle: 1, y: 3 },
      { aisle: 3, y: 7 },
    ];
    const changed = { ...even, aisleSpacing: 2.5 };
    const before = optimal.distance?.(changed, inside);
    changed.aisleSpacing = 4;
    expect(optimal.distance?.(changed, inside)).toBe(optimal.route({ ...changed }, inside).distance);
    expect(optimal.distance?.(changed, inside)).not.toBe(before);
    // And one whose aisle positions are written in place: the same array, other numbers.
    const uneven = { ...even, aisleX: Array.from({ length: even.aisles }, (_, aisle) => 3 * aisle) };
    const first = optimal.distance?.(uneven, inside);
    uneven.aisleX[3] = 40;
    expect(optimal.distance?.(uneven, inside)).toBe(optimal.route({ ...uneven, aisleX: [...uneven.aisleX] }, inside).distance);
    expect(optimal.distance?.(uneven, inside)).not.toBe(first);
    const broken = { ...even, depotX: Number.NaN };
    expect(['NaN', 'RangeError']).toContain(settled(() => optimal.distance?.(broken, beyond)));
    // So does an aisle that is no index (a plugin's JavaScript can pass anything).
    for (const aisle of ['constructor', '__proto__', 1.5, -1] as unknown as number[]) {
      const odd = [{ aisle, y: 2 }, ...inside];
      expect(settled(() => optimal.distance?.(even, odd))).toMatch(/^(RangeError|NaN|\d+(\.\d+)?)$/);
    }
  });

  it('handles one pick, picks at both ends of an aisle and duplicates', () => {
    const layout = { aisles: 5, aisleLength: 10, aisleSpacing: 2, depotX: 0 };
    expect(optimal.route(layout, [{ aisle: 3, y: 4 }]).distance).toBe(2 * 6 + 2 * 4);
    expect(
      optimal.route(layout, [
        { aisle: 2, y: 0 },
        { aisle: 2, y: 10 },
      ]).distance,
    ).toBe(2 * 4 + 2 * 10);
    expect(optimal.route(layout, [{ aisle: 0, y: 0 }]).distance).toBe(0);
    const twice = optimal.route(layout, [
      { aisle: 1, y: 3 },
      { aisle: 1, y: 3 },
      { aisle: 4, y: 9 },
    ]);
    expect(twice.distance).toBe(
      optimal.route(layout, [
        { aisle: 1, y: 3 },
        { aisle: 4, y: 9 },
      ]).distance,
    );
    expect(twice.sequence).toHaveLength(3);
  });
});

/** Aisles at uneven positions (gaps of 0.5 to 8 m), depot at the first aisle or midway between the outermost. */
const unevenCases = (max: number) =>
  fc
    .record({
      aisles: fc.integer({ min: 1, max: 7 }),
      aisleLength: fc.constantFrom(10, 20),
      blocks: fc.integer({ min: 1, max: 3 }),
      middle: fc.boolean(),
    })
    .chain((shape) =>
      fc.tuple(
        fc.array(fc.integer({ min: 1, max: 16 }), { minLength: shape.aisles, maxLength: shape.aisles }).map((gaps) => {
          const aisleX = gaps.map((_, index) => gaps.slice(0, index + 1).reduce((sum, gap) => sum + gap / 2, 0));
          const depotX = shape.middle ? ((aisleX[0] as number) + (aisleX[aisleX.length - 1] as number)) / 2 : (aisleX[0] as number);
          const layout: RoutingLayout = {
            aisles: shape.aisles,
            aisleLength: shape.aisleLength,
            aisleSpacing: 3,
            aisleX,
            blocks: shape.blocks,
            depotX,
          };
          return layout;
        }),
        picksFor(shape, max),
      ),
    );

describe('optimal.route on aisles at uneven positions', () => {
  it('equals a brute-force TSP over the aisle graph for up to 8 picks, with one to three blocks', () => {
    fc.assert(
      fc.property(unevenCases(8), ([layout, picks]) => {
        expect(optimal.route(layout, picks).distance).toBeCloseTo(bruteForce(layout, picks), 9);
      }),
      { numRuns: 500 },
    );
  });
});

describe('optimal.route with middle cross aisles', () => {
  it('equals a brute-force TSP over the two- and three-block aisle graph for up to 9 picks', () => {
    fc.assert(
      fc.property(routingCases(multiBlockArbitrary, 9), ([layout, picks]) => {
        expect(optimal.route(layout, picks).distance).toBeCloseTo(bruteForce(layout, picks), 9);
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with Ratliff-Rosenthal on a single block', () => {
    fc.assert(
      fc.property(routingCases(layoutArbitrary, 30), ([layout, picks]) => {
        expect(optimalMultiBlock(layout, picks).distance).toBeCloseTo(optimal.route(layout, picks).distance, 9);
      }),
      { numRuns: 500 },
    );
  });

  it('is never longer than any heuristic, at up to 50 picks', () => {
    fc.assert(
      fc.property(routingCases(multiBlockArbitrary, 50), ([layout, picks]) => {
        const best = optimal.route(layout, picks).distance;
        for (const [, policy] of builtInPolicies('routing')) expect(best).toBeLessThanOrEqual(policy.route(layout, picks).distance + 1e-9);
      }),
      { numRuns: 500 },
    );
  });

  it('cuts through the middle cross aisle when both picks sit near it', () => {
    // Aisles 0 and 4 (x 0 and 8), picks at y 9 and 11 around the middle cross aisle at 10.
    const layout = { aisles: 5, aisleLength: 20, aisleSpacing: 2, depotX: 0, blocks: 2 };
    const route = optimal.route(layout, [
      { aisle: 0, y: 9 },
      { aisle: 4, y: 11 },
    ]);
    // Up aisle 0 to the middle (10), across (8), up to 11 and back (2), back across (8), down (10).
    expect(route.distance).toBe(10 + 8 + 2 + 8 + 10);
    expect(route.path).toContainEqual({ x: 8, y: 10 });
    expect(
      optimal.route({ ...layout, blocks: 1 }, [
        { aisle: 0, y: 9 },
        { aisle: 4, y: 11 },
      ]).distance,
    ).toBe(2 * 8 + 2 * 9 + 2 * 11);
  });
});
