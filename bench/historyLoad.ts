import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readScenario, runReplication } from '../engine/node.js';
import { writeHistoryFile } from './historyFile.js';

const LINES = 1_000_000;

/** In a fresh process (so peak RSS is this work's alone): reads the replay scenario, and with `run` also simulates it. */
async function measure(scenarioFile: string, run: boolean): Promise<void> {
  const start = performance.now();
  const { scenario } = await readScenario(scenarioFile);
  const loadMs = performance.now() - start;
  const orders = run ? runReplication(scenario, 0).ordersSimulated : 0;
  const totalMs = performance.now() - start;
  console.log(JSON.stringify({ loadMs, totalMs, orders, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}

/**
 * Generates a 1,000,000-line order history in a temporary folder and reports how fast it
 * loads (`validate`'s work) and replays with a 2-day horizon, each in its own process.
 */
export function printHistoryLoading(): void {
  const directory = mkdtempSync(join(tmpdir(), 'fulfill-bench-history-'));
  try {
    const csv = join(directory, 'orders.csv');
    const orders = writeHistoryFile(csv, { lines: LINES });
    const scenarioFile = join(directory, 'replay.json');
    const channels = [
      { name: 'web', orderHistory: csv },
      { name: 'marketplace', ordersPerDay: 0 },
      { name: 'b2b', orderHistory: csv },
    ];
    writeFileSync(scenarioFile, JSON.stringify({ extends: resolve('scenarios/baseline.json'), horizon: '2d', warmup: '1d', channels }));
    console.log(`order-history loading (${LINES.toLocaleString('en-US')} lines, ${orders.toLocaleString('en-US')} orders, 2 channels):`);
    for (const mode of ['validate', 'run'] as const) {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), mode, scenarioFile], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`history bench (${mode}) failed: ${child.stderr}`);
      const figures = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as {
        loadMs: number;
        totalMs: number;
        orders: number;
        peakRssMb: number;
      };
      const rate = Math.round(LINES / (figures.loadMs / 1000)).toLocaleString('en-US');
      const detail =
        mode === 'run'
          ? `, then 2 days replayed (${figures.orders.toLocaleString('en-US')} orders) in ${((figures.totalMs - figures.loadMs) / 1000).toFixed(2)} s`
          : '';
      console.log(
        `  ${mode}: read in ${(figures.loadMs / 1000).toFixed(2)} s, ${rate} rows/s${detail}, peak RSS ${figures.peakRssMb.toFixed(0)} MB`,
      );
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [mode, scenarioFile] = process.argv.slice(2);
  if (scenarioFile === undefined || (mode !== 'validate' && mode !== 'run')) {
    console.error('usage: node dist/bench/historyLoad.js validate|run SCENARIO.json   (npm run bench calls it)');
    process.exit(2);
  }
  await measure(scenarioFile, mode === 'run');
}
