import type { Scenario } from '../schema/scenario.js';

/** Every cost rate the cost KPIs use (money), gathered from the sections that define them. */
export interface CostsSlice extends Readonly<Scenario['costs']> {
  /** Cost of handling one return. */
  readonly returnHandlingCost: number;
  /** Cost of one "where is my order" contact. */
  readonly contactCost: number;
}

/** The cost rates of the scenario. */
export function resolveCosts(scenario: Scenario): CostsSlice {
  return { ...scenario.costs, returnHandlingCost: scenario.returns.handlingCost, contactCost: scenario.communication.contactCost };
}
