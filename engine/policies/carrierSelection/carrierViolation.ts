import type { CarrierAssignmentProblem } from './CarrierSelectionPolicy.js';

/** Why a carrier choice is not one of the `offered` carriers, or undefined. The rule the run-time guard and check-policy share. */
export function selectionViolation(offered: number, index: unknown): string | undefined {
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= offered)
    return `expected a carrier index 0..${offered - 1}`;
  return undefined;
}

/**
 * Why an assignment is not legal, or undefined: one entry per parcel, -1 (held) or a carrier
 * that offers that parcel, and no carrier past its capacity. The rule the run-time guard and check-policy share.
 */
export function assignmentViolation(problem: CarrierAssignmentProblem, chosen: unknown): string | undefined {
  if (!Array.isArray(chosen) || chosen.length !== problem.parcels.length)
    return `expected one carrier index (or -1) per parcel (${problem.parcels.length})`;
  const load = problem.capacity.map(() => 0);
  for (let parcel = 0; parcel < chosen.length; parcel++) {
    const carrier: unknown = chosen[parcel];
    if (carrier === -1) continue;
    if (typeof carrier !== 'number' || !Number.isInteger(carrier) || problem.parcels[parcel]?.options[carrier] === undefined) {
      return `parcel ${parcel} (order ${problem.parcels[parcel]?.order.id}) sent to carrier ${JSON.stringify(carrier)}, which does not exist or does not offer it`;
    }
    load[carrier] = (load[carrier] ?? 0) + 1;
    if ((load[carrier] ?? 0) > (problem.capacity[carrier] ?? 0))
      return `carrier ${carrier} got more than its capacity of ${problem.capacity[carrier]} parcels`;
  }
  return undefined;
}
