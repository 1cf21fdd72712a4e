import { solveUnitAssignment } from '../../solvers/unitAssignment.js';
import type { CarrierAssignmentProblem } from './CarrierSelectionPolicy.js';
import { fixedPolicy } from '../BuiltInPolicy.js';

/** Expected cost of parcel i with carrier j: its charge plus the late penalty times the chance of missing the promise. */
export function expectedCost(problem: CarrierAssignmentProblem, parcel: number, carrier: number): number {
  const option = problem.parcels[parcel]?.options[carrier];
  return option === undefined ? Infinity : option.cost + problem.latePenalty * problem.lateProbability(parcel, carrier);
}

/**
 * LP: at each cut-off, assign the waiting parcels to carriers to minimise charges plus expected
 * late penalties within each carrier's remaining pick-up capacity, shipping as many parcels as
 * the capacities allow. A transportation problem, solved exactly (see solveUnitAssignment).
 */
export const carrierLinearProgram = fixedPolicy(
  'carrierSelection',
  'all waiting parcels at each cut-off: least charges plus `costs.latePenalty` × P(late), within capacities',
  {
    name: 'lp',
    assign(problem) {
      const cost = problem.parcels.map((parcel, index) => parcel.options.map((_, carrier) => expectedCost(problem, index, carrier)));
      return solveUnitAssignment({ cost, capacity: problem.capacity }).destination;
    },
  },
);
