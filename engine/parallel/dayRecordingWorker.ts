import { recordDay } from '../experiment/dayLog/recordDay.js';
import { loadScenarioPlugins } from '../io/loadPlugins.js';
import type { Scenario } from '../scenario/schema/scenario.js';

/** What the day-recording thread is given: the scenario, its name, the day (0-based) and the seed. */
export interface DayRecordingTask {
  readonly scenario: Scenario;
  readonly name: string;
  readonly day: number;
  readonly seed: number;
}

/**
 * Records one day of replication 0 on a worker thread (Piscina calls the default export), so
 * that `start` goes on with the next scenarios meanwhile; returns the day log as one JSON line.
 * The scenario's plugins already ran the same decisions in its replications.
 */
export default async function dayRecordingWorker(task: DayRecordingTask): Promise<string> {
  await loadScenarioPlugins(task.scenario);
  return `${JSON.stringify(recordDay(task.scenario, task.name, task.day, task.seed))}\n`;
}
