import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import {
  queueRunner,
  readScenario,
  type ReplicationJob,
  type ReplicationRunner,
  runJobs,
  validateLoaded,
  workerPool,
} from '../engine/node.js';

const JOBS = 200;
const ROUNDS = 5;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

/** Short jobs (one day of the baseline, about 1,500 orders each), so the queue's own cost shows. */
async function jobs(): Promise<ReplicationJob[]> {
  const loaded = await readScenario('scenarios/baseline.json');
  const scenario = validateLoaded({ ...loaded.raw, horizon: '1d', warmup: '0s' }, 'bench queue');
  return Array.from({ length: JOBS }, (_, replication) => ({ scenario, replication, seed: 1, recordOrders: false }));
}

async function timeJobs(runner: ReplicationRunner, list: readonly ReplicationJob[]): Promise<{ ms: number; json: string }> {
  const start = performance.now();
  const results = await runJobs(runner, list);
  return { ms: performance.now() - start, json: JSON.stringify(results.map((result) => result.kpis)) };
}

function startWorker(url: string): Promise<ChildProcess> {
  const worker = spawn(process.execPath, ['dist/engine/cli/bin.js', 'worker', '--queue', url, '--concurrency', '1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    worker.stderr?.on('data', (chunk: Buffer) => chunk.toString().includes('taking jobs') && resolve(worker));
    worker.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
}

/**
 * Throughput of 200 short replications through the BullMQ queue with two local worker
 * processes (one job each at a time) against the local pool of two worker threads, in the
 * same run: jobs/s, and the queue's added time per job (the extra wall time times the two
 * lanes, divided by the jobs), as the median of interleaved rounds.
 */
export async function printQueueThroughput(): Promise<void> {
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    console.log('queue: skipped (no redis-server on the PATH; apt-get install redis-server)');
    return;
  }
  const port = await freePort();
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const url = `redis://127.0.0.1:${port}`;
  await new Promise((resolve) => setTimeout(resolve, 300));
  const workers = await Promise.all([startWorker(url), startWorker(url)]);
  const list = await jobs();
  const pool = workerPool(2);
  const queue = await queueRunner(url);
  try {
    // One full round each first: the worker processes' threads are fresh and their JIT cold.
    await timeJobs(pool, list);
    await timeJobs(queue, list);
    // Rounds interleave local and queued runs, so both see the same background load; the
    // overhead is taken per round and the median reported (single rounds swing by several ms).
    const rounds: Array<{ local: number; queued: number; overhead: number; same: boolean }> = [];
    for (let round = 0; round < ROUNDS; round++) {
      const local = await timeJobs(pool, list);
      const queued = await timeJobs(queue, list);
      rounds.push({ local: local.ms, queued: queued.ms, overhead: (2 * (queued.ms - local.ms)) / JOBS, same: local.json === queued.json });
    }
    const median = (values: number[]): number => values.sort((p, q) => p - q)[Math.floor(values.length / 2)] as number;
    const local = median(rounds.map((round) => round.local));
    const queued = median(rounds.map((round) => round.queued));
    const overheads = rounds.map((round) => round.overhead).sort((p, q) => p - q);
    console.log(`queue: ${JOBS} one-day baseline replications on 2 lanes, ${ROUNDS} interleaved rounds (medians)`);
    console.log(
      `  local worker threads: ${((JOBS * 1000) / local).toFixed(1)} jobs/s; BullMQ queue, 2 worker processes: ${((JOBS * 1000) / queued).toFixed(1)} jobs/s`,
    );
    console.log(
      `  queue overhead: ${median(overheads).toFixed(1)} ms per job (rounds ${overheads.map((value) => value.toFixed(1)).join(', ')}; target: under 5 ms); results identical: ${rounds.every((round) => round.same) ? 'yes' : 'NO'}`,
    );
  } finally {
    await queue.close();
    await pool.close();
    for (const worker of workers) worker.kill('SIGTERM');
    redis.kill('SIGTERM');
  }
}
