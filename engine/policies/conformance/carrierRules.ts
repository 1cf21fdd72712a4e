import fc from 'fast-check';
import type { CarrierAssignmentPolicy, CarrierAssignmentProblem, CarrierSelectionPolicy, ParcelCarrierPolicy } from '../types.js';
import { carrierOptions, orders } from './arbitraries.js';
import { conformanceProperty, sameDecision, violated, type ConformanceProperty } from './ConformanceProperty.js';
import { deepFreeze } from './deepFreeze.js';

const selections = fc.record({ options: fc.array(carrierOptions, { minLength: 1, maxLength: 5 }), order: orders }).map(deepFreeze);

const assignments = fc.integer({ min: 1, max: 4 }).chain((carriers) =>
  fc
    .record({
      parcels: fc.array(fc.record({ order: orders, options: fc.array(fc.option(carrierOptions, { nil: undefined, freq: 4 }), { minLength: carriers, maxLength: carriers }) }), { maxLength: 12 }),
      capacity: fc.array(fc.nat({ max: 6 }), { minLength: carriers, maxLength: carriers }),
      latePenalty: fc.nat({ max: 50 }),
      late: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 12 * carriers, maxLength: 12 * carriers }),
    })
    .map(({ late, ...draw }): CarrierAssignmentProblem => {
      const problem = deepFreeze({ ...draw });
      return { ...problem, lateProbability: (parcel, carrier) => (problem.parcels[parcel]?.options[carrier] === undefined ? 0 : (late[parcel * carriers + carrier] ?? 0)) };
    }),
);

function selectRules(make: () => ParcelCarrierPolicy): ConformanceProperty[] {
  return [
    conformanceProperty('chooses one of the carriers offered', selections, ({ options, order }) => {
      const index = make().select(options, order);
      if (!Number.isInteger(index) || index < 0 || index >= options.length) violated(`chose ${index} of ${options.length} options`);
    }),
    conformanceProperty('is deterministic: the same parcel and options give the same carrier', selections, ({ options, order }) => {
      if (make().select(options, order) !== make().select(options, order)) violated('two calls with the same inputs differed');
    }),
  ];
}

function assignRules(make: () => CarrierAssignmentPolicy): ConformanceProperty[] {
  return [
    conformanceProperty('ships each parcel at most once, with a carrier that offers it', assignments, (problem) => {
      const chosen = make().assign(problem);
      if (!Array.isArray(chosen) || chosen.length !== problem.parcels.length) violated(`expected one entry per parcel (${problem.parcels.length}), got ${JSON.stringify(chosen)}`);
      chosen.forEach((carrier, parcel) => {
        if (carrier !== -1 && problem.parcels[parcel]?.options[carrier] === undefined) violated(`parcel ${parcel} sent to carrier ${carrier}, which does not offer it`);
      });
    }),
    conformanceProperty('never books a carrier beyond its capacity', assignments, (problem) => {
      const load = problem.capacity.map(() => 0);
      make().assign(problem).forEach((carrier) => {
        if (carrier < 0) return;
        load[carrier] = (load[carrier] ?? 0) + 1;
        if ((load[carrier] as number) > (problem.capacity[carrier] ?? 0)) violated(`carrier ${carrier} got ${load[carrier]} parcels, capacity ${problem.capacity[carrier]}`);
      });
    }),
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
