import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Order } from '../../engine/domain/Order.js';
import { carrierLinearProgram as lp, expectedCost } from '../../engine/policies/carrierSelection/linearProgram.js';
import type { CarrierOption } from '../../engine/domain/CarrierOption.js';
import type { CarrierAssignmentProblem } from '../../engine/policies/carrierSelection/CarrierSelectionPolicy.js';

const carrierLinearProgram = lp.create();

const problems = fc.integer({ min: 1, max: 3 }).chain((carriers) =>
  fc.record({
    parcels: fc.array(
      fc.array(
        fc.option(fc.record({ cost: fc.integer({ min: 1, max: 30 }), late: fc.double({ min: 0, max: 1, noNaN: true }) }), { freq: 4 }),
        { minLength: carriers, maxLength: carriers },
      ),
      { maxLength: 6 },
    ),
    capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: carriers, maxLength: carriers }),
    latePenalty: fc.integer({ min: 0, max: 40 }),
  }),
);

type Draw = { parcels: Array<Array<{ cost: number; late: number } | null>>; capacity: number[]; latePenalty: number };

function toProblem(draw: Draw): CarrierAssignmentProblem {
  const option = (carrier: number, cost: number): CarrierOption => ({
    carrier: `c${carrier}`,
    cost,
    pickupAt: 0,
    likelyDeliveryBy: 0,
    expectedDeliveryAt: 0,
  });
  return {
    parcels: draw.parcels.map((row, index) => ({
      order: { id: index } as Order,
      options: row.map((cell, carrier) => (cell === null ? undefined : option(carrier, cell.cost))),
    })),
    capacity: draw.capacity,
    latePenalty: draw.latePenalty,
    lateProbability: (parcel, carrier) => draw.parcels[parcel]?.[carrier]?.late ?? 0,
  };
}

/** Most parcels shipped, then least expected cost, over every assignment. */
function bruteForce(problem: CarrierAssignmentProblem): { shipped: number; cost: number } {
  let best = { shipped: -1, cost: Infinity };
  const load = problem.capacity.map(() => 0);
  const visit = (parcel: number, shipped: number, cost: number): void => {
    if (parcel === problem.parcels.length) {
      if (shipped > best.shipped || (shipped === best.shipped && cost < best.cost - 1e-9)) best = { shipped, cost };
      return;
    }
    visit(parcel + 1, shipped, cost);
    problem.capacity.forEach((room, carrier) => {
      const value = expectedCost(problem, parcel, carrier);
      if (!Number.isFinite(value) || (load[carrier] as number) >= room) return;
      load[carrier] = (load[carrier] as number) + 1;
      visit(parcel + 1, shipped + 1, cost + value);
      load[carrier] = load[carrier] - 1;
    });
  };
  visit(0, 0, 0);
  return best;
}

describe('carrier lp', () => {
  it('assign respects every capacity and equals a brute-force optimum on small instances', () => {
    fc.assert(
      fc.property(problems, (draw) => {
        const problem = toProblem(draw);
        const assigned = carrierLinearProgram.assign(problem);
        const load = problem.capacity.map(() => 0);
        let cost = 0;
        assigned.forEach((carrier, parcel) => {
          if (carrier < 0) return;
          expect(problem.parcels[parcel]?.options[carrier]).toBeDefined();
          load[carrier] = (load[carrier] as number) + 1;
          cost += expectedCost(problem, parcel, carrier);
        });
        load.forEach((count, carrier) => expect(count).toBeLessThanOrEqual(problem.capacity[carrier] as number));
        const best = bruteForce(problem);
        expect(assigned.filter((carrier) => carrier >= 0)).toHaveLength(best.shipped);
        expect(cost).toBeCloseTo(best.cost, 6);
      }),
      { numRuns: 500 },
    );
  });

  it('assign prices lateness: a dearer carrier wins when the cheap one is likely late and the penalty is high', () => {
    const draw: Draw = {
      parcels: [
        [
          { cost: 5, late: 0.8 },
          { cost: 8, late: 0 },
        ],
      ],
      capacity: [1, 1],
      latePenalty: 10,
    };
    expect(carrierLinearProgram.assign(toProblem(draw))).toEqual([1]);
    expect(carrierLinearProgram.assign(toProblem({ ...draw, latePenalty: 2 }))).toEqual([0]);
  });
});
