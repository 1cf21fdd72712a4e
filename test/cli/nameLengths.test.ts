import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const folder = mkdtempSync(join(tmpdir(), 'fulfill-names-'));

describe('names longer than a file system takes (255 bytes)', () => {
  it('run --out refuses a scenario whose result files could not be named, before simulating', async () => {
    const scenario = join(folder, `${'a'.repeat(245)}.json`);
    copyFileSync('scenarios/validation/pick-queue.json', scenario);
    const out = join(folder, 'out');
    const run = await cli('run', scenario, '--reps', '1', '--horizon', '4d', '--workers', '1', '--out', out);
    expect(run.stderr).toMatch(
      /^fulfill run: --out: .* is named "a{40}\.\.\." \(245 bytes\), and its results .* need names of at most 255 bytes: rename the scenario file\n$/,
    );
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['run --out', ['run', 'scenarios/validation/pick-queue.json', '--reps', '1', '--out', join(folder, 'd'.repeat(256))], '--out'],
    [
      'run --trace',
      ['run', 'scenarios/validation/pick-queue.json', '--reps', '1', '--trace', join(folder, `${'t'.repeat(240)}.jsonl`)],
      '--trace',
    ],
    ['report --out', ['report', 'scenarios', '--out', join(folder, `${'r'.repeat(250)}.html`)], '--out'],
    [
      'export-history --out',
      ['export-history', 'scenarios/validation/pick-queue.json', '--out', join(folder, `${'e'.repeat(250)}.csv`)],
      '--out',
    ],
  ])('%s with a name too long exits 2 naming the flag, with no stack trace', async (_, args, flag) => {
    const run = await cli(...args);
    expect(run.stderr).toMatch(
      new RegExp(`: ${flag}: .* needs a name of \\d+ bytes.*a file system takes at most 255: give a shorter name\\n$`),
    );
    expect(run.code).toBe(2);
  });
});
