import { writeDecisionTrace, type TracedScenario } from '../experiment/decisionTrace.js';
import { recordDay } from '../experiment/dayLog/recordDay.js';
import type { LoadedScenario } from '../io/readScenario.js';
import { usesPlugins } from '../parallel/supervisedTask.js';
import { workerPool, type WorkerPool } from '../parallel/workerPool.js';

/**
 * The re-runs of replication 0 after `run` (a decision trace, a day recorded for playback).
 * Scenarios without plugins re-run in this thread. A scenario's plugin code never runs in the
 * main thread: with plugins, the re-runs go to a thread of their own, every decision watched
 * (one that overruns `--plugin-timeout` stops the command with exit 2) and Ctrl-C ends it.
 */
export interface Reruns {
  /** Writes the decision trace of replication 0 of each scenario to `file`; returns its lines. */
  trace(file: string, seed: number | undefined, orders: ReadonlySet<number> | undefined): Promise<number>;
  /** Day `day` of replication 0 of `loaded`, as one JSON line. */
  recordDay(loaded: LoadedScenario, day: number, seed: number | undefined): Promise<string>;
  close(): Promise<void>;
}

/** Re-runs for `scenarios`: on a supervised pool thread when any of them has plugins, else in this thread. */
export function reruns(scenarios: readonly LoadedScenario[], pluginTimeoutMs: number, signal?: AbortSignal): Reruns {
  const traced: TracedScenario[] = scenarios.map(({ name, scenario }) => ({ name, scenario }));
  if (!scenarios.some(({ scenario }) => usesPlugins(scenario))) {
    return {
      trace: (file, seed, orders) => Promise.resolve(writeDecisionTrace(file, traced, seed, orders)),
      recordDay: (loaded, day, seed) => Promise.resolve(`${JSON.stringify(recordDay(loaded.scenario, loaded.name, day, seed))}\n`),
      close: () => Promise.resolve(),
    };
  }
  let pool: WorkerPool | undefined;
  // Started on first use: a run with neither re-run pays nothing.
  const thread = (): WorkerPool => (pool ??= workerPool(1, { pluginTimeoutMs }));
  return {
    trace: (file, seed, orders) =>
      thread().traceDecisions({ file, scenarios: traced, seed, orders: orders === undefined ? undefined : [...orders] }, signal),
    recordDay: (loaded, day, seed) =>
      thread().recordDay({ scenario: loaded.scenario, name: loaded.name, day, seed: seed ?? loaded.scenario.seed }, signal),
    close: async () => {
      await pool?.close();
    },
  };
}
