import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PickLocation } from '../../engine/domain/PickLocation.js';
import { aisleXOf, type RoutingLayout } from '../../engine/domain/RoutingLayout.js';
import { aislesInSweepOrder, sShape } from '../../engine/policies/routing/sShape.js';

/** The s-shape distance as it was computed before issue 17, from the full sweep order: the oracle. */
function sweepDistance(layout: RoutingLayout, picks: readonly PickLocation[]): number {
  const aisles = aislesInSweepOrder(layout, picks);
  const xs = aisles.map((aisle) => aisleXOf(layout, (aisle[0] as PickLocation).aisle));
  const firstX = xs[0] as number;
  const lastX = xs[xs.length - 1] as number;
  const horizontal = Math.abs(layout.depotX - firstX) + Math.abs(lastX - firstX) + Math.abs(lastX - layout.depotX);
  const odd = aisles.length % 2 === 1;
  const lastAisle = aisles[aisles.length - 1] as PickLocation[];
  const deepest = (lastAisle[lastAisle.length - 1] as PickLocation).y;
  const vertical = odd ? (aisles.length - 1) * layout.aisleLength + 2 * deepest : aisles.length * layout.aisleLength;
  return horizontal + vertical;
}

describe('s-shape distance without building the walk (issue 17)', () => {
  const policy = sShape.create();

  it('equals, to the last bit, the distance computed from the sweep order', () => {
    const picks = fc.array(fc.record({ aisle: fc.integer({ min: 0, max: 11 }), y: fc.double({ min: 0, max: 27.5, noNaN: true }) }), {
      minLength: 1,
      maxLength: 40,
    });
    const spacing = fc.option(fc.array(fc.double({ min: 0.5, max: 4, noNaN: true }), { minLength: 12, maxLength: 12 }), { nil: undefined });
    fc.assert(
      fc.property(picks, fc.double({ min: -5, max: 40, noNaN: true }), spacing, (list, depotX, gaps) => {
        const aisleX = gaps?.map((_, index) => gaps.slice(0, index + 1).reduce((sum, gap) => sum + gap, 0));
        const layout: RoutingLayout = {
          aisles: 12,
          aisleLength: 27.5,
          aisleSpacing: 2.7,
          depotX,
          ...(aisleX === undefined ? {} : { aisleX }),
        };
        expect(Object.is(policy.route(layout, list).distance, sweepDistance(layout, list))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('builds the sequence and path when read, once, from the picks it was given', () => {
    const layout: RoutingLayout = { aisles: 10, aisleLength: 20, aisleSpacing: 3, depotX: 0 };
    const route = policy.route(layout, [
      { aisle: 4, y: 5 },
      { aisle: 1, y: 12 },
      { aisle: 1, y: 3 },
    ]);
    expect(route.sequence).toEqual([
      { aisle: 1, y: 3 },
      { aisle: 1, y: 12 },
      { aisle: 4, y: 5 },
    ]);
    expect(route.path).toBe(route.path);
    expect(route.path).toEqual([
      { x: 0, y: 0 },
      { x: 3, y: 0 },
      { x: 3, y: 20 },
      { x: 12, y: 20 },
      { x: 12, y: 0 },
      { x: 0, y: 0 },
    ]);
  });
});
