import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibratedScenario, calibrateHistory, readOrderHistory } from '../engine/node.js';
import { writeHistoryFile } from './historyFile.js';

const LINES = 1_000_000;

/** In a fresh process (so peak RSS is this work's alone): what `fulfill calibrate` does, less reading the base and validating, timed. */
async function measure(history: string, out: string): Promise<void> {
  const start = performance.now();
  const histories = await readOrderHistory({
    file: history,
    display: history,
    channels: [],
    scenarioChannels: [],
    services: [],
    everyChannel: true,
    anyService: true,
  });
  const readMs = performance.now() - start;
  const calibration = calibrateHistory({ source: history, histories });
  const baseChannels = ['web', 'marketplace', 'b2b'].map((name) => ({ name, services: [] }));
  writeFileSync(out, JSON.stringify(calibratedScenario(calibration, { extends: 'baseline.json', description: 'bench', baseChannels })));
  const totalMs = performance.now() - start;
  const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
  console.log(JSON.stringify({ readMs, totalMs, cpuMs: (userCPUTime + systemCPUTime) / 1000, peakRssMb: maxRSS / 1024 }));
}

/**
 * Generates a 1,000,000-line order history (bench/historyFile.ts: 2 channels, 8 weeks) in a
 * temporary folder and reports `fulfill calibrate`'s throughput on it (reading, fitting every
 * channel and writing the scenario through the public API) and its peak RSS, in its own process.
 */
export function printCalibrateThroughput(): void {
  const directory = mkdtempSync(join(tmpdir(), 'fulfill-bench-calibrate-'));
  try {
    const history = join(directory, 'orders.csv');
    const orders = writeHistoryFile(history, { lines: LINES });
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), history, join(directory, 'calibrated.json')], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`calibrate bench failed: ${child.stderr}`);
    const figures = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as {
      readMs: number;
      totalMs: number;
      cpuMs: number;
      peakRssMb: number;
    };
    const rate = Math.round(LINES / (figures.totalMs / 1000)).toLocaleString('en-US');
    console.log(`calibrate (${LINES.toLocaleString('en-US')} lines, ${orders.toLocaleString('en-US')} orders, 2 channels):`);
    // CPU time too: on a shared machine the wall clock also counts waiting for a core.
    console.log(
      `  read, fitted and written in ${(figures.totalMs / 1000).toFixed(2)} s (the fit ${((figures.totalMs - figures.readMs) / 1000).toFixed(2)} s; ${(figures.cpuMs / 1000).toFixed(2)} s CPU in all), ${rate} rows/s, peak RSS ${figures.peakRssMb.toFixed(0)} MB`,
    );
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [history, out] = process.argv.slice(2);
  if (history === undefined || out === undefined) {
    console.error('usage: node dist/bench/calibrateThroughput.js HISTORY.csv OUT.json   (npm run bench calls it)');
    process.exit(2);
  }
  await measure(history, out);
}
