import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

/**
 * The SHA-256 of `fulfill run SCENARIO --reps 2 --horizon 21d --seed 7 --json` for a few bundled
 * scenarios, each run's `eventsProcessed` left out: any change to the model, the random streams
 * or the result format moves them. A change meant to keep results (a speed-up, a refactoring)
 * must leave them as they are; update a hash only with a commit that says why the results
 * changed. The events a run processed are the kernel's work, not a result: a speed-up may do
 * the same with fewer, so they are checked on their own, and the hashes were recorded again
 * without them on 2026-12-02 (the code before and after gives the same hashes).
 */
const STORED: Readonly<Record<string, string>> = {
  // First recorded 2026-11-30 after issue 14 (SKU master, rate cards, freight, cartons, replay options).
  'scenarios/baseline.json': '7bd0b263335e21199e4640f92d59103bd8dfeb28d1e98584a4f917379af387b6',
  'scenarios/replay/sample-master.json': '49704d611bd235a42d46ad62302e405fe73296055a2f6b5b048af1ab9b7b51fe',
  'scenarios/shipping/wholesale.json': 'bd9692dec2dfb4326360d4a31de744d97b02d06eb4ce7855e4a01098a0134560',
  // Optimal routing and savings batching (the cost-only routing program, the pick zone's cache of
  // a waiting order's own tour length): recorded with b4f3fb7, before either.
  'scenarios/what-if-picking.json': '2953d7666fa20f291a42a23897673dd91ad986ec7da02488a76d47f0058b4eeb',
};

describe('result hashes of bundled scenarios', () => {
  for (const [scenario, hash] of Object.entries(STORED)) {
    it(`${scenario}: 2 replications of 21 days, seed 7, give the stored result`, async () => {
      const run = await cli('run', scenario, '--reps', '2', '--horizon', '21d', '--seed', '7', '--json');
      expect(run.code, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout) as { runs: Array<{ eventsProcessed?: number; ordersSimulated: number }> };
      for (const summary of result.runs) {
        expect(summary.eventsProcessed).toBeGreaterThan(summary.ordersSimulated);
        delete summary.eventsProcessed;
      }
      expect(createHash('sha256').update(JSON.stringify(result)).digest('hex')).toBe(hash);
    }, 120_000);
  }
});
