import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tourWaypoints } from '../../../engine/experiment/dayLog/tourWaypoints.js';
import type { RoutingLayout } from '../../../engine/domain/RoutingLayout.js';
import { builtInPolicies } from '../../helpers/builtInPolicies.js';

const ROUTING = builtInPolicies('routing').map(([, policy]) => policy);

const layout: RoutingLayout = { aisles: 6, aisleLength: 20, aisleSpacing: 3, depotX: 0 };
const timing = { start: 100, duration: 400, setup: 30, walkingSpeed: 1 };

describe('tourWaypoints', () => {
  it('tourWaypoints starts and ends at the depot, sets up, walks the route and stops at every pick of every built-in policy', () => {
    const picks = fc.array(fc.record({ aisle: fc.integer({ min: 0, max: 5 }), y: fc.integer({ min: 1, max: 19 }) }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(picks, fc.constantFrom(...ROUTING), (locations, policy) => {
        const route = policy.route(layout, locations);
        const walk = route.distance / timing.walkingSpeed;
        const tour = tourWaypoints(route, layout, 10, { ...timing, duration: timing.setup + walk + 5 * locations.length });
        const { waypoints } = tour;
        expect(waypoints.slice(0, 6)).toEqual([100, 10, 0, 130, 10, 0]);
        expect(waypoints.slice(-2)).toEqual([10, 0]);
        expect(waypoints[waypoints.length - 3]).toBeCloseTo(100 + 30 + walk + 5 * locations.length, 0);
        // Every pick visited, in warehouse coordinates.
        expect(tour.picks.length).toBe(2 * route.sequence.length);
        for (let index = 0; index < waypoints.length - 3; index += 3)
          expect(waypoints[index + 3]).toBeGreaterThanOrEqual(waypoints[index] as number);
      }),
      { numRuns: 60 },
    );
  });

  it('tourWaypoints keeps a tour without a route at the depot for its duration', () => {
    const tour = tourWaypoints(undefined, layout, 0, timing);
    expect(tour.picks).toEqual([]);
    expect(tour.waypoints[0]).toBe(100);
    expect(tour.waypoints[tour.waypoints.length - 3]).toBe(500);
    expect(new Set(tour.waypoints.filter((_, index) => index % 3 !== 0))).toEqual(new Set([0]));
  });
});
