import fc from 'fast-check';
import type {
  CarrierAssignmentPolicy,
  CarrierAssignmentProblem,
  CarrierSelectionPolicy,
  ParcelCarrierPolicy,
} from './CarrierSelectionPolicy.js';
import { assignmentViolation, selectionViolation } from './carrierViolation.js';
import { carrierOptions, orders } from '../conformance/arbitraries.js';
import { conformanceProperty, sameDecision, violated, type ConformanceProperty } from '../conformance/ConformanceProperty.js';
import { deepFreeze } from '../conformance/deepFreeze.js';

const selections = fc.record({ options: fc.array(carrierOptions, { minLength: 1, maxLength: 5 }), order: orders }).map(deepFreeze);

const assignments = fc.integer({ min: 1, max: 4 }).chain((carriers) =>
  fc
    .record({
      parcels: fc.array(
        fc.record({
          order: orders,
          options: fc.array(fc.option(carrierOptions, { nil: undefined, freq: 4 }), { minLength: carriers, maxLength: carriers }),
        }),
        { maxLength: 12 },
      ),
      capacity: fc.array(fc.nat({ max: 6 }), { minLength: carriers, maxLength: carriers }),
      latePenalty: fc.nat({ max: 50 }),
      late: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 12 * carriers, maxLength: 12 * carriers }),
    })
    .map(({ late, ...draw }): CarrierAssignmentProblem => {
      const problem = deepFreeze({ ...draw });
      return {
        ...problem,
        lateProbability: (parcel, carrier) =>
          problem.parcels[parcel]?.options[carrier] === undefined ? 0 : (late[parcel * carriers + carrier] ?? 0),
      };
    }),
);

function selectRules(make: () => ParcelCarrierPolicy): ConformanceProperty[] {
  return [
    conformanceProperty('chooses one of the carriers offered', selections, ({ options, order }) => {
      const wrong = selectionViolation(options.length, make().select(options, order));
      if (wrong !== undefined) violated(wrong);
    }),
    conformanceProperty('is deterministic: the same parcel and options give the same carrier', selections, ({ options, order }) => {
      if (make().select(options, order) !== make().select(options, order)) violated('two calls with the same inputs differed');
    }),
  ];
}

function assignRules(make: () => CarrierAssignmentPolicy): ConformanceProperty[] {
  return [
    conformanceProperty(
      "ships each parcel at most once, with a carrier that offers it, never beyond a carrier's capacity",
      assignments,
      (problem) => {
        const wrong = assignmentViolation(problem, make().assign(problem));
        if (wrong !== undefined) violated(wrong);
      },
    ),
    conformanceProperty('is deterministic: the same parcels give the same assignment', assignments, (problem) => {
      if (!sameDecision(make().assign(problem), make().assign(problem))) violated('two calls with the same inputs differed');
    }),
  ];
}

/** The rules every carrier-selection policy keeps (parcel by parcel, or assignment at cut-offs). */
export function carrierRules(make: () => CarrierSelectionPolicy): ConformanceProperty[] {
  const sample = make();
  if ('assign' in sample) return assignRules(make as () => CarrierAssignmentPolicy);
  return selectRules(make as () => ParcelCarrierPolicy);
}
