import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResultDocuments } from '../../engine/io/dashboardServer.js';
import { cli } from '../helpers/cli.js';
import { baselineFile } from '../helpers/scenarioFiles.js';

const scenarioFile = (name: string, content: Record<string, unknown>): string => baselineFile({ warmup: '2d', ...content }, { name });

const QUICK = ['--horizon', '8d', '--reps', '3', '--workers', '1'];
// The baseline with a 2-day warm-up, so that short horizons are valid.
const BASE = scenarioFile('baseline', {});

describe('fulfill compare', () => {
  it('prints paired differences with verdicts, and the best subset with three scenarios', async () => {
    const more = scenarioFile('more-pickers', { warehouse: { pickers: 6 } });
    const fewer = scenarioFile('fewer-pickers', { warehouse: { pickers: 3 } });
    const { code, stdout } = await cli('compare', BASE, more, fewer, ...QUICK, '--best', 'pickWaitHours');
    expect(code).toBe(0);
    expect(stdout).toMatch(/more-pickers against baseline/);
    expect(stdout).toMatch(/\nWait before picking \(h\) .* better/);
    expect(stdout).toMatch(/best on Wait before picking \(h\) \(lower is better\)/);
    expect(stdout).not.toMatch(/pickWaitHours|onTimeRate/);
    expect(stdout).toMatch(/more-pickers/);
  });

  it("shows money in each scenario's currency, and does not compare amounts in two currencies", async () => {
    const euros = scenarioFile('euros', { reporting: { currency: 'EUR' } });
    const dollars = scenarioFile('dollars', { reporting: { currency: 'USD' }, warehouse: { pickers: 6 } });
    const moreEuros = scenarioFile('more-euros', { reporting: { currency: 'EUR' }, warehouse: { pickers: 6 } });
    const { code, stdout } = await cli('compare', euros, dollars, moreEuros, '--horizon', '6d', '--reps', '2', '--workers', '1');
    expect(code).toBe(0);
    const row = (variant: string): string =>
      stdout
        .split(`${variant} against euros`)[1]
        ?.split('\n')
        .find((line) => line.startsWith('Cost per order')) ?? '';
    expect(row('dollars')).toMatch(/^Cost per order\s+€\d+\.\d\d\s+\$\d+\.\d\d\s+not comparable \(EUR against USD\)\s+-$/);
    expect(row('more-euros')).toMatch(/^Cost per order\s+€\d+\.\d\d\s+€\d+\.\d\d\s+[+-]€\d+\.\d\d \[[+-]€\d+\.\d\d, [+-]€\d+\.\d\d\]/);
  });

  it('gives the same JSON with 1 and 2 workers, and says which KPI cannot rank', async () => {
    const more = scenarioFile('more-pickers', { warehouse: { pickers: 6 } });
    const one = await cli('compare', BASE, more, '--horizon', '6d', '--reps', '2', '--workers', '1', '--json');
    const two = await cli('compare', BASE, more, '--horizon', '6d', '--reps', '2', '--workers', '2', '--json');
    expect(two.stdout).toBe(one.stdout);
    const bad = await cli('compare', BASE, more, '--best', 'pickerUtilization');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--best: pickerUtilization has no better direction/);
  });

  it('grows replications to a precision and reports it', async () => {
    const more = scenarioFile('more-pickers', { warehouse: { pickers: 6 } });
    const { code, stdout } = await cli(
      'compare',
      BASE,
      more,
      '--horizon',
      '6d',
      '--reps',
      '2',
      '--workers',
      '1',
      '--precision',
      'pickerUtilization=±0.02',
      '--json',
    );
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as { replications: number; precision: Array<{ met: boolean; halfWidth: number; wanted: number }> };
    expect(document.precision[0]?.met).toBe(true);
    expect(document.precision[0]?.halfWidth).toBeLessThanOrEqual(document.precision[0]?.wanted ?? 0);
    // Two replications leave a wide t interval; a few more meet the 2-point target.
    expect(document.replications).toBeGreaterThan(2);
    expect(document.replications).toBeLessThanOrEqual(8);
    expect((await cli('run', BASE, '--precision', 'onTimeRate=about 5')).stderr).toMatch(/--precision: expected KPI=±x/);
  });
});

describe('fulfill sweep', () => {
  it('runs the full grid and writes a results directory with a manifest, CSVs and per-point results', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fulfill-sweep-'));
    const { code, stdout } = await cli(
      'sweep',
      BASE,
      '--set',
      'warehouse.pickers=3,5',
      '--set',
      'warehouse.routing=s-shape,optimal',
      ...QUICK,
      '--out',
      out,
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/4 point\(s\) x 3 replications/);
    const sweep = JSON.parse(readFileSync(join(out, 'sweep.json'), 'utf8')) as {
      complete: boolean;
      points: Array<{ settings: Record<string, unknown> }>;
    };
    expect(sweep.complete).toBe(true);
    expect(sweep.points.map((point) => point.settings)).toEqual([
      { 'warehouse.pickers': 3, 'warehouse.routing': 's-shape' },
      { 'warehouse.pickers': 3, 'warehouse.routing': 'optimal' },
      { 'warehouse.pickers': 5, 'warehouse.routing': 's-shape' },
      { 'warehouse.pickers': 5, 'warehouse.routing': 'optimal' },
    ]);
    expect(readFileSync(join(out, 'sweep.csv'), 'utf8').split('\n')[0]).toMatch(/^point,warehouse.pickers,warehouse.routing,ordersPlaced,/);
    expect(readFileSync(join(out, 'kpis.csv'), 'utf8').trim().split('\n')).toHaveLength(1 + 4 * 3);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { status: string; command: string[] };
    expect(manifest.status).toBe('complete');
    expect(manifest.command.slice(0, 3)).toEqual(['fulfill', 'sweep', BASE]);
    expect(readResultDocuments(out)).toHaveLength(4);
  });

  it('rejects a bad --set with the JSON path, before running anything', async () => {
    const unknown = await cli('sweep', BASE, '--set', 'warehouse.pickerz=3,4');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/\$\.warehouse.*pickerz/);
    const wrongType = await cli('sweep', BASE, '--set', 'warehouse.pickers=many');
    expect(wrongType.code).toBe(2);
    expect(wrongType.stderr).toMatch(/with --set warehouse.pickers="many"/);
  });

  it('Ctrl-C leaves a directory marked partial that the dashboard can still open', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fulfill-partial-'));
    const child = spawn(
      'node',
      [
        'dist/engine/cli/bin.js',
        'sweep',
        BASE,
        '--set',
        'warehouse.pickers=3,4,5,6,7,8',
        '--horizon',
        '30d',
        '--reps',
        '1',
        '--workers',
        '1',
        '--out',
        out,
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Interrupt a while after the run has started (its manifest says "running").
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (child.exitCode !== null) {
          clearInterval(poll);
          resolve();
        } else if (existsSync(join(out, 'manifest.json'))) {
          clearInterval(poll);
          setTimeout(() => {
            child.kill('SIGINT');
            resolve();
          }, 1500);
        }
      }, 50);
    });
    const code = await closed;
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted; \d of 6 points finished/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { status: string };
    expect(manifest.status).toBe('partial');
    const sweep = JSON.parse(readFileSync(join(out, 'sweep.json'), 'utf8')) as { complete: boolean; points: unknown[] };
    expect(sweep.complete).toBe(false);
    expect(sweep.points.length).toBeLessThan(6);
    expect(readResultDocuments(out)).toHaveLength(sweep.points.length);
  }, 60_000);
});

describe('fulfill warmup', () => {
  it('suggests a warm-up from MSER-5 and shows the Welch curves', async () => {
    const { code, stdout } = await cli('warmup', BASE, '--horizon', '30d', '--reps', '2', '--workers', '1');
    expect(code).toBe(0);
    expect(stdout).toMatch(/suggested warm-up: \d+ days/);
    expect(stdout).toMatch(/backlogOrders/);
    const json = JSON.parse((await cli('warmup', BASE, '--horizon', '30d', '--reps', '2', '--workers', '1', '--json')).stdout) as {
      suggestedWarmupDays: number;
      series: Array<{ series: string; truncateDays: number; welch: number[] }>;
    };
    expect(json.suggestedWarmupDays).toBe(Math.max(...json.series.map((series) => series.truncateDays)));
    expect(json.series[0]?.welch.length).toBe(30 - 7);
  });
});

describe('fulfill optimize', () => {
  it('reports the best point with intervals, and rejects malformed decision variables and objectives', async () => {
    const { code, stdout } = await cli(
      'optimize',
      'scenarios/validation/single-sku.json',
      '--var',
      'inventory.policy.baseStock=50..64:2',
      '--minimize',
      'meanOnHandUnits + 9*meanBackorderUnits',
      '--reps',
      '3',
      '--horizon',
      '100d',
      '--workers',
      '1',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/8 points evaluated \(the whole grid\)/);
    expect(stdout).toMatch(/^(56|58|60|62) /m);
    expect(
      (
        await cli(
          'optimize',
          'scenarios/validation/single-sku.json',
          '--var',
          'inventory.policy.baseStock=10-20',
          '--minimize',
          'costPerOrder',
        )
      ).stderr,
    ).toMatch(/--var: expected path=low..high/);
    expect((await cli('optimize', 'scenarios/validation/single-sku.json', '--var', 'x=1..2', '--minimize', 'cost')).stderr).toMatch(
      /--minimize: unknown KPI "cost"/,
    );
    expect(
      (await cli('optimize', 'scenarios/validation/single-sku.json', '--var', 'warehouse.pickerz=1..2', '--minimize', 'costPerOrder'))
        .stderr,
    ).toMatch(/pickerz/);
    expect(
      (
        await cli(
          'optimize',
          'scenarios/validation/single-sku.json',
          '--var',
          'x=1..2',
          '--minimize',
          'costPerOrder',
          '--maximize',
          'fillRate',
        )
      ).code,
    ).toBe(2);
  });
});
