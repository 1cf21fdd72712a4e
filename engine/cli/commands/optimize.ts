import {
  optimizeBySimulation,
  smallestBudget,
  type DecisionVariable,
  type EvaluatedPoint,
  type KpiConstraint,
  type Objective,
  type OptimizeResult,
} from '../../experiment/optimizeBySimulation.js';
import { RunInterrupted } from '../../experiment/replicationRunner.js';
import { validateLoaded, type LoadedScenario } from '../../io/readScenario.js';
import type { Scenario } from '../../scenario/schema/scenario.js';
import { setPath } from '../../scenario/setPath.js';
import { pointInputProblem } from '../../io/pointInputProblem.js';
import { INTERRUPTED, UsageError, type CliIo } from '../CliIo.js';
import { EXPERIMENT_FLAGS, experimentSettings, kpiFlag, pointPathProblem, withRunner } from '../experimentFlags.js';
import { textTable } from '../format/textTable.js';
import { defineCommand, type CommandInput, type FlagTable } from '../commandDefinition.js';
import { integerFlag } from '../parseFlags.js';
import { progressBar } from '../progress.js';
import { checkWork } from '../workLimit.js';
import { estimateReplication } from '../../experiment/workEstimate.js';
import { ResultsOutput } from '../resultsOutput.js';
import { loadScenarios } from '../../io/loadScenarios.js';

/** `--var path=low..high[:step]`. */
function variableOf(text: string): DecisionVariable {
  const match = /^([^=]+)=(-?\d+)\.\.(-?\d+)(?::(\d+))?$/.exec(text.trim());
  if (match === null)
    throw new UsageError(
      `--var: expected path=low..high or path=low..high:step with integers (e.g. warehouse.pickers=2..8), got "${text}"`,
    );
  const problem = pointPathProblem(match[1] as string);
  if (problem !== undefined) throw new UsageError(`--var ${match[1]}: ${problem}`);
  const [low, high, step] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 1)];
  // Beyond 2^53 integers lose their last digits, and a range's steps could no longer be counted exactly.
  if (![low, high, step, high - low].every(Number.isSafeInteger))
    throw new UsageError(
      `--var ${match[1]}: expected integers between -${Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}, at most ${Number.MAX_SAFE_INTEGER} apart, got "${text}"`,
    );
  if (high < low || step < 1 || (high - low) % step !== 0)
    throw new UsageError(`--var ${match[1]}: expected low <= high and a step that divides high - low, got "${text}"`);
  return { path: match[1] as string, low, high, step };
}

/** `costPerOrder` or `meanOnHandUnits + 9*meanBackorderUnits - 0.5*fillRate`. */
function objectiveOf(flag: 'minimize' | 'maximize', text: string): Objective {
  const terms = text
    .replaceAll(' ', '')
    .replace(/-/g, '+-')
    .split('+')
    .filter((term) => term !== '')
    .map((term) => {
      const match = /^(-?)(?:(\d+(?:\.\d+)?)\*)?([A-Za-z0-9]+)$/.exec(term);
      if (match === null)
        throw new UsageError(
          `--${flag}: expected KPI or a sum of weight*KPI terms (e.g. meanOnHandUnits+9*meanBackorderUnits), got "${text}"`,
        );
      return { kpi: kpiFlag(flag, match[3] as string), weight: (match[1] === '-' ? -1 : 1) * Number(match[2] ?? 1) };
    });
  if (terms.length === 0) throw new UsageError(`--${flag}: expected a KPI`);
  return { sense: flag, terms };
}

/** `--subject-to onTimeRate>=0.95`. */
function constraintOf(text: string): KpiConstraint {
  const match = /^([A-Za-z0-9]+)(>=|<=)(-?\d+(?:\.\d+)?(?:e-?\d+)?)$/.exec(text.replaceAll(' ', ''));
  if (match === null) throw new UsageError(`--subject-to: expected KPI>=value or KPI<=value (e.g. onTimeRate>=0.95), got "${text}"`);
  return { kpi: kpiFlag('subject-to', match[1] as string), operator: match[2] as '>=' | '<=', bound: Number(match[3]) };
}

function scenarioBuilder(loaded: LoadedScenario, variables: readonly DecisionVariable[]): (values: readonly number[]) => Scenario {
  const cache = new Map<string, Scenario>();
  return (values) => {
    const key = values.join(',');
    const known = cache.get(key);
    if (known !== undefined) return known;
    let raw = loaded.raw;
    variables.forEach((variable, index) => {
      const next = setPath(raw, variable.path, values[index]);
      if (typeof next === 'string') throw new UsageError(`--var ${variable.path}: ${next}`);
      raw = next;
    });
    const label = variables.map((variable, index) => `${variable.path}=${values[index]}`).join(' ');
    const scenario = validateLoaded(raw, `${loaded.file} (with ${label})`);
    const input = pointInputProblem(loaded, { raw, scenario });
    if (input !== undefined) throw new UsageError(`--var ${label}: ${input.path}: ${input.message}`);
    cache.set(key, scenario);
    return scenario;
  };
}

function report(result: OptimizeResult): string {
  const objectiveText = result.objective.terms.map((term) => `${term.weight === 1 ? '' : `${term.weight}*`}${term.kpi}`).join(' + ');
  const describe = (point: EvaluatedPoint): string[] => [
    ...point.values.map(String),
    `${point.objective.mean?.toFixed(4) ?? '-'}${point.objective.ci95 === null ? '' : ` [${point.objective.ci95[0].toFixed(4)}, ${point.objective.ci95[1].toFixed(4)}]`}`,
    ...point.constraints.map(
      (summary) =>
        `${summary.mean?.toFixed(4) ?? '-'}${summary.ci95 === null ? '' : ` [${summary.ci95[0].toFixed(4)}, ${summary.ci95[1].toFixed(4)}]`}`,
    ),
    String(point.replications),
  ];
  const header = [
    ...result.variables.map((variable) => variable.path),
    `${result.objective.sense} ${objectiveText}`,
    ...result.constraints.map((c) => `${c.kpi} ${c.operator} ${c.bound}`),
    'reps',
  ];
  const search = `${result.evaluated.length} points evaluated (${result.exhaustive ? 'the whole grid' : 'coarse grid, then pattern search'}); means with 95% intervals\n`;
  if (result.best === null)
    return `${search}no point met every constraint; the closest:\n${textTable(header, result.evaluated.slice(0, 5).map(describe))}`;
  return (
    search +
    `best point${result.runnersUp.length > 0 ? ', then the runners-up not significantly worse (subset selection, 95%)' : ' (no other finalist is statistically tied with it)'}:\n` +
    textTable(header, [result.best, ...result.runnersUp].map(describe))
  );
}

/** The flags of `fulfill optimize`. */
const OPTIMIZE_FLAGS = {
  ...EXPERIMENT_FLAGS,
  var: {
    type: 'string',
    value: 'path=low..high[:step]',
    multiple: true,
    description: 'an integer decision variable and its range; repeatable',
  },
  minimize: {
    type: 'string',
    value: 'EXPR',
    description: 'the objective: a KPI or a sum of weight*KPI terms (e.g. meanOnHandUnits+9*meanBackorderUnits)',
  },
  maximize: { type: 'string', value: 'EXPR', description: 'the objective to maximize instead (exactly one of --minimize and --maximize)' },
  'subject-to': {
    type: 'string',
    value: 'KPI>=x',
    multiple: true,
    description: 'a constraint on a KPI mean, KPI>=x or KPI<=x; repeatable',
  },
  'final-reps': { type: 'string', value: 'N', description: 'replications of each finalist, 1 to 10,000 (default twice --reps)' },
  budget: { type: 'string', value: 'N', description: 'the most points the search evaluates, 1 to 100,000 (default 60)' },
  finalists: { type: 'string', value: 'N', description: 'the best points re-run with --final-reps, 1 to 100 (default 5)' },
} as const satisfies FlagTable;

/** `fulfill optimize`: simulation-based optimisation over integer decision variables. */
export const OPTIMIZE_COMMAND = defineCommand({
  name: 'optimize',
  operands: { '<scenario.json>': 'the scenario the decision variables are set in' },
  summary: 'simulation-based optimisation over integer decision variables, with KPI constraints',
  flags: OPTIMIZE_FLAGS,
  action: optimizeCommand,
});

/**
 * `fulfill optimize <scenario.json> --var path=low..high[:step]... (--minimize|--maximize) EXPR
 * [--subject-to KPI>=x]... [--reps N] [--final-reps N] [--budget N] [--finalists N] [--seed S]
 * [--horizon D] [--workers N] [--json] [--out DIR]`
 */
export async function optimizeCommand(input: CommandInput<typeof OPTIMIZE_FLAGS>, io: CliIo): Promise<number> {
  const { values, positionals, args } = input;
  if (positionals.length !== 1) throw new UsageError('optimize: expected exactly one scenario file');
  if ((values.minimize === undefined) === (values.maximize === undefined))
    throw new UsageError('optimize: expected exactly one of --minimize EXPR or --maximize EXPR');
  if (values.var === undefined || values.var.length === 0) throw new UsageError('optimize: expected at least one --var path=low..high');
  const objective =
    values.minimize !== undefined ? objectiveOf('minimize', values.minimize) : objectiveOf('maximize', values.maximize as string);
  const constraints = (values['subject-to'] ?? []).map(constraintOf);
  const variables = values.var.map(variableOf);
  const settings = experimentSettings(values);
  const [loaded] = (await loadScenarios(positionals, settings.horizon, io)) as [LoadedScenario];
  const replications = settings.replications ?? loaded.scenario.replications;
  const seed = settings.seed ?? loaded.scenario.seed;
  const scenarioAt = scenarioBuilder(loaded, variables);
  // Validate the corners before running anything, so a bad path or value fails fast.
  const corners = [scenarioAt(variables.map((variable) => variable.low)), scenarioAt(variables.map((variable) => variable.high))];
  const finalReplications = integerFlag('final-reps', values['final-reps'], 1, 10_000) ?? 2 * replications;
  const budget = integerFlag('budget', values.budget, 1, 100_000) ?? 60;
  const fewest = smallestBudget(variables);
  if (budget < fewest)
    throw new UsageError(
      `--budget ${budget}: the search starts from the coarsest grid of the --var ranges (both ends of each), ${fewest} points; give a budget of at least ${fewest}, or fewer variables`,
    );
  const finalists = integerFlag('finalists', values.finalists, 1, 100) ?? 5;
  // Every evaluation is counted at the costlier corner: the search may spend its whole budget there.
  const evaluations = budget * replications + finalists * finalReplications;
  const costlier = corners.reduce((most, scenario) =>
    estimateReplication(scenario, false).orders > estimateReplication(most, false).orders ? scenario : most,
  );
  checkWork([{ scenario: costlier, replications: evaluations }], { maxOrders: settings.maxOrders });
  const output = new ResultsOutput(values.out, io);
  output.begin(['optimize', ...args], [loaded], seed, replications);
  let result: OptimizeResult;
  try {
    result = await withRunner({ ...settings, io }, (runner) =>
      optimizeBySimulation(
        runner,
        { scenarioAt, variables, objective, constraints },
        {
          replications,
          finalReplications,
          seed,
          budget,
          finalists,
          onProgress: progressBar(io, 'optimize'),
          ...(io.interruption === undefined ? {} : { signal: io.interruption() }),
        },
      ),
    );
  } catch (error) {
    if (!(error instanceof RunInterrupted)) {
      output.fail(error);
      throw error;
    }
    output.end('partial');
    io.stderr('optimize: interrupted before the search finished\n');
    return INTERRUPTED;
  }
  output.json('optimize.json', result);
  if (result.interrupted === true) {
    // The points evaluated so far are kept (optimize.json, "interrupted": true), but no best is named.
    output.end('partial');
    const replicationsDone = result.evaluated.reduce((sum, point) => sum + point.replications, 0);
    io.stderr(
      `optimize: interrupted before the search finished; ${result.evaluated.length} point(s) evaluated with ${replicationsDone} replication(s)${values.out === undefined ? ' (give --out to keep them in optimize.json)' : `, kept in ${values.out}/optimize.json`}\n`,
    );
    if (values.json === true) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return INTERRUPTED;
  }
  output.end('complete');
  io.stdout(values.json === true ? `${JSON.stringify(result, null, 2)}\n` : report(result));
  return 0;
}
