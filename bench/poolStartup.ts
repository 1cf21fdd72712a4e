import { readScenario, validateLoaded, workerPool, type ReplicationJob } from '../engine/node.js';

const ROUNDS = 3;

/**
 * The local pool's start-up: from `workerPool(2)` to the results of two tiny jobs (one simulated
 * minute of the baseline, one on each thread; threads start, import the worker module and run a
 * cold first job), then the same two jobs on the started threads. Best of three fresh pools.
 */
export async function printPoolStartup(): Promise<void> {
  const loaded = await readScenario('scenarios/baseline.json');
  const scenario = validateLoaded({ ...loaded.raw, horizon: '1m', warmup: '0s' }, 'bench pool start-up');
  const jobs = (from: number): ReplicationJob[] =>
    [from, from + 1].map((replication) => ({ scenario, replication, seed: 1, recordOrders: false }));
  let cold = Infinity;
  let warm = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    const pool = workerPool(2);
    try {
      await Promise.all(jobs(0).map((job) => pool.run(job)));
      const started = performance.now();
      await Promise.all(jobs(2).map((job) => pool.run(job)));
      cold = Math.min(cold, started - start);
      warm = Math.min(warm, performance.now() - started);
    } finally {
      await pool.close();
    }
  }
  console.log('worker pool start-up (2 threads, one simulated minute of the baseline on each):');
  console.log(
    `  first results ${cold.toFixed(0)} ms after workerPool(2); on started threads ${warm.toFixed(0)} ms (target: first results under 300 ms)`,
  );
}
