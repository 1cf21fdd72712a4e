import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDecisionTrace } from '../../engine/io/decisionTrace.js';
import { workerPool } from '../../engine/parallel/workerPool.js';
import { PolicyError } from '../../engine/policies/plugins/PolicyError.js';
import { pluginFixture } from '../helpers/scenarioFiles.js';
import { scenarioWith } from '../helpers/scenarios.js';

const SHORT = { horizon: '3d', warmup: '1d' };
const folder = (): string => mkdtempSync(join(tmpdir(), 'fulfill-trace-task-'));

describe('a decision trace on a pool thread', () => {
  it('writes the trace this thread writes, byte for byte, all decisions or those of chosen orders', async () => {
    const scenarios = [{ name: 'baseline', scenario: scenarioWith('scenarios/baseline.json', SHORT) }];
    const dir = folder();
    const pool = workerPool(1);
    try {
      for (const orders of [undefined, [3, 40, 41]]) {
        const chosen = orders === undefined ? undefined : new Set(orders);
        const hereLines = writeDecisionTrace(join(dir, 'here.jsonl'), scenarios, 7, chosen);
        const thereLines = await pool.traceDecisions({ file: join(dir, 'there.jsonl'), scenarios, seed: 7, orders });
        expect(thereLines).toBe(hereLines);
        expect(thereLines).toBeGreaterThan(0);
        expect(readFileSync(join(dir, 'there.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'here.jsonl'), 'utf8'));
      }
    } finally {
      await pool.close();
    }
  });

  it("watches the scenarios' plugins: a decision that never returns ends the trace with a PolicyError", async () => {
    const module = pluginFixture('hang-route.ts');
    const scenario = scenarioWith('scenarios/baseline.json', { ...SHORT, warehouse: { routing: { module } } });
    const pool = workerPool(1, { pluginTimeoutMs: 1000 });
    try {
      const file = join(folder(), 'trace.jsonl');
      const error = await pool.traceDecisions({ file, scenarios: [{ name: 'hang', scenario }] }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).message).toMatch(/hang-route\.ts: route\(\d+ picks\) did not return within 1 s/);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
