import { rmSync } from 'node:fs';
import { traceFiles, type TracedScenario } from '../io/decisionTrace.js';
import type { LoadedScenario } from '../io/readScenario.js';
import { removeStaleTemporariesOf } from '../io/writeResults.js';
import { workerPool, type WorkerPool } from '../parallel/workerPool.js';

/**
 * The re-runs of replication 0 after `run` (a decision trace, a day recorded for playback), on
 * a worker thread of their own: Ctrl-C ends them at once (a re-run in the main thread would not
 * hear it), and a scenario's plugin code never runs in the main thread (each decision is
 * watched: one that overruns `--plugin-timeout` stops the command with exit 2).
 */
export interface Reruns {
  /** Writes the decision trace of replication 0 of each scenario to `file`; returns its lines. */
  trace(file: string, seed: number | undefined, orders: ReadonlySet<number> | undefined): Promise<number>;
  /** Day `day` of replication 0 of `loaded`, as one JSON line. */
  recordDay(loaded: LoadedScenario, day: number, seed: number | undefined): Promise<string>;
  close(): Promise<void>;
}

/** Re-runs of `scenarios` on one pool thread, started on first use. */
export function reruns(scenarios: readonly LoadedScenario[], pluginTimeoutMs: number, signal?: AbortSignal): Reruns {
  const traced: TracedScenario[] = scenarios.map(({ name, scenario }) => ({ name, scenario }));
  let pool: WorkerPool | undefined;
  const thread = (): WorkerPool => (pool ??= workerPool(1, { pluginTimeoutMs }));
  return {
    trace: async (file, seed, orders) => {
      const files = traceFiles(file);
      const temporary = files?.temporary;
      // What a killed run left (SIGKILL, a crash) goes now; a live process's stays.
      if (files !== undefined) removeStaleTemporariesOf(files.replaced);
      // A second Ctrl-C (SIGTERM, SIGHUP) ends the process at once (process.exit, see bin.ts): the temporary file goes with it.
      const removeTemporary = (): void => {
        if (temporary !== undefined) rmSync(temporary, { force: true });
      };
      process.once('exit', removeTemporary);
      try {
        return await thread().traceDecisions(
          { file, scenarios: traced, seed, orders: orders === undefined ? undefined : [...orders] },
          signal,
        );
      } catch (error) {
        // A thread stopped mid-trace (Ctrl-C, a plugin's timeout) leaves its temporary file: the trace is not kept.
        // Removed once the thread has ended (a thread still stopping could write it again).
        await pool?.close();
        pool = undefined;
        removeTemporary();
        throw error;
      } finally {
        process.off('exit', removeTemporary);
      }
    },
    recordDay: (loaded, day, seed) =>
      thread().recordDay({ scenario: loaded.scenario, name: loaded.name, day, seed: seed ?? loaded.scenario.seed }, signal),
    close: async () => {
      await pool?.close();
    },
  };
}
