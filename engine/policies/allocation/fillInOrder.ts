import type { AllocationRequest } from './AllocationPolicy.js';

/** Fills requests whole, in the given sequence of indices, until the units run out. */
export function fillInOrder(available: number, requests: readonly AllocationRequest[], sequence: readonly number[]): number[] {
  const given = new Array<number>(requests.length).fill(0);
  let left = available;
  for (const index of sequence) {
    if (left <= 0) break;
    const take = Math.min(left, (requests[index] as AllocationRequest).units);
    given[index] = take;
    left -= take;
  }
  return given;
}

/** Request indices sorted by a key (lower first), ties in arrival order. */
export function sortedBy(requests: readonly AllocationRequest[], key: (request: AllocationRequest) => number): number[] {
  const keys = requests.map(key);
  return requests.map((_, index) => index).sort((p, q) => (keys[p] as number) - (keys[q] as number) || p - q);
}
