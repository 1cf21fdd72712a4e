import { describe, expect, it } from 'vitest';
import {
  optimizeBySimulation,
  smallestBudget,
  type DecisionVariable,
  type Objective,
  type OptimizationProblem,
} from '../../engine/experiment/optimizeBySimulation.js';
import { inThisThread } from '../../engine/experiment/replicationRunner.js';
import { readMergedScenario, validateLoaded } from '../../engine/io/readScenario.js';
import { setPath } from '../../engine/scenario/setPath.js';
import { erlangC, poissonPmf } from '../helpers/theory.js';

/** Scenarios of a file with the decision variables set. */
function scenarioAt(file: string, variables: readonly DecisionVariable[], overrides: Record<string, unknown>) {
  const raw = { ...readMergedScenario(file), ...overrides };
  return (values: readonly number[]) =>
    validateLoaded(
      variables.reduce<Record<string, unknown>>(
        (scenario, variable, index) => setPath(scenario, variable.path, values[index]) as Record<string, unknown>,
        raw,
      ),
      file,
    );
}

/** The newsvendor answer: the smallest S with P(lead-time demand <= S) >= b / (b + h). */
function criticalFractileLevel(mean: number, fractile: number): number {
  let cumulative = 0;
  for (let level = 0; ; level++) {
    cumulative += poissonPmf(level, mean);
    if (cumulative >= fractile) return level;
  }
}

const OPTIONS = { replications: 4, finalReplications: 8, seed: 1, budget: 60, finalists: 4 };

describe('optimizeBySimulation', () => {
  // single-sku.json: Poisson demand 10/day, constant 5-day lead time, so lead-time demand is Poisson(50).
  const holding = 1;
  const backorder = 9;
  const newsvendor: Objective = {
    sense: 'minimize',
    terms: [
      { kpi: 'meanOnHandUnits', weight: holding },
      { kpi: 'meanBackorderUnits', weight: backorder },
    ],
  };
  const optimum = criticalFractileLevel(50, backorder / (backorder + holding));
  const newsvendorProblem = (variables: DecisionVariable[]): OptimizationProblem => ({
    scenarioAt: scenarioAt('scenarios/validation/single-sku.json', variables, { horizon: '200d' }),
    variables,
    objective: newsvendor,
    constraints: [],
  });

  it('finds the base-stock level of the newsvendor critical fractile, within one unit (whole grid)', async () => {
    const variables = [{ path: 'inventory.policy.baseStock', low: 40, high: 80, step: 1 }];
    const result = await optimizeBySimulation(inThisThread, newsvendorProblem(variables), OPTIONS);
    expect(optimum).toBe(59);
    expect(result.exhaustive).toBe(true);
    expect(Math.abs((result.best?.values[0] as number) - optimum)).toBeLessThanOrEqual(1);
  });

  it('finds it too by coarse grid and pattern search when the grid exceeds the budget', async () => {
    const variables = [{ path: 'inventory.policy.baseStock', low: 0, high: 400, step: 1 }];
    const result = await optimizeBySimulation(inThisThread, newsvendorProblem(variables), {
      ...OPTIONS,
      budget: 30,
    });
    expect(result.exhaustive).toBe(false);
    expect(result.evaluated.length).toBeLessThanOrEqual(30);
    expect(Math.abs((result.best?.values[0] as number) - optimum)).toBeLessThanOrEqual(1);
    // The evaluation numbers are 1..n, each once; the coarse grid's ends come first.
    const order = result.evaluated.map((point) => point.evaluation).sort((a, b) => a - b);
    expect(order).toEqual(Array.from({ length: result.evaluated.length }, (_, index) => index + 1));
    expect(result.evaluated.find((point) => point.evaluation === 1)?.values).toEqual([0]);
    // The finalists: the best first, then the runners-up as "tied", the rest "worse" or "infeasible".
    expect(result.finalists.length).toBe(OPTIONS.finalists);
    expect(result.finalists[0]).toMatchObject({ standing: 'best', values: result.best?.values });
    expect(result.finalists.filter((point) => point.standing === 'tied').map((point) => point.values)).toEqual(
      result.runnersUp.map((point) => point.values),
    );
    for (const finalist of result.finalists) expect(finalist.replications).toBe(OPTIONS.finalReplications);
  });

  it('keeps to a budget as small as the coarsest grid over a range of 200 million values, and refuses a smaller one', async () => {
    const wide = [{ path: 'inventory.policy.baseStock', low: 0, high: 200_000_000, step: 1 }];
    expect(smallestBudget(wide)).toBe(2);
    expect(smallestBudget([...wide, { path: 'inventory.policy.baseStock', low: 3, high: 3, step: 1 }])).toBe(2);
    expect(smallestBudget([{ path: 'inventory.policy.baseStock', low: 3, high: 5, step: 2 }, ...wide])).toBe(4);
    const problem = {
      ...newsvendorProblem(wide),
      scenarioAt: scenarioAt('scenarios/validation/single-sku.json', wide, { horizon: '5d', warmup: '0d' }),
    };
    const quick = { ...OPTIONS, replications: 1, finalReplications: 1, finalists: 1 };
    const result = await optimizeBySimulation(inThisThread, problem, { ...quick, budget: 2 });
    expect(result.evaluated.map((point) => point.values)).toEqual([[0], [200_000_000]]);
    await expect(optimizeBySimulation(inThisThread, problem, { ...quick, budget: 1 })).rejects.toThrow(/smaller than the coarsest grid/);
  });

  it('finds the fewest pickers keeping the Erlang-C wait under a bound', async () => {
    // pick-queue.json: 50 orders an hour, 3-minute exponential picks (20 an hour per picker).
    const variables = [{ path: 'warehouse.pickers', low: 3, high: 8, step: 1 }];
    const build = scenarioAt('scenarios/validation/pick-queue.json', variables, { horizon: '10d' });
    for (const bound of [0.03, 0.005]) {
      let fewest = 3;
      while (erlangC(50, 20, fewest).meanWait > bound) fewest++;
      const result = await optimizeBySimulation(
        inThisThread,
        {
          scenarioAt: build,
          variables,
          objective: { sense: 'maximize', terms: [{ kpi: 'pickerUtilization', weight: 1 }] },
          constraints: [{ kpi: 'pickWaitHours', operator: '<=', bound }],
        },
        OPTIONS,
      );
      expect(Math.abs((result.best?.values[0] as number) - fewest), `bound ${bound}: analytic ${fewest}`).toBeLessThanOrEqual(1);
      expect(result.best?.values[0]).toBe(fewest);
    }
  });

  it('reports no best point when no point meets the constraints', async () => {
    const variables = [{ path: 'warehouse.pickers', low: 3, high: 4, step: 1 }];
    const build = scenarioAt('scenarios/validation/pick-queue.json', variables, { horizon: '5d' });
    const result = await optimizeBySimulation(
      inThisThread,
      {
        scenarioAt: build,
        variables,
        objective: { sense: 'maximize', terms: [{ kpi: 'pickerUtilization', weight: 1 }] },
        constraints: [{ kpi: 'pickWaitHours', operator: '<=', bound: 0 }],
      },
      {
        ...OPTIONS,
        replications: 2,
      },
    );
    expect(result.best).toBeNull();
    expect(result.evaluated).toHaveLength(2);
    expect(result.finalists).toEqual([]);
  });
});
