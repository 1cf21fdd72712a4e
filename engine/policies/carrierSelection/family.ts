import type { DecisionRule } from '../DecisionRule.js';
import type { PolicyFamily } from '../PolicyFamily.js';
import type { CarrierAssignmentPolicy, ParcelCarrierPolicy } from './CarrierSelectionPolicy.js';
import { assignmentViolation, selectionViolation } from './carrierViolation.js';
import { cheapest } from './cheapest.js';
import { cheapestOnTime } from './cheapestOnTime.js';
import { fastest } from './fastest.js';
import { carrierLinearProgram } from './linearProgram.js';

const select: DecisionRule<Parameters<ParcelCarrierPolicy['select']>, number> = {
  optional: true,
  describe: (options, order) => `select(${options.length} carriers, order ${order.id})`,
  violation: (index, options) => selectionViolation(options.length, index),
  // The model lends its options (filled again for the next parcel): a plugin gets copies it may keep.
  isolate: (options, order) => [options.map((option) => ({ ...option })), order],
  summarize: (index, options, order) => ({
    orders: [order.id],
    inputs: {
      options: options.map((option) => ({ carrier: option.carrier, cost: option.cost, likelyDeliveryBy: option.likelyDeliveryBy })),
    },
    choice: options[index]?.carrier ?? null,
  }),
};

const assign: DecisionRule<Parameters<CarrierAssignmentPolicy['assign']>, number[]> = {
  optional: true,
  describe: (problem) => `assign(${problem.parcels.length} parcels, ${problem.capacity.length} carriers)`,
  // The model books from these very options afterwards: a plugin gets copies it may change or keep.
  isolate: (problem) => [
    {
      parcels: problem.parcels.map(({ order, options }) => ({
        order,
        options: options.map((option) => (option === undefined ? undefined : { ...option })),
      })),
      capacity: [...problem.capacity],
      latePenalty: problem.latePenalty,
      lateProbability: (parcel, carrier) => problem.lateProbability(parcel, carrier),
    },
  ],
  violation: (chosen, problem) => assignmentViolation(problem, chosen),
  summarize: (chosen, problem) => ({
    orders: problem.parcels.map((parcel) => parcel.order.id),
    inputs: { parcels: problem.parcels.length, capacity: problem.capacity },
    choice: problem.parcels.map((parcel, index) => ({
      order: parcel.order.id,
      carrier: parcel.options[chosen[index] ?? -1]?.carrier ?? null,
    })),
  }),
};

const hasMethod = (policy: object, method: string): boolean => typeof (policy as Record<string, unknown>)[method] === 'function';

/** Carrier selection: which carrier ships each parcel. */
export const carrierSelectionFamily: PolicyFamily<'carrierSelection'> = {
  name: 'carrierSelection',
  summary: 'which carrier ships each parcel: one by one as labelled (`select`), or all waiting parcels at each cut-off (`assign`)',
  paths: [['shipping', 'selection']],
  named: (name) => name,
  builtIns: [cheapestOnTime, cheapest, fastest, carrierLinearProgram],
  decisions: { select, assign },
  shapeViolation: (policy) =>
    hasMethod(policy, 'select') || hasMethod(policy, 'assign')
      ? undefined
      : 'a carrierSelection policy needs select(options, order) or assign(problem)',
  // Loaded on demand: only check-policy runs these, and they bring fast-check (the dashboard bundle need not).
  conformance: async (make) => (await import('./conformanceRules.js')).carrierRules(make),
};
