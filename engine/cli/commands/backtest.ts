import { backtest, isBacktestProblem, planBacktest } from '../../experiment/backtest/backtest.js';
import { RunInterrupted, runJobs } from '../../experiment/replicationRunner.js';
import { aggregate, replicationJobs } from '../../experiment/runScenario.js';
import { backtestCsv } from '../../io/backtestCsv.js';
import { loadScenarios } from '../../io/loadScenarios.js';
import type { LoadedScenario } from '../../io/readScenario.js';
import { ScenarioError } from '../../scenario/ScenarioError.js';
import { INTERRUPTED, UsageError, type CliIo } from '../CliIo.js';
import { defineCommand, type CommandInput, type FlagTable } from '../commandDefinition.js';
import { EXPERIMENT_FLAGS, experimentSettings, withRunner } from '../experimentFlags.js';
import { backtestTable } from '../format/backtestTable.js';
import { progressBar } from '../progress.js';
import { ResultsOutput } from '../resultsOutput.js';
import { checkWork } from '../workLimit.js';

/** The flags of `fulfill backtest`. */
const BACKTEST_FLAGS = {
  reps: { type: 'string', value: 'N', description: "replications, 2 to 10,000 (default: the scenario's replications)" },
  seed: EXPERIMENT_FLAGS.seed,
  workers: EXPERIMENT_FLAGS.workers,
  // The work limit's message names this flag: every command it may stop must take it.
  'max-orders': EXPERIMENT_FLAGS['max-orders'],
  json: { type: 'boolean', description: 'print the back-test as one JSON document instead of the tables' },
  out: {
    type: 'string',
    value: 'DIR',
    description:
      'write backtest.csv, backtest.json, the result JSON, the per-order CSV and manifest.json into DIR (for fulfill dashboard DIR)',
  },
} as const satisfies FlagTable;

/** `fulfill backtest`: the simulated weeks of a replayed history against what really happened. */
export const BACKTEST_COMMAND = defineCommand({
  name: 'backtest',
  operands: { '<scenario.json>': 'a scenario whose channels replay order histories with shippedAt (and deliveredAt, promisedBy)' },
  summary: 'compare simulated against actual week by week: orders shipped, cycle time mean and P95, on-time rate',
  flags: BACKTEST_FLAGS,
  action: backtestCommand,
});

/** `fulfill backtest <scenario.json> [--reps N] [--seed S] [--workers N] [--max-orders N] [--json] [--out DIR]` */
export async function backtestCommand(input: CommandInput<typeof BACKTEST_FLAGS>, io: CliIo): Promise<number> {
  const { values, positionals, args } = input;
  if (positionals.length !== 1) throw new UsageError(`expected one scenario file, got ${positionals.length}`);
  const settings = experimentSettings(values);
  const [loaded] = (await loadScenarios(positionals, undefined, io)) as [LoadedScenario];
  const plan = planBacktest(loaded.scenario);
  if (isBacktestProblem(plan)) throw new ScenarioError(loaded.file, [{ path: [...plan.path], message: plan.message }]);
  const replications = settings.replications ?? loaded.scenario.replications;
  if (replications < 2) {
    const from = settings.replications === undefined ? " (the scenario's replications: give --reps N)" : '';
    throw new UsageError(`--reps: a back-test needs at least 2 replications for its intervals, got ${replications}${from}`);
  }
  const seed = settings.seed ?? loaded.scenario.seed;
  checkWork([{ scenario: loaded.scenario, replications }], { maxOrders: settings.maxOrders, recordOrders: true });
  const output = new ResultsOutput(values.out, io);
  output.begin(['backtest', ...args], [loaded], seed, replications);
  const progress = progressBar(io, loaded.name);
  try {
    const runs = await withRunner({ ...settings, io }, (runner) =>
      runJobs(
        runner,
        replicationJobs(loaded.scenario, { seed, recordOrders: 'all' }, 0, replications),
        (done) => progress(done, replications),
        io.interruption?.(),
      ),
    );
    const result = backtest(loaded.name, loaded.scenario, plan, seed, runs);
    output.scenario(aggregate(loaded.name, loaded.scenario, seed, runs), runs);
    output.file('backtest.csv', backtestCsv(result));
    output.json('backtest.json', result);
    output.end('complete');
    io.stdout(values.json === true ? `${JSON.stringify(result, null, 2)}\n` : backtestTable(result));
  } catch (error) {
    output.fail(error);
    if (!(error instanceof RunInterrupted)) throw error;
    io.stderr('backtest: interrupted; nothing compared (a back-test needs every replication)\n');
    return INTERRUPTED;
  }
  return 0;
}
