import type { Distribution } from '../../kernel/random/distributions/index.js';
import type { Scenario } from '../schema/scenario.js';
import { toDurationDistribution } from './toDistribution.js';

/** Return probabilities by reason, return times and what becomes of a return. */
export interface ReturnsSlice {
  readonly changedMindRate: number;
  readonly damagedReturnRate: number;
  readonly wrongItemReturnRate: number;
  /** Time from delivery to the customer starting the return. */
  readonly decisionTime: Distribution;
  readonly transitTime: Distribution;
  readonly inspectionTime: Distribution;
  readonly restockShare: number;
  readonly exchangeShare: number;
}

/**
 * The returns section in engine units, without its cost (which the cost KPIs take). Without
 * `synthetic` (`replay.synthetic: false`) no return becomes an exchange order: exchangeShare is 0.
 */
export function resolveReturns(returns: Scenario['returns'], synthetic = true): ReturnsSlice {
  return {
    changedMindRate: returns.changedMindRate,
    damagedReturnRate: returns.damagedReturnRate,
    wrongItemReturnRate: returns.wrongItemReturnRate,
    decisionTime: toDurationDistribution(returns.decisionTime),
    transitTime: toDurationDistribution(returns.transitTime),
    inspectionTime: toDurationDistribution(returns.inspectionTime),
    restockShare: returns.restockShare,
    exchangeShare: synthetic ? returns.exchangeShare : 0,
  };
}
