import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

/**
 * The SHA-256 of `fulfill run SCENARIO --reps 2 --horizon 21d --seed 7 --json` for a few bundled
 * scenarios: any change to the model, the random streams or the result format moves them. A
 * change meant to keep results (a speed-up, a refactoring) must leave them as they are; update a
 * hash only with a commit that says why the results changed.
 */
const STORED: Readonly<Record<string, string>> = {
  // Recorded 2026-11-30 after issue 14 (SKU master, rate cards, freight, cartons, replay options).
  'scenarios/baseline.json': '8f82503818d71f2ad6ce2c7dcce94a2c4c9a0ce85aa4887e7a3ea038d2d78001',
  'scenarios/replay/sample-master.json': '7748f297666de85bda0879e02f72c871028a0defb362c2361cfe37f6dd0612d2',
  'scenarios/shipping/wholesale.json': 'ea78989c24fe2d761634f8b4ba6100a56f59d51665481d2da06ec67f937b0129',
  // Optimal routing and savings batching (the cost-only routing program, the pick zone's cache of
  // a waiting order's own tour length): recorded with b4f3fb7, before either.
  'scenarios/what-if-picking.json': '36c5ae3e20cfa185bab8a13a6abce1a41c2ce7590700477f8bd82fc76dbace87',
};

describe('result hashes of bundled scenarios', () => {
  for (const [scenario, hash] of Object.entries(STORED)) {
    it(`${scenario}: 2 replications of 21 days, seed 7, give the stored result`, async () => {
      const run = await cli('run', scenario, '--reps', '2', '--horizon', '21d', '--seed', '7', '--json');
      expect(run.code, run.stderr).toBe(0);
      expect(createHash('sha256').update(run.stdout).digest('hex')).toBe(hash);
    }, 120_000);
  }
});
