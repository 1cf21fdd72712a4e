import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitWeight, weightedValue } from '../../engine/policies/allocation/linearProgram.js';
import type { AllocationRequest } from '../../engine/policies/allocation/AllocationPolicy.js';
import { allocationRequests } from '../../engine/policies/conformance/arbitraries.js';
import { builtInPolicies, builtInPolicy } from '../helpers/builtInPolicies.js';

const [lp, fcfs, priority, fairShare] = ['lp', 'fcfs', 'priority', 'fair-share'].map((name) => builtInPolicy('allocation', name));
const request = (units: number, extra: Partial<AllocationRequest> = {}): AllocationRequest => ({
  orderId: 0,
  sku: 0,
  units,
  unitPrice: 10,
  tier: 'standard',
  tierRank: 1,
  placedAt: 0,
  dueAt: 0,
  priority: 0,
  otherUnitsAwaited: 0,
  ...extra,
});

/** Best weighted value over every whole allocation (tiny instances). */
function bruteForceValue(available: number, requests: readonly AllocationRequest[]): number {
  const visit = (index: number, left: number): number => {
    const current = requests[index];
    if (current === undefined) return 0;
    let best = 0;
    for (let units = 0; units <= Math.min(left, current.units); units++)
      best = Math.max(best, units * unitWeight(current) + visit(index + 1, left - units));
    return best;
  };
  return visit(0, available);
}

describe('allocation policies', () => {
  it('lp never allocates more than is available and is at least as good as every greedy policy on its objective (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 60 }), allocationRequests, (available, requests) => {
        const optimal = lp?.allocate(available, requests, 0) as number[];
        expect(optimal.reduce((sum, units) => sum + units, 0)).toBeLessThanOrEqual(available);
        optimal.forEach((units, index) => expect(units).toBeLessThanOrEqual((requests[index] as AllocationRequest).units));
        const value = weightedValue(requests, optimal);
        for (const greedy of [fcfs, priority, fairShare]) {
          expect(value).toBeGreaterThanOrEqual(weightedValue(requests, greedy?.allocate(available, requests, 0) as number[]) - 1e-9);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('lp equals a brute-force optimum of its objective on small instances', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 12 }),
        allocationRequests.map((requests) => requests.slice(0, 4)),
        (available, requests) => {
          expect(weightedValue(requests, lp?.allocate(available, requests, 0) as number[])).toBeCloseTo(
            bruteForceValue(available, requests),
            9,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('fcfs fills lines whole in backorder order', () => {
    expect(fcfs?.allocate(7, [request(3), request(5), request(2)], 0)).toEqual([3, 4, 0]);
  });

  it('priority fills the lowest prioritization key first, ties in backorder order', () => {
    expect(priority?.allocate(6, [request(4, { priority: 2 }), request(4, { priority: 1 }), request(4, { priority: 2 })], 0)).toEqual([
      2, 4, 0,
    ]);
  });

  it('fair-share splits in proportion to units awaited, the rounding left-overs to the largest remainders', () => {
    // 7 units for 6 + 3 + 1 awaited: exact shares 4.2, 2.1, 0.7 -> 4, 2, 0 plus one to the 0.7.
    expect(fairShare?.allocate(7, [request(6), request(3), request(1)], 0)).toEqual([4, 2, 1]);
    expect(fairShare?.allocate(20, [request(6), request(3)], 0)).toEqual([6, 3]);
  });

  it('lp prefers the more valued tier and the dearer unit', () => {
    expect(lp?.allocate(5, [request(5, { tierRank: 1 }), request(5, { tierRank: 0 })], 0)).toEqual([0, 5]);
    expect(lp?.allocate(5, [request(5, { unitPrice: 10 }), request(5, { unitPrice: 30 })], 0)).toEqual([0, 5]);
  });

  it('every built-in allocation is whole, within each line and within the units available (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 60 }), allocationRequests, (available, requests) => {
        for (const [, policy] of builtInPolicies('allocation')) {
          const given = policy.allocate(available, requests, 0);
          expect(given).toHaveLength(requests.length);
          given.forEach((units, index) => {
            expect(Number.isInteger(units) && units >= 0 && units <= (requests[index] as AllocationRequest).units).toBe(true);
          });
          expect(given.reduce((sum, units) => sum + units, 0)).toBeLessThanOrEqual(available);
        }
      }),
      { numRuns: 300 },
    );
  });
});
