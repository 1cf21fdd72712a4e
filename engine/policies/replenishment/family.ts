import type { SkuDemandProfile } from '../../domain/SkuDemandProfile.js';
import type { DecisionRule, DecisionRules } from '../DecisionRule.js';
import type { PolicyFamily } from '../PolicyFamily.js';
import { baseStock } from './baseStock.js';
import { forecastDriven } from './forecastDriven.js';
import { minMax } from './minMax.js';
import { periodicMinMax } from './periodicMinMax.js';
import { periodicOrderUpTo } from './periodicOrderUpTo.js';
import { reorderPointQuantity } from './reorderPointQuantity.js';
import type { ReplenishmentRule } from './ReplenishmentPolicy.js';
import { REPLENISHMENT_PATHS } from './replenishmentPaths.js';
import { closedPeriodViolation, ruleViolation, unitsViolation } from './replenishmentViolation.js';

/** The decisions of one SKU's rule: the quantities it orders are traced, the rest only watched and checked. */
function ruleDecisions(sku: number): DecisionRules {
  const quantityToOrder: DecisionRule<[position: number, now?: number], number> = {
    describe: (position) => `quantityToOrder(sku ${sku}, position ${position})`,
    violation: unitsViolation,
    summarize: (units, position) => ({ orders: [], inputs: { sku, position }, choice: units }),
  };
  const steadyStateLevel: DecisionRule<[uniform: number], number> = {
    describe: () => `steadyStateLevel(sku ${sku})`,
    violation: unitsViolation,
  };
  const recordDemand: DecisionRule<[units: number, now: number], void> = {
    optional: true,
    describe: (units) => `recordDemand(sku ${sku}, ${units} units)`,
    violation: () => undefined,
  };
  const closePeriod: DecisionRule<[], unknown> = {
    optional: true,
    describe: () => `closePeriod(sku ${sku})`,
    violation: closedPeriodViolation,
  };
  return { quantityToOrder, steadyStateLevel, recordDemand, closePeriod };
}

const ruleFor: DecisionRule<[demand: SkuDemandProfile], ReplenishmentRule> = {
  describe: (demand) => `ruleFor(sku ${demand.sku})`,
  violation: ruleViolation,
  inner: (_rule, demand) => ruleDecisions(demand.sku),
};

/** Replenishment: when and how much each SKU reorders from its supplier. */
export const replenishmentFamily: PolicyFamily<'replenishment'> = {
  name: 'replenishment',
  summary: 'when and how much each SKU reorders from its supplier (by `type`, with its fields)',
  paths: [REPLENISHMENT_PATHS.all, REPLENISHMENT_PATHS.byClass, REPLENISHMENT_PATHS.bySku],
  named: (name) => ({ type: name }),
  builtIns: [baseStock, reorderPointQuantity, minMax, periodicOrderUpTo, periodicMinMax, forecastDriven],
  decisions: { ruleFor },
  // Loaded on demand: only check-policy runs these, and they bring fast-check (the dashboard bundle need not).
  conformance: async (make) => (await import('./conformanceRules.js')).replenishmentRules(make),
};
