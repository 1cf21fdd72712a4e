import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

// The README tutorial "Model your own DC" on the files it ships in scenarios/own-dc/.
const folder = 'scenarios/own-dc';
const scratch = mkdtempSync(join(tmpdir(), 'fulfill-own-dc-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the "Model your own DC" tutorial', () => {
  it('ships the files its generator writes (generate.mjs is deterministic and up to date)', () => {
    execFileSync(process.execPath, [`${folder}/generate.mjs`, scratch], { stdio: 'pipe' });
    for (const file of ['skus.csv', 'orders.csv'])
      expect(readFileSync(join(scratch, file)), file).toEqual(readFileSync(`${folder}/${file}`));
  });

  it('validates, back-tests the replay with the actual inside most intervals, and calibrates a scenario that validates', async () => {
    expect((await cli('validate', `${folder}/floor.json`, `${folder}/truth.json`, `${folder}/dc.json`)).code).toBe(0);
    const backtest = await cli('backtest', `${folder}/dc.json`, '--reps', '3', '--json');
    expect(backtest.code).toBe(0);
    const verdicts = (JSON.parse(backtest.stdout) as { verdicts: ReadonlyArray<{ measure: string; shareInside: number }> }).verdicts;
    expect(verdicts.length).toBeGreaterThanOrEqual(4);
    // The twin is the model that made the history: over all measures, most weeks lie inside.
    const inside = verdicts.reduce((sum, verdict) => sum + verdict.shareInside, 0) / verdicts.length;
    expect(inside).toBeGreaterThanOrEqual(0.6);
    const out = join(scratch, 'calibrated.json');
    const calibrate = await cli(
      'calibrate',
      `${folder}/orders.csv`,
      '--catalog',
      `${folder}/skus.csv`,
      '--base',
      `${folder}/floor.json`,
      '--out',
      out,
    );
    expect(calibrate.code, calibrate.stderr).toBe(0);
    expect(calibrate.stdout).toContain('Channel web');
    expect((await cli('validate', out)).code).toBe(0);
  });
});
