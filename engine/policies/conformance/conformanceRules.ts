import type { PolicyOfFamily } from '../plugins/PolicyPlugin.js';
import type { NamedPolicyFamily } from '../registry.js';
import { allocationRules } from './allocationRules.js';
import { batchingRules } from './batchingRules.js';
import { carrierRules } from './carrierRules.js';
import type { ConformanceProperty } from './ConformanceProperty.js';
import { prioritizationRules } from './prioritizationRules.js';
import { routingRules } from './routingRules.js';

const rulesByFamily: { [F in NamedPolicyFamily]: (make: () => PolicyOfFamily[F]) => ConformanceProperty[] } = {
  allocation: allocationRules,
  carrierSelection: carrierRules,
  prioritization: prioritizationRules,
  routing: routingRules,
  batching: batchingRules,
};

/** The conformance rules of a family, for a policy built fresh by `make` for every call. */
export function conformanceRules<F extends NamedPolicyFamily>(family: F, make: () => PolicyOfFamily[F]): ConformanceProperty[] {
  return rulesByFamily[family](make);
}
