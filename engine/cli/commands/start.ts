import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RunInterrupted } from '../../experiment/replicationRunner.js';
import { aggregate, runScenarioOn, type ScenarioResult } from '../../experiment/runScenario.js';
import type { ReplicationResult } from '../../experiment/runReplication.js';
import type { LoadedScenario } from '../../io/readScenario.js';
import { ordersFileName, writeScenarioResults, writeScenarioResultsYielding } from '../../io/writeResults.js';
import { busiestDayOf, finishRecording, recordBusiestDay, type BusiestDay, type DayRecording } from '../busiestDayRecording.js';
import { INTERRUPTED, UsageError, type CliIo } from '../CliIo.js';
import { defaultWorkers, workerPool } from '../../parallel/workerPool.js';
import { comparisonTable } from '../format/kpiTable.js';
import { defineCommand, type CommandInput, type FlagTable } from '../commandDefinition.js';
import { checkOutputDirectory, checkOutputsSpareInputs, checkScenarioNameLengths } from '../outputPaths.js';
import { scenarioInputFiles } from '../../io/scenarioInputFiles.js';
import { integerFlag } from '../parseFlags.js';
import { PLUGIN_TIMEOUT_FLAG, pluginTimeoutMs } from '../pluginTimeoutFlag.js';
import { progressBar } from '../progress.js';
import { checkWork } from '../workLimit.js';
import { serveUntilInterrupted } from './dashboard.js';
import { loadScenarios } from '../../io/loadScenarios.js';
import { readResultFolder } from '../../io/dashboard/resultDocuments.js';

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

/** How one scenario's simulation ended: its results, or the error (RunInterrupted keeps the finished replications). */
type ScenarioOutcome = { readonly result: ScenarioResult; readonly runs: ReplicationResult[] } | { readonly error: unknown };

/** The replications a RunInterrupted kept. */
const finished = (error: RunInterrupted): ReplicationResult[] =>
  error.completed.filter((run): run is ReplicationResult => run !== undefined);

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
  ...PLUGIN_TIMEOUT_FLAG,
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
 * `fulfill start [--reps N] [--dir scenarios] [--out results] [--port 8080] [--workers N] [--no-serve] [--plugin-timeout 10s]`:
 * what `npm start` runs. Simulates the bundled scenarios with common random numbers, prints
 * each what-if's KPIs against the baseline, writes every result to the output folder and
 * serves the dashboard on it.
 */
export async function startCommand(input: CommandInput<typeof START_FLAGS>, io: CliIo): Promise<number> {
  const { values } = input;
  const workers = integerFlag('workers', values.workers, 1, 256) ?? defaultWorkers();
  const port = integerFlag('port', values.port, 0, 65_535);
  const replications = integerFlag('reps', values.reps, 1, 10_000) ?? 3;
  const timeoutMs = pluginTimeoutMs(values['plugin-timeout']);
  const directory = values.dir ?? 'scenarios';
  const out = values.out ?? 'results';
  checkOutputDirectory('out', out);
  const scenarios = await loadScenarios(bundledScenarioFiles(directory), undefined, io);
  // Results go to OUT/<name>.json: never over a scenario (--out the same folder as --dir) or a file one reads.
  checkOutputsSpareInputs(
    'out',
    scenarios.flatMap(({ name }) => [join(out, `${name}.json`), join(out, ordersFileName(name))]),
    scenarios.flatMap(scenarioInputFiles),
  );
  checkScenarioNameLengths('out', scenarios);
  checkWork(
    scenarios.map((loaded) => ({ scenario: loaded.scenario, replications })),
    {},
  );
  const results: ScenarioResult[] = [];
  const signal = io.interruption?.();
  const partial: string[] = [];
  const total = scenarios.length * replications;
  let done = 0;
  const progress = progressBar(io, 'simulating');
  for (const loaded of scenarios) io.stderr(`simulating ${loaded.name}: ${loaded.scenario.description}\n`);
  // The baseline's busiest day, recorded for the playback page on a pool thread. Queued once the last
  // scenario has started, behind the replications already handed to the pool (runJobs hands over
  // `workers` at a time), so it runs near the end, where a thread would otherwise wait.
  let busiest: BusiestDay | undefined;
  let recording: DayRecording | undefined;
  const runner = workerPool(workers, { pluginTimeoutMs: timeoutMs });
  const recordOnceLastQueued = (outcomes: readonly unknown[]): void => {
    if (busiest !== undefined && recording === undefined && outcomes.length === scenarios.length && signal?.aborted !== true)
      recording = recordBusiestDay(runner, busiest, signal);
  };
  const simulateAll = async (): Promise<void> => {
    const simulate = (loaded: LoadedScenario): Promise<ScenarioOutcome> =>
      runScenarioOn(runner, loaded.name, loaded.scenario, {
        replications,
        // Replication 0's orders feed the dashboard's order inspector; all of them would be ~50 MB a scenario.
        recordOrders: 'first',
        onProgress: () => progress(++done, total),
        signal,
      }).then(
        ({ result, replications: runs }) => ({ result, runs }),
        (error: unknown) => ({ error }),
      );
    // Two scenarios in flight: the next scenario's replications fill the threads while this one's
    // last replications finish (3 replications on 2 workers would leave a worker idle), and no
    // more than two scenarios' results are held at once. Results are written in scenario order.
    const outcomes: Array<Promise<ScenarioOutcome>> = [];
    for (let index = 0; index < scenarios.length; index++) {
      const loaded = scenarios[index] as LoadedScenario;
      outcomes[index] ??= simulate(loaded);
      const next = scenarios[index + 1];
      if (next !== undefined && signal?.aborted !== true) outcomes[index + 1] = simulate(next);
      recordOnceLastQueued(outcomes);
      const outcome = await (outcomes[index] as Promise<ScenarioOutcome>);
      if ('result' in outcome) {
        results.push(outcome.result);
        if (index === 0) {
          busiest = busiestDayOf(out, loaded, outcome.runs);
          recordOnceLastQueued(outcomes);
        }
        await writeScenarioResultsYielding(out, outcome.result, outcome.runs);
        continue;
      }
      if (!(outcome.error instanceof RunInterrupted)) {
        // What finished stays: say so before the error is reported.
        const kept = results.map((result) => result.scenario);
        if (kept.length > 0) io.stderr(`start: ${loaded.name} failed; the results of ${kept.join(', ')} are in ${out}/\n`);
        throw outcome.error;
      }
      // The scenarios in progress keep their finished replications, marked partial as `run` marks them.
      for (const [later, pending] of outcomes.entries()) {
        if (later < index || pending === undefined) continue;
        const settled = later === index ? outcome : await pending;
        const kept = 'result' in settled ? settled.runs : settled.error instanceof RunInterrupted ? finished(settled.error) : [];
        if (kept.length === 0) continue;
        const scenario = scenarios[later] as LoadedScenario;
        if ('result' in settled) results.push(settled.result);
        writeScenarioResults(
          out,
          'result' in settled
            ? settled.result
            : {
                ...aggregate(scenario.name, scenario.scenario, scenario.scenario.seed, kept),
                partial: { replications: kept.length, of: replications },
              },
          kept,
        );
        if (!('result' in settled)) partial.push(`${kept.length} of ${replications} replications of ${scenario.name}`);
      }
      return;
    }
  };
  try {
    await simulateAll();
    // Before the pool closes: the recording runs on one of its threads.
    if (results.length === scenarios.length) await finishRecording(recording, io, signal);
  } finally {
    await runner.close();
  }
  if (results.length < scenarios.length) {
    const kept = partial.length > 0 ? ` and ${partial.join(', ')}` : '';
    const where = results.length + partial.length > 0 ? ` (their results are in ${out}/)` : ' (nothing was written)';
    io.stderr(`start: interrupted after ${results.length} of ${scenarios.length} scenarios${kept}${where}\n`);
    return INTERRUPTED;
  }
  if (signal?.aborted === true) {
    io.stderr(`start: interrupted after the results were written to ${out}/\n`);
    return INTERRUPTED;
  }
  warnOfEarlierResults(out, directory, scenarios, io);
  io.stdout(`\nKPI means over ${replications} replications (change against ${results[0]?.scenario ?? 'baseline'}):\n\n`);
  io.stdout(comparisonTable(results));
  io.stdout(`\nResults written to ${out}/ (one JSON and one per-order CSV per scenario).\n`);
  // The live what-if starts from the baseline just simulated, wherever --dir is.
  return values['no-serve'] === true ? 0 : serveUntilInterrupted(out, port, io, join(directory, 'baseline.json'));
}

/**
 * Results in `out` that this start did not write (a scenario since removed from `directory`)
 * would be served next to this run's as if they belonged to it: said, not deleted.
 */
function warnOfEarlierResults(out: string, directory: string, scenarios: readonly LoadedScenario[], io: CliIo): void {
  const current = new Set(scenarios.map(({ name }) => name));
  for (const document of readResultFolder(out).documents)
    if (!current.has(document.scenario))
      io.stderr(
        `warning: ${out}/ also holds results of "${document.scenario}" from an earlier run (no such scenario in ${directory}/); the dashboard shows them too: remove them or choose another --out\n`,
      );
}
