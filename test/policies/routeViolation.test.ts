import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutsWithPicks } from '../../engine/policies/conformance/arbitraries.js';
import type { RoutingPolicy } from '../../engine/policies/routing/RoutingPolicy.js';
import { routeViolation } from '../../engine/policies/routing/routeViolation.js';
import { builtInPolicies } from '../helpers/builtInPolicies.js';

const routing = builtInPolicies('routing');

describe('routeViolation', () => {
  it('routeViolation: every built-in route is legal; skipping a pick, visiting another place, leaving the aisles or misstating the distance never is', () => {
    fc.assert(
      fc.property(layoutsWithPicks, fc.nat({ max: routing.length - 1 }), ({ layout, picks }, which) => {
        const [name, policy] = routing[which] as [string, RoutingPolicy];
        const route = policy.route(layout, picks);
        expect(routeViolation(layout, picks, route), name).toBeUndefined();
        if (picks.length === 0) return;
        const first = picks[0] as (typeof picks)[number];
        const skipped = [...route.sequence.slice(0, -1), first];
        if (picks.length > 1 && new Set(picks.map((pick) => `${pick.aisle}:${pick.y}`)).size > 1) {
          const differs =
            JSON.stringify([...skipped].map((pick) => `${pick.aisle}:${pick.y}`).sort()) !==
            JSON.stringify(picks.map((pick) => `${pick.aisle}:${pick.y}`).sort());
          if (differs) expect(routeViolation(layout, picks, { ...route, sequence: skipped })).toMatch(/expected every pick exactly once/);
        }
        const elsewhere = [...route.sequence.slice(0, -1), { aisle: layout.aisles + 3, y: 1 }];
        expect(routeViolation(layout, picks, { ...route, sequence: elsewhere })).toMatch(/expected every pick exactly once and no other/);
        if (route.distance > 0) expect(routeViolation(layout, picks, { ...route, distance: route.distance / 2 })).toMatch(/the path walks/);
        const depot = { x: layout.depotX, y: 0 };
        const offFloor = [depot, { x: layout.depotX, y: -1 }, ...route.path];
        expect(routeViolation(layout, picks, { ...route, path: offFloor, distance: route.distance + 2 })).toMatch(
          /neither along an aisle nor along a cross aisle/,
        );
        const teleport = [depot, depot];
        expect(routeViolation(layout, picks, { ...route, path: teleport, distance: 0 })).toMatch(/never passes pick|the path walks/);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('routeViolation: a diagonal leg is refused', () => {
    const layout = { aisles: 3, aisleLength: 10, aisleSpacing: 3, depotX: 0 };
    const picks = [{ aisle: 2, y: 5 }];
    const path = [
      { x: 0, y: 0 },
      { x: 6, y: 5 },
      { x: 0, y: 0 },
    ];
    expect(routeViolation(layout, picks, { distance: 22, sequence: picks, path })).toMatch(
      /from \(0, 0\) to \(6, 5\) runs neither along an aisle nor along a cross aisle/,
    );
  });
});
