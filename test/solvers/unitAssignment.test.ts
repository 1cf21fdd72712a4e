import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveUnitAssignment, type UnitAssignmentProblem } from '../../engine/solvers/unitAssignment.js';

/** Every assignment (each item to a destination or none) within capacity: most assigned, then cheapest. */
function bruteForce(problem: UnitAssignmentProblem): { assigned: number; cost: number } {
  const { cost, capacity } = problem;
  let best = { assigned: -1, cost: Infinity };
  const load = capacity.map(() => 0);
  const visit = (item: number, assigned: number, total: number): void => {
    if (item === cost.length) {
      if (assigned > best.assigned || (assigned === best.assigned && total < best.cost - 1e-9)) best = { assigned, cost: total };
      return;
    }
    visit(item + 1, assigned, total);
    (cost[item] as number[]).forEach((value, place) => {
      if (!Number.isFinite(value) || (load[place] as number) >= (capacity[place] as number)) return;
      load[place] = (load[place] as number) + 1;
      visit(item + 1, assigned + 1, total + value);
      load[place] = load[place] - 1;
    });
  };
  visit(0, 0, 0);
  return best;
}

const problems = fc.integer({ min: 1, max: 4 }).chain((places) =>
  fc.record({
    cost: fc.array(
      fc.array(fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 40 }) }, { weight: 1, arbitrary: fc.constant(Infinity) }), {
        minLength: places,
        maxLength: places,
      }),
      { maxLength: 7 },
    ),
    capacity: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: places, maxLength: places }),
  }),
);

/**
 * The most an exchange of items among the destinations would save (negative: the solution is
 * not optimal): one item moved to a destination with room, or a cycle of two or three moves.
 */
function bestExchange(problem: UnitAssignmentProblem, destination: readonly number[]): number {
  const { cost, capacity } = problem;
  const places = capacity.length;
  const used = capacity.map(() => 0);
  // cheapest[a][b]: the least change in cost of moving one item now at a to b.
  const cheapest = capacity.map(() => capacity.map(() => Infinity));
  destination.forEach((at, item) => {
    if (at < 0) return;
    used[at] = (used[at] as number) + 1;
    const row = cost[item] as number[];
    for (let to = 0; to < places; to++)
      if (to !== at && Number.isFinite(row[to])) cheapest[at]![to] = Math.min(cheapest[at]![to]!, row[to]! - row[at]!);
  });
  let best = 0;
  for (let a = 0; a < places; a++)
    for (let b = 0; b < places; b++) {
      if (a === b) continue;
      if (used[b]! < capacity[b]!) best = Math.min(best, cheapest[a]![b]!);
      best = Math.min(best, cheapest[a]![b]! + cheapest[b]![a]!);
      for (let c = 0; c < places; c++)
        if (c !== a && c !== b) best = Math.min(best, cheapest[a]![b]! + cheapest[b]![c]! + cheapest[c]![a]!);
    }
  return best;
}

describe('solveUnitAssignment', () => {
  it('matches a brute-force optimum on small instances (most items assigned, then least cost)', () => {
    fc.assert(
      fc.property(problems, (problem) => {
        const solution = solveUnitAssignment(problem);
        const best = bruteForce(problem);
        const assigned = solution.destination.filter((place) => place >= 0).length;
        expect(assigned).toBe(best.assigned);
        expect(solution.cost).toBeCloseTo(best.cost, 6);
      }),
      { numRuns: 600 },
    );
  });

  it('solveUnitAssignment respects capacities and allowed pairs, and reports the cost of what it assigned', () => {
    fc.assert(
      fc.property(problems, (problem) => {
        const solution = solveUnitAssignment(problem);
        const load = problem.capacity.map(() => 0);
        let total = 0;
        solution.destination.forEach((place, item) => {
          if (place < 0) return;
          const value = (problem.cost[item] as number[])[place] as number;
          expect(Number.isFinite(value)).toBe(true);
          load[place] = (load[place] as number) + 1;
          total += value;
        });
        load.forEach((count, place) => expect(count).toBeLessThanOrEqual(problem.capacity[place] as number));
        expect(solution.cost).toBeCloseTo(total, 6);
      }),
      { numRuns: 300 },
    );
  });

  it('solveUnitAssignment rejects malformed rows', () => {
    expect(() => solveUnitAssignment({ cost: [[1, 2]], capacity: [1] })).toThrow(RangeError);
    expect(() => solveUnitAssignment({ cost: [[Number.NaN]], capacity: [1] })).toThrow(RangeError);
  });

  it('solves costs eight orders of magnitude apart (a carrier charging 10^8 a parcel beside ones charging 10) to the optimum', () => {
    // Taken from a scenario whose carrier assignment never returned: a relaxation "better" only
    // by rounding closed a cycle of predecessors, walked forever as the augmenting path.
    const problem = {
      cost: [
        [100000004.72238876, 11.06959016664202, 10.575187357111165],
        [100000004.72238876, 11.06959016664202, 10.575187357111165],
        [100000004.02913877, 10.48799644105241, 9.770281138495957],
      ],
      capacity: [79, 0, 1],
    };
    const solution = solveUnitAssignment(problem);
    expect(solution.destination).toEqual([0, 0, 2]);
    expect(solution.cost).toBeCloseTo(bruteForce(problem).cost, 6);
    expect(bestExchange(problem, solution.destination)).toBeGreaterThanOrEqual(0);
  });

  it('returns a feasible assignment, as many items placed as fit, when rounding closes a cycle (costs 10^10 beside 10)', () => {
    // 21 items, 5 destinations: the shortest path's predecessors formed a cycle, which threw (and before, looped forever).
    const problem = JSON.parse(readFileSync('test/solvers/fixtures/roundingCycle.json', 'utf8')) as UnitAssignmentProblem;
    const { destination } = solveUnitAssignment(problem);
    const load = problem.capacity.map(() => 0);
    destination.forEach((place, item) => {
      if (place < 0) return;
      expect(Number.isFinite((problem.cost[item] as number[])[place])).toBe(true);
      load[place] = (load[place] as number) + 1;
    });
    load.forEach((count, place) => expect(count).toBeLessThanOrEqual(problem.capacity[place] as number));
    const fits = problem.capacity.reduce((sum, capacity) => sum + capacity, 0);
    expect(destination.filter((place) => place >= 0).length).toBe(Math.min(fits, problem.cost.length));
  });
});
