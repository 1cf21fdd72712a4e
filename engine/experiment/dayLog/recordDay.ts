import { DAY } from '../../kernel/time.js';
import { buildModel } from '../../model/buildModel.js';
import type { Scenario } from '../../scenario/schema/scenario.js';
import type { DayLog } from './DayLog.js';
import { dayRecorder } from './dayRecorder.js';

/**
 * Re-runs replication 0 of a validated scenario up to the end of day `day` (0-based) with the
 * day recorder listening, and returns the day's log. Recording draws no random numbers and the
 * run stops at the day's end, so the day is exactly the day of the full replication.
 */
export function recordDay(scenario: Scenario, name: string, day: number, seed?: number): DayLog {
  const model = buildModel(scenario, 0, { seed });
  const finish = dayRecorder(model, day);
  const { simulation } = model.context;
  // Before every other event at midnight: those belong to the next day.
  simulation.scheduleAt((day + 1) * DAY, () => simulation.stop(), Number.MIN_SAFE_INTEGER);
  model.run();
  return { format: 'fulfill-day-log', version: 1, scenario: name, replication: 0, seed: seed ?? model.scenario.run.seed, ...finish() };
}
