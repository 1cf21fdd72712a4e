import { runSweep, sweepDocument, sweepFinishedBefore, type PreparedPoint, type SweepDocument } from '../../experiment/runSweep.js';
import { sweepGrid, type SweepAxis, type SweepPoint } from '../../experiment/sweepGrid.js';
import { validateLoaded, type LoadedScenario } from '../../io/readScenario.js';
import { kpiCsv } from '../../io/resultsDirectory.js';
import { KPI_NAMES, type KpiName } from '../../kpi/definitions.js';
import { formatHalfWidth, formatKpi } from '../../kpi/formatKpi.js';
import { parseCliValue, setPath } from '../../scenario/setPath.js';
import { INTERRUPTED, UsageError, type CliIo } from '../CliIo.js';
import { EXPERIMENT_FLAGS, experimentSettings, kpiFlag, pointPathProblem, withRunner } from '../experimentFlags.js';
import { textTable } from '../format/textTable.js';
import { defineCommand, type CommandInput, type FlagTable } from '../commandDefinition.js';
import { progressBar } from '../progress.js';
import { checkWork } from '../workLimit.js';
import { ResultsOutput } from '../resultsOutput.js';
import { loadScenarios } from '../../io/loadScenarios.js';
import { pointInputProblem } from '../../io/pointInputProblem.js';

const DEFAULT_KPIS: readonly KpiName[] = ['onTimeRate', 'cycleTimeHours', 'fillRate', 'pickerUtilization', 'costPerOrder'];
const MAX_POINTS = 10_000;

/** `--set path=v1,v2,...` → an axis. */
function axisOf(text: string): SweepAxis {
  const equals = text.indexOf('=');
  if (equals <= 0 || equals === text.length - 1)
    throw new UsageError(`--set: expected path=value1,value2,... (e.g. warehouse.pickers=4,6,8), got "${text}"`);
  const path = text.slice(0, equals);
  const problem = pointPathProblem(path);
  if (problem !== undefined) throw new UsageError(`--set ${path}: ${problem}`);
  return {
    path,
    values: text
      .slice(equals + 1)
      .split(',')
      .map(parseCliValue),
  };
}

/** Every grid point validated up front, so a bad value stops the sweep before anything runs. */
function preparePoints(loaded: LoadedScenario, axes: readonly SweepAxis[]): PreparedPoint[] {
  const points = sweepGrid(axes);
  if (points.length > MAX_POINTS) throw new UsageError(`sweep: the grid has ${points.length} points; at most ${MAX_POINTS}`);
  const width = String(points.length).length;
  return points.map((point) => {
    let raw = loaded.raw;
    for (const { path, value } of point.settings) {
      const next = setPath(raw, path, value);
      if (typeof next === 'string') throw new UsageError(`--set ${path}: ${next}`);
      raw = next;
    }
    const label = point.settings.map(({ path, value }) => `${path}=${JSON.stringify(value)}`).join(' ');
    const scenario = validateLoaded(raw, `${loaded.file} (with --set ${label})`);
    const input = pointInputProblem(loaded, { raw, scenario });
    if (input !== undefined) throw new UsageError(`--set ${label}: ${input.path}: ${input.message}`);
    return { point, name: `${loaded.name}-p${String(point.index + 1).padStart(width, '0')}`, scenario };
  });
}

/** A point's settings as CSV cells, keyed by path. */
const cellOf = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));
const settingColumns = (point: SweepPoint): Record<string, string> =>
  Object.fromEntries(point.settings.map(({ path, value }) => [path, cellOf(value)]));

/** sweep.csv: one row per point, its settings, then mean and 95% interval of every KPI. */
function sweepCsv(document: SweepDocument): string {
  const quote = (text: string): string => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const header = [
    'point',
    ...document.axes.map((axis) => axis.path),
    ...KPI_NAMES.flatMap((kpi) => [kpi, `${kpi}_ci95_low`, `${kpi}_ci95_high`]),
  ];
  const rows = document.points.map((point) => [
    point.name,
    ...document.axes.map((axis) => cellOf(point.settings[axis.path])),
    ...KPI_NAMES.flatMap((kpi) => {
      const summary = point.kpis[kpi];
      return [summary.mean, summary.ci95?.[0] ?? null, summary.ci95?.[1] ?? null].map((value) => (value === null ? '' : String(value)));
    }),
  ]);
  return `${[header, ...rows].map((row) => row.map(quote).join(',')).join('\n')}\n`;
}

function sweepTable(document: SweepDocument, kpis: readonly KpiName[]): string {
  const rows = document.points.map((point) => [
    point.name,
    ...document.axes.map((axis) => cellOf(point.settings[axis.path])),
    ...kpis.map((kpi) => {
      const { mean, ci95 } = point.kpis[kpi];
      const half = formatHalfWidth(kpi, ci95 === null || mean === null ? null : ci95[1] - mean);
      return `${formatKpi(kpi, mean)}${half === '' ? '' : ` ${half}`}`;
    }),
  ]);
  const caption = `${document.points.length} point(s) x ${document.replications} replications (common random numbers across points), seed ${document.seed}; mean ± 95% half-width\n`;
  return caption + textTable(['point', ...document.axes.map((axis) => axis.path), ...kpis], rows);
}

/** The flags of `fulfill sweep`. */
const SWEEP_FLAGS = {
  ...EXPERIMENT_FLAGS,
  set: {
    type: 'string',
    value: 'path=v1,v2,...',
    multiple: true,
    description: 'a scenario setting and the values it takes; repeat for a grid of several settings',
  },
  kpis: {
    type: 'string',
    value: 'a,b,...',
    description: 'the KPI columns of the table (default onTimeRate,cycleTimeHours,fillRate,pickerUtilization,costPerOrder)',
  },
} as const satisfies FlagTable;

/** `fulfill sweep`: the full grid of the settings given. */
export const SWEEP_COMMAND = defineCommand({
  name: 'sweep',
  operands: { '<scenario.json>': 'the scenario the settings are applied to' },
  summary: 'the full grid of the --set settings, as a table, sweep.csv and sweep.json',
  flags: SWEEP_FLAGS,
  action: sweepCommand,
});

/**
 * `fulfill sweep <scenario.json> --set path=v1,v2,... [--set ...] [--kpis a,b] [--reps N] [--seed S]
 * [--horizon D] [--workers N] [--json] [--out DIR]`: the full grid of the settings given.
 */
export async function sweepCommand(input: CommandInput<typeof SWEEP_FLAGS>, io: CliIo): Promise<number> {
  const { values, positionals, args } = input;
  if (positionals.length !== 1) throw new UsageError('sweep: expected exactly one scenario file');
  if (values.set === undefined || values.set.length === 0)
    throw new UsageError('sweep: expected at least one --set path=value1,value2,...');
  const settings = experimentSettings(values);
  const kpis = values.kpis === undefined ? DEFAULT_KPIS : values.kpis.split(',').map((name) => kpiFlag('kpis', name.trim()));
  const [loaded] = (await loadScenarios(positionals, settings.horizon, io)) as [LoadedScenario];
  const axes = values.set.map(axisOf);
  const points = preparePoints(loaded, axes);
  const replications = settings.replications ?? loaded.scenario.replications;
  const seed = settings.seed ?? loaded.scenario.seed;
  checkWork(
    points.map(({ scenario }) => ({ scenario, replications })),
    { maxOrders: settings.maxOrders },
  );
  const output = new ResultsOutput(values.out, io);
  output.begin(['sweep', ...args], [loaded], seed, replications);
  const sweep = withRunner({ ...settings, io }, (runner) =>
    runSweep(runner, points, {
      replications,
      seed,
      onProgress: progressBar(io, `sweep (${points.length} points)`),
      ...(io.interruption === undefined ? {} : { signal: io.interruption() }),
    }),
  );
  // An error (a plugin's, a full disk) leaves the manifest "failed" with its message.
  const { points: finished, complete } = await sweep.catch((error: unknown) => {
    // The points that finished before the error stay on disk, beside the failed manifest.
    const kept = sweepFinishedBefore(error);
    for (const { result } of kept) output.json(`${result.scenario}.json`, result);
    if (kept.length > 0)
      output.file(
        'kpis.csv',
        kpiCsv(kept.map(({ point, result, runs }) => ({ scenario: result.scenario, seed, runs, columns: settingColumns(point) }))),
      );
    output.fail(error);
    throw error;
  });
  const document = sweepDocument({ scenario: loaded.name, seed, replications, axes, finished, complete });
  for (const { result } of finished) output.json(`${result.scenario}.json`, result);
  output.json('sweep.json', document);
  output.file('sweep.csv', sweepCsv(document));
  output.file(
    'kpis.csv',
    kpiCsv(finished.map(({ point, result, runs }) => ({ scenario: result.scenario, seed, runs, columns: settingColumns(point) }))),
  );
  output.end(complete ? 'complete' : 'partial');
  io.stdout(values.json === true ? `${JSON.stringify(document, null, 2)}\n` : sweepTable(document, kpis));
  if (!complete) {
    io.stderr(`sweep: interrupted; ${finished.length} of ${points.length} points finished\n`);
    return INTERRUPTED;
  }
  return 0;
}
