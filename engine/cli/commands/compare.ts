import { ComparisonInterrupted, compareScenarios } from '../../experiment/compareScenarios.js';
import { RunInterrupted } from '../../experiment/replicationRunner.js';
import { kpiCsv } from '../../io/resultsDirectory.js';
import { KPI_DEFINITIONS } from '../../kpi/definitions.js';
import { INTERRUPTED, UsageError, type CliIo } from '../CliIo.js';
import { EXPERIMENT_FLAGS, experimentSettings, kpiFlag, PRECISION_FLAGS, precisionFlags, withRunner } from '../experimentFlags.js';
import { comparisonReport } from '../format/comparisonReport.js';
import { defineCommand, type CommandInput, type FlagTable } from '../commandDefinition.js';
import { integerFlag } from '../parseFlags.js';
import { progressBar } from '../progress.js';
import { checkWork } from '../workLimit.js';
import { ResultsOutput } from '../resultsOutput.js';
import { loadScenarios } from '../../io/loadScenarios.js';

/** The flags of `fulfill compare`. */
const COMPARE_FLAGS = {
  ...EXPERIMENT_FLAGS,
  ...PRECISION_FLAGS,
  best: { type: 'string', value: 'KPI', description: 'the KPI that decides which scenarios are tied for best (default costPerOrder)' },
} as const satisfies FlagTable;

/** `fulfill compare`: each variant against the base with common random numbers. */
export const COMPARE_COMMAND = defineCommand({
  name: 'compare',
  operands: { '<base.json>': 'the base scenario', '<variant.json...>': 'the variants, each compared with the base' },
  summary: 'every scenario with the same seeds; each variant against the base per KPI with a paired 95% interval and a verdict',
  flags: COMPARE_FLAGS,
  action: compareCommand,
});

/**
 * `fulfill compare <base.json> <variant.json>... [--reps N] [--seed S] [--horizon D] [--best KPI]
 * [--precision KPI=±x[%]]... [--max-reps N] [--workers N] [--json] [--out DIR]`: every scenario
 * with the same seeds (common random numbers), each variant against the base with paired 95%
 * intervals and a verdict per KPI; with three or more scenarios, which are tied for best.
 */
export async function compareCommand(input: CommandInput<typeof COMPARE_FLAGS>, io: CliIo): Promise<number> {
  const { values, positionals, args } = input;
  if (positionals.length < 2) throw new UsageError('compare: expected a base scenario and at least one variant');
  const settings = experimentSettings(values);
  const precision = precisionFlags(values.precision);
  const maxReplications = integerFlag('max-reps', values['max-reps'], 2, 10_000) ?? 100;
  const bestKpi = kpiFlag('best', values.best ?? 'costPerOrder');
  if (KPI_DEFINITIONS.find((definition) => definition.name === bestKpi)?.direction === 'neither') {
    throw new UsageError(
      `--best: ${bestKpi} has no better direction (a utilization or a count); choose a KPI where higher or lower is better`,
    );
  }
  const scenarios = await loadScenarios(positionals, settings.horizon, io);
  const names = scenarios.map((loaded) => loaded.name);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined) throw new UsageError(`compare: two scenarios are both named "${repeated}" (names come from file names)`);
  const [first] = scenarios;
  if (first === undefined) throw new UsageError('compare: expected at least two scenario files');
  const replications = settings.replications ?? first.scenario.replications;
  const seed = settings.seed ?? first.scenario.seed;
  checkWork(
    scenarios.map((loaded) => ({
      scenario: loaded.scenario,
      replications: precision.length > 0 ? Math.max(maxReplications, replications) : replications,
    })),
    { maxOrders: settings.maxOrders },
  );
  const output = new ResultsOutput(values.out, io);
  output.begin(['compare', ...args], scenarios, seed, replications);
  try {
    const { comparison, runs } = await withRunner({ ...settings, io }, (runner) =>
      compareScenarios(runner, scenarios, {
        replications,
        seed,
        bestKpi,
        precision,
        maxReplications,
        onProgress: progressBar(io, 'compare'),
        ...(io.interruption === undefined ? {} : { signal: io.interruption() }),
      }),
    );
    output.setReplications(comparison.replications);
    for (const result of comparison.scenarios) output.json(`${result.scenario}.json`, result);
    output.json('comparison.json', { ...comparison, scenarios: comparison.scenarios.map((result) => result.scenario) });
    output.file(
      'kpis.csv',
      kpiCsv(comparison.scenarios.map((result, index) => ({ scenario: result.scenario, seed, runs: runs[index] ?? [] }))),
    );
    output.end('complete');
    io.stdout(values.json === true ? `${JSON.stringify(comparison, null, 2)}\n` : comparisonReport(comparison));
    return 0;
  } catch (error) {
    if (!(error instanceof RunInterrupted)) {
      output.fail(error);
      throw error;
    }
    const runs = error instanceof ComparisonInterrupted ? error.runs : [];
    const finished = runs.reduce((sum, own) => sum + own.length, 0);
    output.file('kpis.csv', kpiCsv(scenarios.map((loaded, index) => ({ scenario: loaded.name, seed, runs: runs[index] ?? [] }))));
    output.end('partial');
    const planned = error instanceof ComparisonInterrupted ? error.planned : replications * scenarios.length;
    io.stderr(
      `compare: interrupted; ${finished} of ${planned} replications finished${finished > 0 && values.out !== undefined ? ' (their KPIs are in kpis.csv)' : ''}, too few to compare\n`,
    );
    return INTERRUPTED;
  }
}
