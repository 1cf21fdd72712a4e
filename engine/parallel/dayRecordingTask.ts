import { recordDay } from '../experiment/dayLog/recordDay.js';
import { loadScenarioPlugins } from '../io/loadPlugins.js';
import { useDecisionBoard } from '../policies/plugins/decisionWatch.js';
import { PolicyError } from '../policies/plugins/PolicyError.js';
import type { Scenario } from '../scenario/schema/scenario.js';

/** A day to record on a pool thread: the scenario, its name, the day (0-based) and the seed. */
export interface DayRecordingTask {
  readonly scenario: Scenario;
  readonly name: string;
  readonly day: number;
  readonly seed: number;
  /** Where the thread records plugin decisions, when the scenario has plugins (see runSupervisedTask). */
  readonly board?: SharedArrayBuffer;
}

/** The day log as one JSON line, or a plugin's failure (error classes do not survive the thread boundary). */
export type DayRecordingAnswer = { readonly log: string } | { readonly policyError: { readonly module: string; readonly detail: string } };

/** The name a pool thread knows this task by: an export of the replication worker module. */
export const DAY_RECORDING_TASK = 'recordDayTask';

/**
 * Records one day of replication 0 on a replication pool thread, so `start` goes on with the
 * next scenarios meanwhile; a thread that has run replications has their code loaded and
 * compiled already (a thread of its own started cold: 1.3 s more CPU for the baseline's day).
 * The scenario's plugins ran the same decisions in its replications; they are watched here too.
 */
export async function recordDayTask(task: DayRecordingTask): Promise<DayRecordingAnswer> {
  useDecisionBoard(task.board);
  try {
    await loadScenarioPlugins(task.scenario);
    return { log: `${JSON.stringify(recordDay(task.scenario, task.name, task.day, task.seed))}\n` };
  } catch (error) {
    if (error instanceof PolicyError) return { policyError: { module: error.module, detail: error.detail } };
    throw error;
  } finally {
    useDecisionBoard(undefined);
  }
}
