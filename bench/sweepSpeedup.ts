import { workerPool } from '../engine/experiment/parallel/workerPool.js';
import { inThisThread, type ReplicationRunner } from '../engine/experiment/replicationRunner.js';
import { runSweep, type PreparedPoint } from '../engine/experiment/runSweep.js';
import { sweepGrid } from '../engine/experiment/sweepGrid.js';
import { readScenario, validateLoaded } from '../engine/io/readScenario.js';
import { setPath } from '../engine/scenario/setPath.js';

/** A 20-point sweep of the baseline (pickers x routing, 21 days, one replication per point). */
function points(): PreparedPoint[] {
  const loaded = readScenario('scenarios/baseline.json');
  const grid = sweepGrid([
    { path: 'warehouse.pickers', values: [3, 4, 5, 6, 7] },
    { path: 'warehouse.routing', values: ['s-shape', 'return', 'largest-gap', 'combined'] },
  ]);
  return grid.map((point) => {
    let raw: Record<string, unknown> = { ...loaded.raw, horizon: '21d', warmup: '7d' };
    for (const { path, value } of point.settings) raw = setPath(raw, path, value) as Record<string, unknown>;
    return { point, name: `p${point.index}`, scenario: validateLoaded(raw, 'bench sweep') };
  });
}

async function timeSweep(runner: ReplicationRunner, prepared: readonly PreparedPoint[]): Promise<{ ms: number; json: string }> {
  const start = performance.now();
  const { points: finished } = await runSweep(runner, prepared, { replications: 1, seed: 1 });
  return { ms: performance.now() - start, json: JSON.stringify(finished.map((point) => point.result.kpis)) };
}

/** Prints the speed-up of a 20-point sweep on 2 worker threads against 1 (same run, same machine). */
export async function printSweepSpeedup(): Promise<void> {
  const prepared = points();
  const pool = workerPool(2);
  try {
    await timeSweep(pool, prepared.slice(0, 2)); // start the threads and warm them up
    const one = await timeSweep(inThisThread, prepared);
    const two = await timeSweep(pool, prepared);
    console.log(`sweep: ${prepared.length} points x 1 replication (baseline, 21 days)`);
    console.log(`  1 worker: ${(one.ms / 1000).toFixed(2)} s; 2 workers: ${(two.ms / 1000).toFixed(2)} s; speed-up ${(one.ms / two.ms).toFixed(2)}x (target: at least 1.8x)`);
    console.log(`  results identical: ${one.json === two.json ? 'yes' : 'NO'}`);
  } finally {
    await pool.close();
  }
}
