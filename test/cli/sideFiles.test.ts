import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../engine/cli/main.js';
import { cli } from '../helpers/cli.js';
import { baselineFile, pluginFixture } from '../helpers/scenarioFiles.js';

const SHORT = { horizon: '3d', warmup: '1d' };
const QUICK = ['--reps', '1', '--workers', '1'];
const folder = (): string => mkdtempSync(join(tmpdir(), 'fulfill-side-files-'));

describe('outputs beside the results never replace an input or a result', () => {
  it('start --out the same folder as --dir exits 2 and leaves the scenarios as they were', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'baseline.json'), JSON.stringify({ extends: join(process.cwd(), 'scenarios/baseline.json'), ...SHORT }));
    const before = readFileSync(join(dir, 'baseline.json'), 'utf8');
    const result = await cli('start', '--no-serve', '--dir', dir, '--out', dir, ...QUICK);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--out: writing .*baseline\.json would replace .*baseline\.json, an input of the command/);
    expect(readFileSync(join(dir, 'baseline.json'), 'utf8')).toBe(before);
  });

  it('run --trace onto the scenario, or onto one of the results of --out, exits 2 before the run', async () => {
    const scenario = baselineFile(SHORT);
    const before = readFileSync(scenario, 'utf8');
    const onInput = await cli('run', scenario, ...QUICK, '--trace', scenario);
    expect(onInput.code).toBe(2);
    expect(onInput.stderr).toMatch(/--trace: writing .* would replace .*, an input of the command/);
    expect(readFileSync(scenario, 'utf8')).toBe(before);
    const out = folder();
    for (const name of ['scenario.orders.csv', 'manifest.json', 'scenario.day-1.json']) {
      const result = await cli('run', scenario, ...QUICK, '--out', out, '--record-day', '1', '--trace', join(out, name));
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--trace: writing .* would replace .*, one of the results written to --out/);
    }
    expect(readdirSync(out)).toEqual([]);
  });

  it('run --out with two scenarios of the same file name exits 2 rather than keep one of them', async () => {
    const first = baselineFile(SHORT);
    const second = baselineFile({ ...SHORT, warehouse: { pickers: 9 } });
    const out = join(folder(), 'results');
    const result = await cli('run', first, second, ...QUICK, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--out: .*scenario\.json and .*scenario\.json are both named "scenario"/);
    expect(existsSync(out)).toBe(false);
  });

  it('a trace the machine cannot write is one line and exit 2; one interrupted is not left behind', async () => {
    const scenario = baselineFile(SHORT);
    const full = await cli('run', scenario, ...QUICK, '--trace', '/dev/full');
    expect(full.stderr).toBe('fulfill run: cannot write /dev/full: no space left on the device (ENOSPC)\n');
    expect(full.code).toBe(2);
    expect((await cli('run', scenario, ...QUICK, '--trace', '/proc/version')).stderr).toMatch(
      /--trace: \/proc\/version is not a file to write/,
    );

    // Ctrl-C once the trace is being written (its temporary file appears beside it): neither file stays.
    const longer = baselineFile({ horizon: '20d', warmup: '1d' });
    const dir = folder();
    const trace = join(dir, 'trace.jsonl');
    const controller = new AbortController();
    const watch = setInterval(() => {
      if (readdirSync(dir).some((name) => name.startsWith('trace.jsonl.partial-'))) controller.abort();
    }, 5);
    let stderr = '';
    let stdout = '';
    try {
      const code = await main(['run', longer, ...QUICK, '--out', join(dir, 'out'), '--trace', trace], {
        stdout: (text) => void (stdout += text),
        stderr: (text) => void (stderr += text),
        interactive: false,
        interruption: () => controller.signal,
      });
      expect(code).toBe(130);
    } finally {
      clearInterval(watch);
    }
    expect(stderr).toMatch(
      /run: interrupted while tracing the decisions \(.*trace\.jsonl not written\) after the run; the results are complete/,
    );
    expect(stdout).toContain('Orders placed'); // the results are shown too
    expect(readdirSync(dir).sort()).toEqual(['out']);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8')).status).toBe('complete');
  });
});

describe('inputs that used to pass validate and then crash or kill the run', () => {
  it('all-zero shipping.zoneWeights and a layout of billions of slots exit 2 at their JSON path', async () => {
    const zones = await cli('validate', baselineFile({ shipping: { zoneWeights: [0, 0, 0, 0, 0, 0, 0] } }));
    expect(zones.code).toBe(2);
    expect(zones.stderr).toMatch(/\$\.shipping\.zoneWeights: expected at least one positive zone weight/);
    const layout = { aisles: 2, aisleLength: 10_000, slotPitch: 0.01, levels: 100 };
    const slots = await cli('validate', baselineFile({ warehouse: { layout } }));
    expect(slots.code).toBe(2);
    expect(slots.stderr).toMatch(/\$\.warehouse\.layout: expected at most 2,000,000 slots .* the layout has 400,000,000/);
  });

  it('warmup on a horizon too short for MSER-5 exits 2 saying so', async () => {
    const result = await cli('warmup', baselineFile(SHORT), ...QUICK);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/horizon of 3d has 3 whole days; MSER-5 needs at least 10/);
  });

  it('export-history of a plugin scenario exits 2 at the plugin policy: the main thread never runs plugin code', async () => {
    const scenario = baselineFile({ ...SHORT, inventory: { allocation: { module: pluginFixture('worker-only-fcfs.mjs') } } });
    const out = join(folder(), 'history.csv');
    const result = await cli('export-history', scenario, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /\$\.inventory\.allocation: expected a built-in policy: export-history runs the scenario in its main thread/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('start says which results it kept when a later scenario fails', async () => {
    const dir = folder();
    cpSync(baselineFile({ horizon: '4d', warmup: '1d' }), join(dir, 'baseline.json'));
    const module = pluginFixture('over-allocate.ts');
    const scarce = {
      policy: { type: 'base-stock', baseStock: 0 },
      initialOnHand: 0,
      supplierLeadTime: { dist: 'constant', value: '1d' },
      allocation: { module },
    };
    writeFileSync(join(dir, 'what-if-broken.json'), JSON.stringify({ extends: './baseline.json', inventory: scarce }));
    const out = join(folder(), 'results');
    mkdirSync(out);
    const result = await cli('start', '--no-serve', '--dir', dir, '--out', out, ...QUICK);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/start: what-if-broken failed; the results of baseline are in .*results\//);
    expect(existsSync(join(out, 'baseline.json'))).toBe(true);
  });

  it('a scenario that starts with a byte-order mark (as Windows editors save it) reads like any other', async () => {
    const file = baselineFile(SHORT);
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8')}`);
    const result = await cli('validate', file);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('start into a folder of earlier results', () => {
  it("warns of results from an earlier run whose scenario is gone, which the dashboard would show as this run's", async () => {
    const dir = folder();
    writeFileSync(join(dir, 'baseline.json'), JSON.stringify({ extends: join(process.cwd(), 'scenarios/baseline.json'), ...SHORT }));
    writeFileSync(join(dir, 'what-if-gone.json'), JSON.stringify({ extends: './baseline.json', warehouse: { pickers: 9 } }));
    const out = join(folder(), 'results');
    const first = await cli('start', '--no-serve', '--dir', dir, '--out', out, ...QUICK);
    expect(first.code).toBe(0);
    expect(first.stderr).not.toMatch(/earlier run/);
    rmSync(join(dir, 'what-if-gone.json'));
    const second = await cli('start', '--no-serve', '--dir', dir, '--out', out, ...QUICK);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/warning: .*results\/ also holds results of "what-if-gone" from an earlier run \(no such scenario in /);
  });
});

describe('the live what-if baseline', () => {
  it('dashboard --baseline FILE serves that scenario at /api/baseline, wherever the command runs', async () => {
    const results = folder();
    const scenario = baselineFile({ ...SHORT, warehouse: { pickers: 7 } });
    const controller = new AbortController();
    let url: string | undefined;
    const served = main(['dashboard', results, '--port', '0', '--baseline', scenario], {
      stdout: (text) => void (url ??= /Dashboard: (\S+)/.exec(text)?.[1]),
      stderr: () => undefined,
      interactive: false,
      interruption: () => controller.signal,
    });
    try {
      await vi.waitFor(() => expect(url).toBeDefined(), { timeout: 10_000 });
      const answer = await fetch(new URL('api/baseline', url));
      expect(answer.status).toBe(200);
      expect((await answer.json()).warehouse.pickers).toBe(7);
    } finally {
      controller.abort();
    }
    expect(await served).toBe(0);
  });

  it('dashboard --baseline with a file that is no scenario exits 2 at its JSON path before serving', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'notes.txt'), 'not a scenario');
    const notJson = await cli('dashboard', dir, '--port', '0', '--baseline', join(dir, 'notes.txt'));
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/notes\.txt: \$: invalid JSON/);
    expect(notJson.stdout).toBe('');
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify({ horizon: 5 }));
    const invalid = await cli('dashboard', dir, '--port', '0', '--baseline', join(dir, 'wrong.json'));
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/wrong\.json: \$\.horizon: expected string/);
    // Read as validate reads it: the CSVs it names too.
    const replay = baselineFile({ channels: [{ name: 'web', orderHistory: 'missing.csv' }] }, { folder: dir });
    const unreadable = await cli('dashboard', dir, '--port', '0', '--baseline', replay);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toMatch(/missing\.csv: \$: order history: file not found/);
  });
});
