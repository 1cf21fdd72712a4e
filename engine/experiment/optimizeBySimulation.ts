import type { KpiName, KpiValues } from '../kpi/definitions.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { summarize, type Summary } from '../stats/summary.js';
import { RunInterrupted, runJobs, type ReplicationRunner } from './replicationRunner.js';
import type { ReplicationResult } from './runReplication.js';
import { replicationJobs } from './runScenario.js';
import { selectBest } from './selectBest.js';

/** An integer decision variable: a scenario path and the values low, low + step, ..., high. */
export interface DecisionVariable {
  readonly path: string;
  readonly low: number;
  readonly high: number;
  readonly step: number;
}

/** The objective: minimise or maximise a weighted sum of KPIs. */
export interface Objective {
  readonly sense: 'minimize' | 'maximize';
  readonly terms: ReadonlyArray<{ readonly kpi: KpiName; readonly weight: number }>;
}

/** A KPI constraint on the mean, e.g. onTimeRate >= 0.95. */
export interface KpiConstraint {
  readonly kpi: KpiName;
  readonly operator: '>=' | '<=';
  readonly bound: number;
}

/** What to optimise: the scenario at each point, the variables, the objective and the constraints. */
export interface OptimizationProblem {
  /** The scenario with the variables set to `values` (in `variables` order). */
  readonly scenarioAt: (values: readonly number[]) => Scenario;
  readonly variables: readonly DecisionVariable[];
  readonly objective: Objective;
  readonly constraints: readonly KpiConstraint[];
}

export interface OptimizeOptions {
  readonly replications: number;
  /** Replications for the finalists (ranking and selection); at least `replications`. */
  readonly finalReplications: number;
  readonly seed: number;
  /** Most points evaluated in the search (the finalists' extra replications not counted). */
  readonly budget: number;
  /** How many of the best feasible points go to the final comparison. */
  readonly finalists: number;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/** One evaluated point: its values, objective and constraint KPIs across replications. */
export interface EvaluatedPoint {
  readonly values: readonly number[];
  readonly objective: Summary;
  readonly constraints: readonly Summary[];
  readonly feasible: boolean;
  readonly replications: number;
  /** When the search first ran this point: 1 for the first point evaluated, then 2, 3, ... */
  readonly evaluation: number;
}

/**
 * A finalist's standing after its final replications: the `best`, `tied` with it (95% subset
 * selection: not significantly worse), significantly `worse`, or `infeasible` (its constraint
 * means no longer hold with the final replications, so it took no part in the selection).
 */
export type FinalistStanding = 'best' | 'tied' | 'worse' | 'infeasible';

/** A point re-run with the final replications, and its standing. */
export interface Finalist extends EvaluatedPoint {
  readonly standing: FinalistStanding;
}

/** What optimizeBySimulation found (`fulfill optimize` writes it as optimize.json). */
export interface OptimizeResult {
  readonly variables: readonly DecisionVariable[];
  readonly objective: Objective;
  readonly constraints: readonly KpiConstraint[];
  /** True when every grid point was evaluated (the search was exhaustive). */
  readonly exhaustive: boolean;
  readonly evaluated: readonly EvaluatedPoint[];
  /** The feasible finalist with the best mean after the final replications (null: none feasible). */
  readonly best: EvaluatedPoint | null;
  /** Other finalists not significantly worse than the best (95% subset selection, common random numbers). */
  readonly runnersUp: readonly EvaluatedPoint[];
  /** Every finalist in the order of its final objective mean (infeasible ones last), with its standing. */
  readonly finalists: readonly Finalist[];
  /** Present when the search was interrupted: `evaluated` then holds the replications that finished, and no best is chosen. */
  readonly interrupted?: true;
}

const objectiveValue = (objective: Objective, kpis: KpiValues): number =>
  objective.terms.reduce((sum, term) => sum + term.weight * kpis[term.kpi], 0);
const satisfied = (constraint: KpiConstraint, mean: number | null): boolean =>
  mean !== null && (constraint.operator === '>=' ? mean >= constraint.bound - 1e-12 : mean <= constraint.bound + 1e-12);

/** How many values `levels` gives, counted without making them (a range may hold millions). */
function levelCount(variable: DecisionVariable, stride = 1): number {
  const steps = Math.floor((variable.high - variable.low) / (variable.step * stride));
  // Thinned, the last value kept may fall short of `high`, which is then added.
  return steps + 1 + (variable.low + steps * variable.step * stride === variable.high ? 0 : 1);
}

/** Points of the grid of every variable's values at `stride`. */
const gridSize = (variables: readonly DecisionVariable[], stride = 1): number =>
  variables.reduce((size, variable) => size * levelCount(variable, stride), 1);

/**
 * The smallest budget a search over `variables` can keep to: the full grid when it is smaller,
 * else the coarsest grid (both ends of every variable that has two), which the search starts from.
 */
export function smallestBudget(variables: readonly DecisionVariable[]): number {
  const coarsest = variables.reduce((size, variable) => size * (variable.high > variable.low ? 2 : 1), 1);
  return Math.min(gridSize(variables), coarsest);
}

/** The values a variable takes, optionally thinned to every `stride`-th (always keeping both ends). */
function levels(variable: DecisionVariable, stride = 1): number[] {
  const values: number[] = [];
  for (let value = variable.low; value <= variable.high; value += variable.step * stride) values.push(value);
  if (values[values.length - 1] !== variable.high) values.push(variable.high);
  return values;
}

function grid(axes: readonly number[][]): number[][] {
  let points: number[][] = [[]];
  for (const axis of axes) points = points.flatMap((point) => axis.map((value) => [...point, value]));
  return points;
}

/**
 * Simulation-based optimisation over integer variables with common random numbers: every point
 * runs the same seeds. The search is the full grid when it fits the budget; otherwise a coarse
 * grid, then a pattern search around the best feasible point, halving the stride to 1. The best
 * feasible points then get more replications, and subset selection tells which are not
 * significantly worse than the best. This is what `fulfill optimize` runs; the exact solvers the
 * policies use are in engine/solvers/.
 */
export async function optimizeBySimulation(
  runner: ReplicationRunner,
  problem: OptimizationProblem,
  options: OptimizeOptions,
): Promise<OptimizeResult> {
  const { scenarioAt, variables, objective, constraints } = problem;
  const sign = objective.sense === 'minimize' ? 1 : -1;
  const runs = new Map<string, ReplicationResult[]>();
  /** When each point was first run (1, 2, ...), for the objective-by-evaluation chart. */
  const evaluationOrder = new Map<string, number>();
  const key = (values: readonly number[]): string => values.join(',');
  let done = 0;
  let planned = 0;

  /** Runs replications up to `count` for every point not yet there, all in one queue. */
  const ensure = async (points: readonly number[][], count: number): Promise<void> => {
    const pending = points.filter(
      (values, index) => points.findIndex((other) => key(other) === key(values)) === index && (runs.get(key(values))?.length ?? 0) < count,
    );
    const jobs = pending.flatMap((values) =>
      replicationJobs(scenarioAt(values), { seed: options.seed }, runs.get(key(values))?.length ?? 0, count),
    );
    planned += jobs.length;
    let results: ReadonlyArray<ReplicationResult | undefined>;
    let interrupted: RunInterrupted | undefined;
    try {
      results = await runJobs(runner, jobs, () => options.onProgress?.(++done, planned), options.signal);
    } catch (error) {
      if (!(error instanceof RunInterrupted)) throw error;
      ({ completed: results } = error);
      interrupted = error;
    }
    let offset = 0;
    for (const values of pending) {
      const have = runs.get(key(values)) ?? [];
      const added = count - have.length;
      const slice = results.slice(offset, offset + added);
      // Only an unbroken run of replications from the first keeps common random numbers across points.
      const kept = slice.findIndex((run) => run === undefined);
      const finished = (kept < 0 ? slice : slice.slice(0, kept)) as ReplicationResult[];
      if (have.length + finished.length > 0) {
        runs.set(key(values), [...have, ...finished]);
        if (!evaluationOrder.has(key(values))) evaluationOrder.set(key(values), evaluationOrder.size + 1);
      }
      offset += added;
    }
    if (interrupted !== undefined) throw interrupted;
  };
  const evaluate = (values: readonly number[]): EvaluatedPoint => {
    const pointRuns = runs.get(key(values)) ?? [];
    const constraintSummaries = constraints.map((constraint) => summarize(pointRuns.map((run) => run.kpis[constraint.kpi])));
    return {
      values,
      objective: summarize(pointRuns.map((run) => objectiveValue(objective, run.kpis))),
      constraints: constraintSummaries,
      feasible: constraints.every((constraint, index) => satisfied(constraint, constraintSummaries[index]?.mean ?? null)),
      replications: pointRuns.length,
      evaluation: evaluationOrder.get(key(values)) ?? 0,
    };
  };
  /** Lower is better: the signed objective mean, infeasible points after every feasible one. */
  const score = (point: EvaluatedPoint): number => (point.feasible ? 0 : 1e300) + sign * (point.objective.mean ?? Infinity);

  const fullSize = gridSize(variables);
  const exhaustive = fullSize <= options.budget;
  if (options.budget < smallestBudget(variables))
    throw new RangeError(
      `optimizeBySimulation: a budget of ${options.budget} is smaller than the coarsest grid the search starts from (${smallestBudget(variables)} points)`,
    );
  try {
    return await search();
  } catch (error) {
    if (!(error instanceof RunInterrupted)) throw error;
    const evaluated = [...runs.keys()].map((text) => evaluate(text.split(',').map(Number))).sort((p, q) => score(p) - score(q));
    return { variables, objective, constraints, exhaustive, evaluated, best: null, runnersUp: [], finalists: [], interrupted: true };
  }

  /** The grid or pattern search, then the finalists' extra replications and subset selection. */
  async function search(): Promise<OptimizeResult> {
    let stride = 1;
    if (!exhaustive) {
      // Coarser until the grid takes at most half the budget, or is the coarsest there is (every
      // variable at its two ends: doubling the stride further changes nothing).
      const coarsest = smallestBudget(variables);
      while (gridSize(variables, stride) > Math.max(options.budget / 2, coarsest)) stride *= 2;
    }
    await ensure(grid(variables.map((variable) => levels(variable, stride))), options.replications);
    // Pattern search: move to a better neighbour while one exists, then halve the stride.
    let centre = [...runs.keys()]
      .map((text) => evaluate(text.split(',').map(Number)))
      .sort((p, q) => score(p) - score(q))[0] as EvaluatedPoint;
    while (!exhaustive && runs.size < options.budget) {
      const neighbours = variables.flatMap((variable, index) =>
        [-1, 1]
          .map((direction) => centre.values.map((value, at) => (at === index ? value + direction * stride * variable.step : value)))
          .filter((values) => {
            const value = values[index] as number;
            return value >= variable.low && value <= variable.high;
          }),
      );
      await ensure(neighbours.slice(0, Math.max(0, options.budget - runs.size)), options.replications);
      const better = neighbours
        .filter((values) => runs.has(key(values)))
        .map(evaluate)
        .sort((p, q) => score(p) - score(q))[0];
      if (better !== undefined && score(better) < score(centre)) centre = better;
      else if (stride > 1) stride = Math.max(1, Math.floor(stride / 2));
      else break;
    }
    const ranked = [...runs.keys()].map((text) => evaluate(text.split(',').map(Number))).sort((p, q) => score(p) - score(q));
    const finalists = ranked.filter((point) => point.feasible).slice(0, options.finalists);
    await ensure(
      finalists.map((point) => [...point.values]),
      Math.max(options.replications, options.finalReplications),
    );
    const rerun = finalists.map((point) => evaluate(point.values)).sort((p, q) => score(p) - score(q));
    const final = rerun.filter((point) => point.feasible);
    const evaluated = [...runs.keys()].map((text) => evaluate(text.split(',').map(Number))).sort((p, q) => score(p) - score(q));
    const infeasible = rerun.filter((point) => !point.feasible).map((point): Finalist => ({ ...point, standing: 'infeasible' }));
    if (final.length === 0)
      return { variables, objective, constraints, exhaustive, evaluated, best: null, runnersUp: [], finalists: infeasible };
    const selections = selectBest(
      final.map((point) => key(point.values)),
      final.map((point) => point.objective.values),
      objective.sense === 'minimize' ? 'lower' : 'higher',
    );
    const ordered = final.slice().sort((p, q) => score(p) - score(q));
    const best = ordered[0] as EvaluatedPoint;
    const tied = (point: EvaluatedPoint): boolean =>
      selections.find((selection) => selection.name === key(point.values))?.possiblyBest === true;
    const runnersUp = ordered.slice(1).filter(tied);
    const standings = ordered.map((point, index): Finalist => ({
      ...point,
      standing: index === 0 ? 'best' : tied(point) ? 'tied' : 'worse',
    }));
    return { variables, objective, constraints, exhaustive, evaluated, best, runnersUp, finalists: [...standings, ...infeasible] };
  }
}
