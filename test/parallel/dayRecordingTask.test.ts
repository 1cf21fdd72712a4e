import { describe, expect, it } from 'vitest';
import { recordDay } from '../../engine/experiment/dayLog/recordDay.js';
import { workerPool } from '../../engine/parallel/workerPool.js';
import { PolicyError } from '../../engine/policies/plugins/PolicyError.js';
import { pluginFixture } from '../helpers/scenarioFiles.js';
import { scenarioWith } from '../helpers/scenarios.js';

const SHORT = { horizon: '4d', warmup: '1d' };

describe('recordDay on a pool thread', () => {
  it('gives the day log recorded in this thread, byte for byte, on a thread that ran a replication first', async () => {
    const scenario = scenarioWith('scenarios/baseline.json', SHORT);
    const here = `${JSON.stringify(recordDay(scenario, 'baseline', 2, scenario.seed))}\n`;
    const pool = workerPool(1);
    try {
      await pool.run({ scenario, replication: 0, seed: scenario.seed, recordOrders: false });
      const there = await pool.recordDay({ scenario, name: 'baseline', day: 2, seed: scenario.seed });
      expect(there).toBe(here);
      expect(JSON.parse(there)).toMatchObject({ format: 'fulfill-day-log', scenario: 'baseline', day: 2 });
    } finally {
      await pool.close();
    }
  });

  it("watches the scenario's plugins: a decision that never returns ends the recording with a PolicyError", async () => {
    const module = pluginFixture('hang-route.ts');
    const scenario = scenarioWith('scenarios/baseline.json', { ...SHORT, warehouse: { routing: { module } } });
    const pool = workerPool(1, { pluginTimeoutMs: 1000 });
    try {
      const error = await pool.recordDay({ scenario, name: 'baseline', day: 2, seed: scenario.seed }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).message).toMatch(/hang-route\.ts: route\(\d+ picks\) did not return within 1 s/);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('an abort (Ctrl-C) ends a recording in flight', async () => {
    const scenario = scenarioWith('scenarios/baseline.json', { horizon: '60d', warmup: '1d' });
    const pool = workerPool(1);
    const controller = new AbortController();
    try {
      // A started thread, so the abort reaches a recording in progress, not one still queued.
      await pool.run({
        scenario: scenarioWith('scenarios/baseline.json', SHORT),
        replication: 0,
        seed: scenario.seed,
        recordOrders: false,
      });
      const recording = pool.recordDay({ scenario, name: 'baseline', day: 58, seed: scenario.seed }, controller.signal);
      setTimeout(() => controller.abort(), 300);
      // Rejected as aborted: a recording that ignored the signal would finish and resolve.
      await expect(recording).rejects.toThrow(/abort/i);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
