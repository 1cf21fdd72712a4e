import type { Job } from 'bullmq';
import { encodingPool } from './encodingPool.js';
import { engineVersion } from '../version.js';
import { PolicyError } from '../policies/plugins/PolicyError.js';
import { PLUGIN_QUEUE_NAME, queueConnection, QUEUE_NAME } from './queueConnection.js';
import { InvalidJob, parseQueuedJob, type JobFailure } from './queuedJob.js';
import { createPluginCache } from './pluginCache.js';
import { loadQueueClient } from './queueClient.js';
import { DEFAULT_QUEUE_TIMEOUT_MS, reachRedis } from './reachRedis.js';
import { downloadScenario, PluginsRefused, type DownloadedScenario } from './scenarioPayload.js';

/** How a queue worker runs. */
export interface QueueWorkerOptions {
  readonly url: string;
  /** Replications run side by side, each on its own thread. */
  readonly concurrency: number;
  /** Run plugin modules that travel with jobs (off: such jobs are refused). */
  readonly allowPlugins: boolean;
  /** A job whose worker stops renewing its lock for this long (ms) is given to another worker. */
  readonly stallTimeoutMs: number;
  /** How long one plugin decision may run (ms) before its job fails; default 10 s. */
  readonly pluginTimeoutMs?: number;
  /** Told about each job that fails. */
  readonly onFailure?: (jobId: string, failure: JobFailure) => void;
  /** Told (once) when Redis is lost after the start; the worker keeps retrying. */
  readonly onConnectionError?: (error: Error) => void;
  /** How long Redis may take to answer at the start (ms); then QueueUnreachable. */
  readonly timeoutMs?: number;
}

/** A running queue worker: `close` finishes the jobs in hand, then disconnects. */
export interface QueueWorker {
  close(): Promise<void>;
  readonly completed: () => number;
}

/**
 * Takes replication jobs from the queue and runs them on a thread pool, so the event loop stays
 * free to renew job locks. Replications are deterministic, so any error is final: the job fails
 * once (UnrecoverableError) instead of being retried. Only a worker that dies or stalls gives
 * its jobs back, to be run again elsewhere.
 */
export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  await reachRedis(options.url, options.timeoutMs ?? DEFAULT_QUEUE_TIMEOUT_MS);
  const { UnrecoverableError, Worker, Redis } = await loadQueueClient();
  /** A job that must not be retried: it would fail the same way again. */
  const fail: (failure: JobFailure) => never = (failure) => {
    throw new UnrecoverableError(JSON.stringify(failure));
  };
  const connection = queueConnection(options.url);
  const blobs = new Redis({ ...connection });
  const pool = encodingPool(options.concurrency, options.pluginTimeoutMs);
  const version = engineVersion();
  // Plugin code from jobs goes only to this worker's own private folder (see pluginCache).
  const cache = options.allowPlugins ? createPluginCache() : undefined;
  const scenarios = new Map<string, Promise<DownloadedScenario>>();
  let completed = 0;
  const scenarioOf = (hash: string): Promise<DownloadedScenario> => {
    let scenario = scenarios.get(hash);
    if (scenario === undefined) {
      scenario = downloadScenario(blobs, hash, cache);
      scenarios.set(hash, scenario);
      scenario.catch(() => scenarios.delete(hash));
    }
    return scenario;
  };
  const processJob = async (job: Job<unknown>): Promise<string> => {
    let data;
    try {
      data = parseQueuedJob(job.data);
    } catch (error) {
      if (error instanceof InvalidJob) fail({ kind: 'refused', message: error.message });
      throw error;
    }
    if (data.engineVersion !== version) {
      fail({ kind: 'refused', message: `the job needs fulfill engine ${data.engineVersion}, this worker runs ${version}` });
    }
    let scenario: DownloadedScenario;
    try {
      scenario = await scenarioOf(data.scenario);
    } catch (error) {
      fail({ kind: error instanceof PluginsRefused ? 'refused' : 'error', message: (error as Error).message });
    }
    try {
      const encoded = await pool.run({
        scenario: scenario.scenario,
        pluginHashes: scenario.pluginHashes,
        replication: data.replication,
        seed: data.seed,
        recordOrders: data.recordOrders,
        timePolicies: data.timePolicies,
      });
      completed++;
      return encoded;
    } catch (error) {
      if (error instanceof PolicyError) fail({ kind: 'policy', module: error.module, detail: error.detail });
      fail({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  // Plugin jobs have their own queue, so a worker that may not run plugins never takes one.
  const queues = options.allowPlugins ? [QUEUE_NAME, PLUGIN_QUEUE_NAME] : [QUEUE_NAME];
  const workers = queues.map(
    (name) =>
      new Worker(name, processJob, {
        connection: { ...connection },
        concurrency: options.concurrency,
        lockDuration: options.stallTimeoutMs,
        stalledInterval: options.stallTimeoutMs,
        maxStalledCount: 5,
      }),
  );
  for (const worker of workers)
    worker.on('failed', (job, error) => {
      if (job === undefined) return;
      let failure: JobFailure;
      try {
        failure = JSON.parse(error.message) as JobFailure;
      } catch {
        failure = { kind: 'error', message: error.message };
      }
      options.onFailure?.(job.id ?? '?', failure);
    });
  let reported = false;
  const connectionError = (error: Error): void => {
    if (!reported) options.onConnectionError?.(error);
    reported = true;
  };
  blobs.on('error', connectionError);
  for (const worker of workers) worker.on('error', connectionError);
  await Promise.all(workers.map((worker) => worker.waitUntilReady()));
  return {
    completed: () => completed,
    async close() {
      await Promise.all(workers.map((worker) => worker.close()));
      await pool.close();
      blobs.disconnect();
      cache?.remove();
    },
  };
}
