import { meanSimple } from 'simple-statistics';
import { RunInterrupted } from '../../experiment/replicationRunner.js';
import { runScenarioOn } from '../../experiment/runScenario.js';
import { meanAcross, mser, welchMovingAverage } from '../../experiment/warmup.js';
import type { DailySeries } from '../../kpi/collectors/series.js';
import { DAY } from '../../kernel/time.js';
import { resolveRun } from '../../scenario/resolved/runSlice.js';
import { INTERRUPTED, UsageError, type CliIo } from '../CliIo.js';
import { EXPERIMENT_FLAGS, experimentSettings, withRunner } from '../experimentFlags.js';
import { textTable } from '../format/textTable.js';
import { defineCommand, type CommandInput, type FlagTable } from '../commandDefinition.js';
import { integerFlag } from '../parseFlags.js';
import { progressBar } from '../progress.js';
import { checkWork } from '../workLimit.js';
import type { LoadedScenario } from '../../io/readScenario.js';
import { loadScenarios } from '../../io/loadScenarios.js';

/** The shortest horizon MSER-5 can cut: two batches of 5 days. */
const MIN_DAYS = 10;

/** The daily series judged: work in the system and stock levels carry the initial conditions longest. */
const SERIES = ['backlogOrders', 'onHandUnits', 'backorderUnits', 'ordersShipped'] as const satisfies ReadonlyArray<keyof DailySeries>;
const BARS = '▁▂▃▄▅▆▇█';

/** A one-line chart of a series (at most `width` columns, each the mean of its days). */
function sparkline(values: readonly number[], width = 45): string {
  if (values.length === 0) return '';
  const columns = Math.min(width, values.length);
  const means = Array.from({ length: columns }, (_, column) => {
    const from = Math.floor((column * values.length) / columns);
    const to = Math.max(from + 1, Math.floor(((column + 1) * values.length) / columns));
    return meanSimple(values.slice(from, to));
  });
  const low = Math.min(...means);
  const high = Math.max(...means);
  return means.map((value) => BARS[high === low ? 3 : Math.round(((value - low) / (high - low)) * (BARS.length - 1))]).join('');
}

/** The flags of `fulfill warmup` (it writes no results directory: --json > FILE keeps its output). */
const { out: _out, ...WARMUP_EXPERIMENT_FLAGS } = EXPERIMENT_FLAGS;
const WARMUP_FLAGS = {
  ...WARMUP_EXPERIMENT_FLAGS,
  window: { type: 'string', value: 'DAYS', description: "the Welch moving average's window, 1 to 365 days (default 7)" },
} as const satisfies FlagTable;

/** `fulfill warmup`: MSER-5 and Welch's method on the daily series. */
export const WARMUP_COMMAND = defineCommand({
  name: 'warmup',
  operands: { '<scenario.json>': 'the scenario to judge' },
  summary: "MSER-5 and Welch's method on the daily series; suggests a warm-up",
  flags: WARMUP_FLAGS,
  action: warmupCommand,
});

/**
 * `fulfill warmup <scenario.json> [--reps N] [--seed S] [--horizon D] [--window DAYS] [--workers N] [--json]`:
 * runs the scenario, applies MSER-5 to the across-replication mean of each daily series and
 * shows Welch's moving averages, and suggests a warm-up.
 */
export async function warmupCommand(input: CommandInput<typeof WARMUP_FLAGS>, io: CliIo): Promise<number> {
  const { values, positionals } = input;
  if (positionals.length !== 1) throw new UsageError('warmup: expected exactly one scenario file');
  const settings = experimentSettings(values);
  const window = integerFlag('window', values.window, 1, 365) ?? 7;
  const [loaded] = (await loadScenarios(positionals, settings.horizon, io)) as [LoadedScenario];
  const days = Math.floor(resolveRun(loaded.scenario).horizon / DAY);
  if (days < MIN_DAYS)
    throw new UsageError(
      `${loaded.name}'s horizon of ${loaded.scenario.horizon} has ${days} whole days; MSER-5 needs at least ${MIN_DAYS} (two batches of 5 days): give a longer --horizon, e.g. 60d`,
    );
  // Welch's average of day i spans `window` days either side, up to the last day: a window as long as the run leaves no day.
  if (window >= days)
    throw new UsageError(
      `--window ${window}: expected fewer days than the ${days} whole days of the horizon (${loaded.scenario.horizon}), e.g. 7`,
    );
  const replications = settings.replications ?? Math.max(5, loaded.scenario.replications);
  checkWork([{ scenario: loaded.scenario, replications }], { maxOrders: settings.maxOrders });
  let runs: { readonly replications: ReadonlyArray<{ readonly series: DailySeries }> };
  let interrupted = false;
  try {
    runs = await withRunner({ ...settings, io }, (runner) =>
      runScenarioOn(runner, loaded.name, loaded.scenario, {
        replications,
        ...(settings.seed === undefined ? {} : { seed: settings.seed }),
        onProgress: progressBar(io, `warmup ${loaded.name}`),
        signal: io.interruption?.(),
      }),
    );
  } catch (error) {
    if (!(error instanceof RunInterrupted)) throw error;
    // The analysis of the replications that finished is still an answer, from fewer of them.
    const finished = error.completed.filter((run) => run !== undefined);
    io.stderr(
      `warmup: interrupted; ${finished.length} of ${replications} replications finished${finished.length === 0 ? '' : ', analysed below'}\n`,
    );
    if (finished.length === 0) return INTERRUPTED;
    runs = { replications: finished };
    interrupted = true;
  }
  const analyses = SERIES.map((name) => {
    const means = meanAcross(runs.replications.map((run) => run.series[name]));
    const cut = mser(means);
    return {
      series: name,
      truncateDays: cut.truncate,
      reliable: cut.reliable,
      mser: cut.statistic,
      welch: welchMovingAverage(means, window),
    };
  });
  const suggestedDays = Math.max(...analyses.map((analysis) => analysis.truncateDays));
  const run = resolveRun(loaded.scenario);
  const horizonDays = run.horizon / DAY;
  const currentDays = run.warmup / DAY;
  const used = runs.replications.length;
  const document = {
    scenario: loaded.name,
    replications: used,
    ...(interrupted ? { partial: { replications: used, of: replications } } : {}),
    horizonDays,
    currentWarmupDays: currentDays,
    suggestedWarmupDays: suggestedDays,
    welchWindowDays: window,
    series: analyses,
  };
  if (values.json === true) {
    io.stdout(`${JSON.stringify(document, null, 2)}\n`);
    return interrupted ? INTERRUPTED : 0;
  }
  const rows = analyses.map((analysis) => [
    analysis.series,
    `${analysis.truncateDays} d${analysis.reliable ? '' : ' (still drifting)'}`,
    sparkline(analysis.welch),
  ]);
  io.stdout(
    `warm-up for ${loaded.name}: ${used} replications of ${horizonDays} days (warm-up included in the series)\n` +
      textTable(['daily series', 'MSER-5 cut', `Welch moving average (${window}-day window), day 0 to ${horizonDays - window - 1}`], rows) +
      `\nsuggested warm-up: ${suggestedDays} days (the longest MSER-5 cut); the scenario uses ${currentDays} days.\n` +
      (analyses.some((analysis) => !analysis.reliable)
        ? 'a series still drifts at the end of the searched half: run longer (--horizon) before trusting the cut.\n'
        : '') +
      'Read the Welch curves too: the warm-up should end where they flatten.\n',
  );
  return interrupted ? INTERRUPTED : 0;
}
