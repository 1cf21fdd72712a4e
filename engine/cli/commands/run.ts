import { join } from 'node:path';
import { runToPrecision, type PrecisionStatus } from '../../experiment/precision.js';
import { parseTraceOrders } from '../traceOrdersFlag.js';
import { reruns } from '../reruns.js';
import { traceWrittenInPlace } from '../../io/decisionTrace.js';
import { finishedBefore, RunInterrupted, runJobs, type ReplicationRunner } from '../../experiment/replicationRunner.js';
import type { ReplicationResult } from '../../experiment/runReplication.js';
import { aggregate, replicationJobs, type ScenarioResult } from '../../experiment/runScenario.js';
import type { LoadedScenario } from '../../io/readScenario.js';
import { loadScenarios } from '../../io/loadScenarios.js';
import { summarize } from '../../stats/summary.js';
import { INTERRUPTED, UsageError, type CliIo } from '../CliIo.js';
import { EXPERIMENT_FLAGS, experimentSettings, PRECISION_FLAGS, precisionFlags, withRunner } from '../experimentFlags.js';
import { precisionLines } from '../format/comparisonReport.js';
import { kpiTable, worstSkuTable } from '../format/kpiTable.js';
import { defineCommand, type CommandInput, type FlagTable } from '../commandDefinition.js';
import { checkNotAFolderOf, checkOutputFile, checkOutputsSpareInputs } from '../outputPaths.js';
import { integerFlag } from '../parseFlags.js';
import { progressBar } from '../progress.js';
import { checkRecordDay, dayLogFileName, writeDayLogs } from '../recordDays.js';
import { checkWork } from '../workLimit.js';
import { ResultsOutput } from '../resultsOutput.js';
import { resultsFormatFlag } from '../resultsFormatFlag.js';
import { scenarioInputFiles } from '../../io/scenarioInputFiles.js';
import { streamTarget } from '../../io/streamTarget.js';

interface RunSettings {
  readonly replications: number | undefined;
  readonly seed: number | undefined;
  readonly recordOrders: boolean;
  readonly precision: ReturnType<typeof precisionFlags>;
  readonly maxReplications: number;
}

/** One scenario's replications: a fixed count, or grown until every precision target is met. */
interface ScenarioRun {
  readonly result: ScenarioResult;
  readonly runs: ReplicationResult[];
  readonly precision: PrecisionStatus[] | null;
}

/** Thrown when Ctrl-C stops a scenario: its finished replications, aggregated (undefined when none finished). */
class ScenarioInterrupted extends Error {
  constructor(readonly finished: ScenarioRun | undefined) {
    super('interrupted');
  }
}

// The finished part of a scenario whose run failed, by error: written beside the failed manifest.
const finishedOnError = new WeakMap<object, ScenarioRun>();

async function runOne(runner: ReplicationRunner, loaded: LoadedScenario, settings: RunSettings, io: CliIo): Promise<ScenarioRun> {
  const seed = settings.seed ?? loaded.scenario.seed;
  const count = settings.replications ?? loaded.scenario.replications;
  const runs: ReplicationResult[] = [];
  const progress = progressBar(io, loaded.name);
  const signal = io.interruption?.();
  let planned = 0;
  const extend = async (from: number, to: number): Promise<void> => {
    planned = to;
    const jobs = replicationJobs(loaded.scenario, settings.recordOrders ? { seed, recordOrders: 'all' } : { seed }, from, to);
    try {
      runs.push(...(await runJobs(runner, jobs, (done) => progress(from + done, planned), signal)));
    } catch (error) {
      if (!(error instanceof RunInterrupted)) {
        // On an error too, the replications that finished are kept (beside the failed manifest).
        const done = [...runs, ...finishedBefore(error).filter((run): run is ReplicationResult => run !== undefined)];
        if (done.length > 0)
          finishedOnError.set(error as object, {
            result: { ...aggregate(loaded.name, loaded.scenario, seed, done), partial: { replications: done.length, of: planned } },
            runs: done,
            precision: null,
          });
        throw error;
      }
      // Keep every replication that finished, in replication order.
      runs.push(...error.completed.filter((run): run is ReplicationResult => run !== undefined));
      const partial = { replications: runs.length, of: planned };
      throw new ScenarioInterrupted(
        runs.length === 0
          ? undefined
          : { result: { ...aggregate(loaded.name, loaded.scenario, seed, runs), partial }, runs, precision: null },
      );
    }
  };
  let precision: PrecisionStatus[] | null = null;
  if (settings.precision.length === 0) await extend(0, count);
  else {
    const checks = () =>
      settings.precision.map((target) => ({
        label: `${loaded.name}: ${target.kpi}`,
        target,
        summary: summarize(runs.map((run) => run.kpis[target.kpi])),
      }));
    precision = (await runToPrecision(count, settings.maxReplications, extend, checks)).statuses;
  }
  return { result: aggregate(loaded.name, loaded.scenario, seed, runs), runs, precision };
}

/** The flags of `fulfill run`. */
const RUN_FLAGS = {
  ...EXPERIMENT_FLAGS,
  ...PRECISION_FLAGS,
  trace: {
    type: 'string',
    value: 'FILE',
    description: 'after the run, trace every policy decision of replication 0 to FILE, one JSON line each',
  },
  format: {
    type: 'string',
    value: 'csv|parquet',
    description:
      'with --out: per-order records as <scenario>.orders.csv (default) or <scenario>.orders.parquet, the latter with kpis.parquet beside kpis.csv',
  },
  'record-day': {
    type: 'string',
    value: 'N',
    description:
      "after the run, record day N (0-based, as the daily series counts) of replication 0 for the dashboard's playback: <scenario>.day-N.json in --out",
  },
  'trace-orders': {
    type: 'string',
    value: 'ID,ID...',
    description: 'trace only the decisions that concern these order ids (needs --trace)',
  },
} as const satisfies FlagTable;

/** `fulfill run`: simulate each scenario for N replications, or until every precision target is met. */
export const RUN_COMMAND = defineCommand({
  name: 'run',
  operands: { '<scenario.json...>': 'scenario files, each simulated in turn' },
  summary: "simulate each scenario for N replications (default: the scenario's), or until each --precision target is met",
  flags: RUN_FLAGS,
  action: runCommand,
});

/**
 * `fulfill run <scenario.json>... [--reps N] [--seed S] [--horizon 90d] [--precision KPI=±x[%]]...
 * [--max-reps N] [--workers N] [--json] [--out DIR]`
 */
export async function runCommand(input: CommandInput<typeof RUN_FLAGS>, io: CliIo): Promise<number> {
  const { values, positionals, args } = input;
  if (positionals.length === 0) throw new UsageError('run: expected at least one scenario file');
  const settings = experimentSettings(values);
  const runSettings: RunSettings = {
    replications: settings.replications,
    seed: settings.seed,
    recordOrders: values.out !== undefined,
    precision: precisionFlags(values.precision),
    maxReplications: integerFlag('max-reps', values['max-reps'], 2, 10_000) ?? 100,
  };
  const format = resultsFormatFlag(values.format, values.out);
  const traceOrders = parseTraceOrders(values['trace-orders']);
  if (values['trace-orders'] !== undefined && traceOrders === undefined)
    throw new UsageError(`--trace-orders: expected order ids separated by commas, got "${values['trace-orders']}"`);
  if (values['trace-orders'] !== undefined && values.trace === undefined) throw new UsageError('--trace-orders: needs --trace FILE');
  checkOutputFile('trace', values.trace, { streams: true });
  const traceStream = values.trace === undefined ? undefined : streamTarget(values.trace);
  if (values.json === true && traceStream?.kind === 'descriptor' && traceStream.descriptor === 1)
    throw new UsageError(
      '--trace: the standard output holds the --json document, which the trace would break: trace to a file or /dev/stderr',
    );
  const recordDayIndex = integerFlag('record-day', values['record-day'], 0, 100_000);
  if (recordDayIndex !== undefined && values.out === undefined)
    throw new UsageError('--record-day: needs --out DIR (the day log is written next to the results)');
  const scenarios = await loadScenarios(positionals, settings.horizon, io);
  if (recordDayIndex !== undefined) checkRecordDay(recordDayIndex, scenarios);
  const first = scenarios[0] as LoadedScenario;
  // With --precision a scenario may grow to --max-reps: the estimate counts the most it may run.
  const plannedReps = (loaded: LoadedScenario): number =>
    runSettings.precision.length > 0
      ? Math.max(runSettings.maxReplications, settings.replications ?? loaded.scenario.replications)
      : (settings.replications ?? loaded.scenario.replications);
  checkWork(
    scenarios.map((loaded) => ({ scenario: loaded.scenario, replications: plannedReps(loaded) })),
    { maxOrders: settings.maxOrders, recordOrders: runSettings.recordOrders },
  );
  const output = new ResultsOutput(values.out, io, format);
  checkSideFiles(values.trace, dayLogPaths(values.out, recordDayIndex, scenarios), output.paths(scenarios), scenarios);
  output.begin(['run', ...args], scenarios, settings.seed ?? first.scenario.seed, settings.replications ?? first.scenario.replications);
  const results: ScenarioResult[] = [];
  const csvRows: Array<{ scenario: string; seed: number; runs: ReplicationResult[] }> = [];
  const precisionReports: string[] = [];
  const keep = ({ result, runs }: ScenarioRun): void => {
    results.push(result);
    csvRows.push({ scenario: result.scenario, seed: result.seed, runs });
    output.scenario(result, runs);
  };
  try {
    await withRunner({ ...settings, io }, async (runner) => {
      for (const loaded of scenarios) {
        const finished = await runOne(runner, loaded, runSettings, io);
        keep(finished);
        if (finished.precision !== null) precisionReports.push(precisionLines(finished.precision, finished.result.replications));
      }
    });
  } catch (error) {
    if (!(error instanceof ScenarioInterrupted)) {
      // What finished stays on disk; the manifest says the run failed and why.
      const part = typeof error === 'object' && error !== null ? finishedOnError.get(error) : undefined;
      if (part !== undefined) keep(part);
      if (csvRows.length > 0) output.kpis(csvRows);
      output.fail(error);
      throw error;
    }
    const whole = results.length;
    if (error.finished !== undefined) keep(error.finished);
    output.kpis(csvRows);
    output.end('partial');
    const stopped =
      error.finished === undefined
        ? 'no replication of the next one finished'
        : `${error.finished.runs.length} of ${error.finished.result.partial?.of ?? '?'} replications of ${error.finished.result.scenario} finished`;
    io.stderr(`run: interrupted; ${whole} of ${scenarios.length} scenario(s) complete, ${stopped}\n`);
    return INTERRUPTED;
  }
  /** Prints the results: the KPI table (or, with --json, the results as JSON). */
  const report = (): void => {
    if (values.json === true) {
      const document = results.length === 1 ? results[0] : { scenarios: results };
      io.stdout(`${JSON.stringify(document, null, 2)}\n`);
      return;
    }
    io.stdout(kpiTable(results));
    for (const result of results) io.stdout(worstSkuTable(result));
    for (const lines of precisionReports) io.stdout(`\n${lines}`);
  };
  /** The trace went to the standard output, whose reader has gone: nothing more is printed there. */
  let stdoutGone = false;
  if (values.trace !== undefined || recordDayIndex !== undefined) {
    const signal = io.interruption?.();
    const again = reruns(scenarios, settings.pluginTimeoutMs, signal);
    const trace = values.trace ?? '';
    // A file appears whole or not at all; a stream (/dev/stdout, a pipe) has what was written so far.
    let step = `tracing the decisions (${trace} ${values.trace !== undefined && traceWrittenInPlace(trace) ? 'incomplete' : 'not written'})`;
    try {
      if (values.trace !== undefined) {
        try {
          const lines = await again.trace(values.trace, settings.seed, traceOrders);
          io.stderr(
            `run: ${lines.toLocaleString('en-US')} policy decisions of the first replication (index 0) traced to ${values.trace}\n`,
          );
        } catch (error) {
          // `--trace /dev/stdout | head`: the reader's choice, as for the table itself (see bin.ts); the run goes on.
          const left = readerOfStreamLeft(error, values.trace);
          if (left === undefined) throw error;
          if (left === 1) stdoutGone = true;
        }
      }
      if (recordDayIndex !== undefined) {
        step = `recording day ${recordDayIndex} (not written)`;
        const bytes = await writeDayLogs(output, scenarios, recordDayIndex, settings.seed, again);
        const size = bytes.map((count) => `${(count / 1024).toFixed(0)} kB`).join(', ');
        io.stderr(`run: day ${recordDayIndex} of replication 0 recorded for playback (${size})\n`);
      }
    } catch (error) {
      // The run's results are whole: they are written and shown either way.
      output.setReplications(Math.max(...results.map((result) => result.replications)));
      output.kpis(csvRows);
      if (!stdoutGone) report();
      if (signal?.aborted !== true) {
        output.fail(error);
        throw error;
      }
      output.end('complete');
      io.stderr(
        `run: interrupted while ${step} after the run; the results are complete${values.out === undefined ? '' : ` in ${values.out}/`}\n`,
      );
      return INTERRUPTED;
    } finally {
      await again.close();
    }
  }
  output.setReplications(Math.max(...results.map((result) => result.replications)));
  output.kpis(csvRows);
  output.end('complete');
  if (!stdoutGone) report();
  return 0;
}

/** The standard stream (1 or 2) the trace went to, when its reader has gone (EPIPE); undefined for any other failure. */
function readerOfStreamLeft(error: unknown, trace: string): 1 | 2 | undefined {
  const target = streamTarget(trace);
  return (error as NodeJS.ErrnoException).code === 'EPIPE' && target?.kind === 'descriptor' ? target.descriptor : undefined;
}

/** The day logs `--record-day N` writes into `--out`. */
function dayLogPaths(out: string | undefined, day: number | undefined, scenarios: readonly LoadedScenario[]): string[] {
  if (out === undefined || day === undefined) return [];
  return scenarios.map((loaded) => join(out, dayLogFileName(loaded.name, day)));
}

/** Neither the trace nor a day log may replace an input, nor the trace one of the results. */
function checkSideFiles(
  trace: string | undefined,
  dayLogs: readonly string[],
  results: readonly string[],
  scenarios: readonly LoadedScenario[],
): void {
  const inputs = scenarios.flatMap(scenarioInputFiles);
  checkOutputsSpareInputs('record-day', dayLogs, inputs);
  if (trace === undefined) return;
  checkOutputsSpareInputs('trace', [trace], inputs);
  checkOutputsSpareInputs('trace', [trace], [...results, ...dayLogs], 'one of the results written to --out');
  checkNotAFolderOf('trace', trace, [...results, ...dayLogs], 'one of the results written to --out');
}
