import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../engine/experiment/compareScenarios.js';
import { workerPool } from '../../engine/parallel/workerPool.js';
import { runToPrecision } from '../../engine/experiment/precision.js';
import { inThisThread, runJobs, RunInterrupted } from '../../engine/experiment/replicationRunner.js';
import { replicationJobs, runScenarioOn } from '../../engine/experiment/runScenario.js';
import { summarize } from '../../engine/stats/summary.js';
import { scenarioWith } from '../helpers/scenarios.js';

const SHORT = { horizon: '10d', warmup: '2d' };

describe('parallel replications', () => {
  it('runScenarioOn: results are byte-identical with 1 and 2 workers', async () => {
    const scenario = scenarioWith('scenarios/baseline.json', SHORT);
    const one = await runScenarioOn(inThisThread, 'baseline', scenario, { replications: 3 });
    const pool = workerPool(2);
    try {
      const two = await runScenarioOn(pool, 'baseline', scenario, { replications: 3 });
      expect(JSON.stringify(two.result)).toBe(JSON.stringify(one.result));
    } finally {
      await pool.close();
    }
  });

  it('a result whose per-order columns move to the main thread arrives whole', async () => {
    const scenario = scenarioWith('scenarios/baseline.json', { horizon: '30d', warmup: '2d' });
    const [here] = await runJobs(inThisThread, replicationJobs(scenario, { recordOrders: 'all' }, 0, 1));
    const pool = workerPool(1);
    try {
      const [moved] = await runJobs(pool, replicationJobs(scenario, { recordOrders: 'all' }, 0, 1));
      expect(moved?.orders?.count).toBe(here?.orders?.count);
      // The same result, typed arrays and all (JSON writes each typed array's every element).
      expect(JSON.stringify(moved)).toBe(JSON.stringify(here));
    } finally {
      await pool.close();
    }
  });

  it('runJobs: an abort stops new jobs and hands back the finished ones', async () => {
    const scenario = scenarioWith('scenarios/validation/pick-queue.json', { horizon: '3d', warmup: '1d' });
    const controller = new AbortController();
    const jobs = replicationJobs(scenario, {}, 0, 4);
    const attempt = runJobs(inThisThread, jobs, (done) => done === 2 && controller.abort(), controller.signal);
    const error = await attempt.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RunInterrupted);
    expect((error as RunInterrupted).completed.filter((result) => result !== undefined)).toHaveLength(2);
  });
});

describe('compareScenarios', () => {
  it('paired intervals are narrower than unpaired ones when the variant shares the demand (common random numbers)', async () => {
    const base = scenarioWith('scenarios/baseline.json', SHORT);
    const variant = scenarioWith('scenarios/baseline.json', { ...SHORT, warehouse: { pickers: 5 } });
    const { comparison } = await compareScenarios(
      inThisThread,
      [
        { name: 'base', scenario: base },
        { name: 'more-pickers', scenario: variant },
      ],
      { replications: 5, bestKpi: 'costPerOrder' },
    );
    const width = (interval: readonly [number, number] | null): number => (interval === null ? NaN : interval[1] - interval[0]);
    const kpis = comparison.variants[0]?.kpis ?? [];
    for (const name of ['ordersPlaced', 'cycleTimeHours', 'shippingCostPerOrder', 'travelMetersPerLine'] as const) {
      const row = kpis.find((entry) => entry.kpi === name);
      expect(width(row?.ci95 ?? null), name).toBeLessThan(width(row?.unpairedCi95 ?? null));
    }
    expect(kpis.find((entry) => entry.kpi === 'pickerUtilization')?.verdict).toBe('changed');
    expect(comparison.best).toBeNull();
  });
});

describe('runToPrecision', () => {
  it('adds replications until the half-width meets the target, and stops at the cap when it cannot', async () => {
    // A known sequence: replication r gives value[r]; the target half-width is met at some n.
    const values = Array.from({ length: 200 }, (_, r) => Math.sin(r * 12.9898) * 10);
    let ran = 0;
    const extend = (_from: number, to: number): Promise<void> => {
      ran = Math.max(ran, to);
      return Promise.resolve();
    };
    const target = { kpi: 'cycleTimeHours' as const, halfWidth: 1.5, relative: false };
    const checks = () => [{ label: 'x', target, summary: summarize(values.slice(0, ran)) }];
    const { replications, statuses } = await runToPrecision(5, 200, extend, checks);
    expect(statuses[0]?.met).toBe(true);
    expect(statuses[0]?.halfWidth).toBeLessThanOrEqual(1.5);
    expect(replications).toBe(ran);
    // The cap wins when the target is out of reach.
    ran = 0;
    const tight = { ...target, halfWidth: 0.001 };
    const capped = await runToPrecision(5, 30, extend, () => [{ label: 'x', target: tight, summary: summarize(values.slice(0, ran)) }]);
    expect(capped.replications).toBe(30);
    expect(capped.statuses[0]?.met).toBe(false);
  });
});
