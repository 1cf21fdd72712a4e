import fc from 'fast-check';
import type { SkuDemandProfile } from '../../domain/SkuDemandProfile.js';
import { DAY } from '../../kernel/time.js';
import { conformanceProperty, sameDecision, violated, type ConformanceProperty } from '../conformance/ConformanceProperty.js';
import { deepFreeze } from '../conformance/deepFreeze.js';
import type { ReplenishmentPolicy, ReplenishmentRule } from './ReplenishmentPolicy.js';
import { closedPeriodViolation, ruleViolation, unitsViolation } from './replenishmentViolation.js';

/** A SKU's demand and supply, as the inventory stage describes it (service levels of 50% and more). */
const profiles: fc.Arbitrary<SkuDemandProfile> = fc
  .record({
    sku: fc.nat({ max: 2_000 }),
    unitsPerDay: fc.double({ min: 0, max: 40, noNaN: true }),
    dispersion: fc.double({ min: 1, max: 4, noNaN: true }),
    leadTimeDays: fc.double({ min: 0.5, max: 20, noNaN: true }),
    leadTimeVarianceDays: fc.double({ min: 0, max: 10, noNaN: true }),
    safetyFactor: fc.double({ min: 0, max: 3, noNaN: true }),
    orderingCost: fc.double({ min: 0, max: 200, noNaN: true }),
    holdingCostPerUnitYear: fc.double({ min: 0.01, max: 50, noNaN: true }),
  })
  .map(({ dispersion, ...profile }) => {
    const varianceUnitsPerDay = dispersion * profile.unitsPerDay;
    return {
      ...profile,
      varianceUnitsPerDay,
      leadTimeDemandMean: profile.unitsPerDay * profile.leadTimeDays,
      leadTimeDemandVariance: varianceUnitsPerDay * profile.leadTimeDays + profile.unitsPerDay ** 2 * profile.leadTimeVarianceDays,
    };
  });

/** A SKU and its days: each day's demand, then the inventory position the rule is asked about. */
const histories = fc
  .record({
    profile: profiles,
    uniform: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    days: fc.array(fc.record({ demand: fc.nat({ max: 60 }), position: fc.integer({ min: -100, max: 600 }) }), {
      minLength: 1,
      maxLength: 40,
    }),
  })
  .map(deepFreeze);

/** Plays the days on a fresh rule: demand recorded, the period closed, then the quantity to order; each answer checked. */
function play(rule: ReplenishmentRule, days: ReadonlyArray<{ readonly demand: number; readonly position: number }>): unknown[] {
  return days.flatMap(({ demand, position }, day) => {
    const now = (day + 0.5) * DAY;
    rule.recordDemand?.(demand, now);
    const closed = rule.closePeriod?.();
    const closedWrong = closedPeriodViolation(closed);
    if (closedWrong !== undefined) violated(`closePeriod() on day ${day} returned ${JSON.stringify(closed)}: ${closedWrong}`);
    const units = rule.quantityToOrder(position, now);
    const wrong = unitsViolation(units);
    if (wrong !== undefined) violated(`quantityToOrder(${position}) on day ${day} returned ${String(units)}: ${wrong}`);
    return [closed, units];
  });
}

/** The rules every replenishment policy keeps (the first two are the very checks the run-time guard makes). */
export function replenishmentRules(make: () => ReplenishmentPolicy): ConformanceProperty[] {
  return [
    conformanceProperty(
      'gives each SKU a rule with a whole starting level >= 0 and a review period > 0 days (or none)',
      histories,
      ({ profile, uniform }) => {
        const rule = make().ruleFor(profile);
        const wrong = ruleViolation(rule);
        if (wrong !== undefined) violated(wrong);
        const level = rule.steadyStateLevel(uniform);
        const levelWrong = unitsViolation(level);
        if (levelWrong !== undefined) violated(`steadyStateLevel(${uniform}) returned ${String(level)}: ${levelWrong}`);
      },
    ),
    conformanceProperty(
      'orders a whole number of units >= 0 at every inventory position, as demand comes in',
      histories,
      ({ profile, days }) => {
        play(make().ruleFor(profile), days);
      },
    ),
    conformanceProperty(
      'orders nothing at a position above its ordersOnlyAtOrBelow, when it names one (the model skips those calls)',
      histories,
      ({ profile, days }) => {
        const rule = make().ruleFor(profile);
        // Read once, as the model reads it when it is built.
        const threshold = rule.ordersOnlyAtOrBelow;
        if (threshold === undefined) return;
        // After each day's demand (a rule may learn from it): the whole positions just above the
        // threshold, and the day's drawn position when it is above.
        const next = Math.floor(threshold) + 1;
        const probes = [next, next + 1].filter((position) => position > threshold);
        days.forEach(({ demand, position }, day) => {
          const now = (day + 0.5) * DAY;
          rule.recordDemand?.(demand, now);
          rule.closePeriod?.();
          for (const probe of position > threshold ? [...probes, position] : probes) {
            const units = rule.quantityToOrder(probe, now);
            if (units !== 0)
              violated(`quantityToOrder(${probe}) on day ${day} returned ${String(units)} though ordersOnlyAtOrBelow is ${threshold}`);
          }
        });
      },
    ),
    conformanceProperty('is deterministic: the same SKU and demand give the same orders', histories, ({ profile, days }) => {
      if (!sameDecision(play(make().ruleFor(profile), days), play(make().ruleFor(profile), days)))
        violated('two rules given the same inputs ordered differently');
    }),
  ];
}
