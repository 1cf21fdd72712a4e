import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RunInterrupted } from '../../experiment/replicationRunner.js';
import { aggregate, runScenarioOn, type ScenarioResult } from '../../experiment/runScenario.js';
import type { ReplicationResult } from '../../experiment/runReplication.js';
import type { LoadedScenario } from '../../io/readScenario.js';
import { writeFileAtomic, writeScenarioResults } from '../../io/writeResults.js';
import { busiestDay } from '../../experiment/dayLog/busiestDay.js';
import { Piscina } from 'piscina';
import type { DayRecordingTask } from '../../parallel/dayRecordingWorker.js';
import { WORKER_EXEC_ARGV } from '../../parallel/workerExecArgv.js';
import { resolveRun } from '../../scenario/resolved/runSlice.js';
import { dayLogFileName } from '../recordDays.js';
import { INTERRUPTED, UsageError, type CliIo } from '../CliIo.js';
import { withRunner } from '../experimentFlags.js';
import { defaultWorkers, parallelWorkerFile } from '../../parallel/workerPool.js';
import { comparisonTable } from '../format/kpiTable.js';
import { defineCommand, type CommandInput, type FlagTable } from '../commandDefinition.js';
import { checkOutputDirectory } from '../outputPaths.js';
import { integerFlag } from '../parseFlags.js';
import { progressBar } from '../progress.js';
import { checkWork } from '../workLimit.js';
import { serveUntilInterrupted } from './dashboard.js';
import { loadScenarios } from '../../io/loadScenarios.js';

/** The bundled scenarios: the baseline first, then the what-ifs in file-name order. */
export function bundledScenarioFiles(directory: string): string[] {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch (error) {
    throw new UsageError(`--dir: cannot read the scenario folder ${directory} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const files = names.filter((file) => file.endsWith('.json')).sort();
  return ['baseline.json', ...files.filter((file) => file !== 'baseline.json')].map((file) => join(directory, file));
}

/** A day being recorded on its own thread while `start` goes on, and where it will be written. */
interface DayRecording {
  readonly pool: Piscina;
  readonly text: Promise<string>;
  readonly file: string;
  readonly words: string;
}

/**
 * Starts recording the baseline's busiest day of replication 0 (most orders placed after the
 * warm-up, from its daily series) for the dashboard's playback: a re-run of replication 0 up to
 * that day's end on a thread of its own, so it overlaps the other scenarios' replications.
 */
function recordBusiestDay(out: string, loaded: LoadedScenario, runs: readonly ReplicationResult[]): DayRecording | undefined {
  const first = runs.find((run) => run.replication === 0);
  if (first === undefined) return undefined;
  const day = busiestDay(first.series.ordersPlaced, resolveRun(loaded.scenario).warmup);
  if (day === undefined) return undefined;
  const pool = new Piscina({
    filename: parallelWorkerFile('dayRecordingWorker.js'),
    minThreads: 1,
    maxThreads: 1,
    execArgv: [...WORKER_EXEC_ARGV],
  });
  const task: DayRecordingTask = { scenario: loaded.scenario, name: loaded.name, day, seed: loaded.scenario.seed };
  const text = pool.run(task) as Promise<string>;
  // Awaited after the other scenarios; an early failure must not be an unhandled rejection meanwhile.
  text.catch(() => undefined);
  return { pool, text, file: join(out, dayLogFileName(loaded.name, day)), words: `${loaded.name}'s busiest day (day ${day})` };
}

/** Waits for the recording, writes it atomically and lets its thread go. */
async function finishRecording(recording: DayRecording | undefined, io: CliIo): Promise<void> {
  if (recording === undefined) return;
  try {
    writeFileAtomic(recording.file, await recording.text);
    io.stderr(`recorded ${recording.words} for the playback page\n`);
  } finally {
    await recording.pool.destroy();
  }
}

/** The flags of `fulfill start`. */
const START_FLAGS = {
  reps: { type: 'string', value: 'N', description: 'replications of each scenario, 1 to 10,000 (default 3)' },
  dir: { type: 'string', value: 'DIR', description: 'the folder of scenarios to run, baseline.json first (default scenarios)' },
  out: { type: 'string', value: 'DIR', description: 'where the results are written and served from (default results)' },
  port: {
    type: 'string',
    value: 'PORT',
    description: "the dashboard's port, 0 to 65535 (default 8080; a busy port moves on to the next free one)",
  },
  workers: { type: 'string', value: 'N', description: "worker threads, 1 to 256 (default: the machine's cores)" },
  'no-serve': { type: 'boolean', description: 'exit after writing the results instead of serving the dashboard' },
} as const satisfies FlagTable;

/** `fulfill start`: what `npm start` runs. */
export const START_COMMAND = defineCommand({
  name: 'start',
  operands: {},
  summary: 'what npm start runs: the bundled scenarios against the baseline, then the dashboard on the results',
  flags: START_FLAGS,
  action: startCommand,
});

/**
 * `fulfill start [--reps N] [--dir scenarios] [--out results] [--port 8080] [--workers N] [--no-serve]`:
 * what `npm start` runs. Simulates the bundled scenarios with common random numbers, prints
 * each what-if's KPIs against the baseline, writes every result to the output folder and
 * serves the dashboard on it.
 */
export async function startCommand(input: CommandInput<typeof START_FLAGS>, io: CliIo): Promise<number> {
  const { values } = input;
  const workers = integerFlag('workers', values.workers, 1, 256) ?? defaultWorkers();
  const port = integerFlag('port', values.port, 0, 65_535);
  const replications = integerFlag('reps', values.reps, 1, 10_000) ?? 3;
  const directory = values.dir ?? 'scenarios';
  const out = values.out ?? 'results';
  checkOutputDirectory('out', out);
  const scenarios = await loadScenarios(bundledScenarioFiles(directory), undefined, io);
  checkWork(
    scenarios.map((loaded) => ({ scenario: loaded.scenario, replications })),
    {},
  );
  const results: ScenarioResult[] = [];
  const signal = io.interruption?.();
  let current: LoadedScenario | undefined;
  let recording: DayRecording | undefined;
  try {
    await withRunner({ workers, io }, async (runner) => {
      for (const loaded of scenarios) {
        current = loaded;
        io.stderr(`simulating ${loaded.name}: ${loaded.scenario.description}\n`);
        const { result, replications: runs } = await runScenarioOn(
          runner,
          loaded.name,
          loaded.scenario,
          // Replication 0's orders feed the dashboard's order inspector; all of them would be ~50 MB a scenario.
          { replications, recordOrders: 'first', onProgress: progressBar(io, loaded.name), signal },
        );
        results.push(result);
        writeScenarioResults(out, result, runs);
        if (results.length === 1) recording = recordBusiestDay(out, loaded, runs);
      }
    });
    await finishRecording(recording, io);
  } catch (error) {
    await recording?.pool.destroy();
    if (!(error instanceof RunInterrupted)) throw error;
    // The scenario in progress keeps its finished replications, marked partial as `run` marks them.
    const done = error.completed.filter((run): run is ReplicationResult => run !== undefined);
    const kept = current !== undefined && done.length > 0 ? ` and ${done.length} of ${replications} replications of ${current.name}` : '';
    if (current !== undefined && done.length > 0) {
      const result = {
        ...aggregate(current.name, current.scenario, current.scenario.seed, done),
        partial: { replications: done.length, of: replications },
      };
      writeScenarioResults(out, result, done);
    }
    io.stderr(`start: interrupted after ${results.length} of ${scenarios.length} scenarios${kept} (their results are in ${out}/)\n`);
    return INTERRUPTED;
  }
  io.stdout(`\nKPI means over ${replications} replications (change against ${results[0]?.scenario ?? 'baseline'}):\n\n`);
  io.stdout(comparisonTable(results));
  io.stdout(`\nResults written to ${out}/ (one JSON and one per-order CSV per scenario).\n`);
  return values['no-serve'] === true ? 0 : serveUntilInterrupted(out, port, io);
}
