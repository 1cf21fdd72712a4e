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
});
