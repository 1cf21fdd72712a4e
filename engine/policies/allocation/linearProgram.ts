import type { AllocationRequest } from './AllocationPolicy.js';
import { fillInOrder, sortedBy } from './fillInOrder.js';
import { fixedPolicy } from '../BuiltInPolicy.js';

/** Weight of one unit to a line: its price, times 1 / (1 + tier rank) (the most valued tier counts fully). */
export function unitWeight(request: AllocationRequest): number {
  return request.unitPrice / (1 + request.tierRank);
}

/** The LP's objective: weighted value of the units given. */
export function weightedValue(requests: readonly AllocationRequest[], given: readonly number[]): number {
  return requests.reduce((sum, request, index) => sum + unitWeight(request) * (given[index] ?? 0), 0);
}

/**
 * LP: maximise the weighted value of the units given, Σ wᵢxᵢ subject to Σ xᵢ ≤ available and
 * 0 ≤ xᵢ ≤ unitsᵢ. With one resource constraint and bounds this LP is a continuous knapsack;
 * its optimal vertex fills lines in decreasing weight (Dantzig 1957) and is integral because
 * the data are, so no iterative solver is needed. Ties go to the earlier backorder.
 */
export const linearProgram = fixedPolicy('allocation', 'most value: fills lines in decreasing unit price / (1 + tier rank) (an exact LP)', {
  name: 'lp',
  allocate: (available, requests) =>
    fillInOrder(
      available,
      requests,
      sortedBy(requests, (request) => -unitWeight(request)),
    ),
});
