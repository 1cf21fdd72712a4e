import { seconds } from '../duration.js';
import type { Scenario } from '../schema/scenario.js';

/** What one run covers: seed, replications, and its horizon and warm-up in engine time. */
export interface RunSlice {
  readonly seed: number;
  readonly replications: number;
  /** End of the run, engine time. */
  readonly horizon: number;
  /** End of the warm-up: statistics cover orders placed from here to the horizon. */
  readonly warmup: number;
}

/** The run's settings in engine units. */
export function resolveRun(scenario: Scenario): RunSlice {
  return { seed: scenario.seed, replications: scenario.replications, horizon: seconds(scenario.horizon), warmup: seconds(scenario.warmup) };
}
