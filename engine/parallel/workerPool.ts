import { WORKER_EXEC_ARGV } from './workerExecArgv.js';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ReplicationRunner } from '../experiment/replicationRunner.js';
import { runSupervised, runSupervisedTask, usesPlugins } from './supervisedTask.js';
import { DAY_RECORDING_TASK, type DayRecordingAnswer, type DayRecordingTask } from './dayRecordingTask.js';
import { DECISION_TRACE_TASK, traceFileError, type DecisionTraceAnswer, type DecisionTraceTask } from './decisionTraceTask.js';
import { decodeFromThread } from '../experiment/resultCodec.js';
import { DEFAULT_PLUGIN_TIMEOUT_MS } from './superviseDecisions.js';

/** A compiled worker module of this folder (e.g. "replicationWorker.js"); from TypeScript sources (tests) it is the build's copy in dist/. */
export function parallelWorkerFile(name: string): string {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) return join(dirname(here), name);
  return here.replace(/engine[\\/]parallel[\\/]workerPool\.ts$/, join('dist', 'engine', 'parallel', name));
}

/**
 * The replication worker module: the build's bundle of it (`npm run build:worker`: its 170-odd
 * engine modules in one file, imported by a new thread in about a third of the time), else the
 * compiled module itself: when a build skipped the bundle, or compiled the engine again after
 * it (threads running older code than the main thread could give other results).
 */
export function replicationWorkerFile(): string {
  const compiled = parallelWorkerFile('replicationWorker.js');
  const bundled = parallelWorkerFile(join('bundled', 'replicationWorker.js'));
  // The compiler writes its build record (dist/.tsbuildinfo) whenever it emits any module.
  const buildRecord = join(dirname(compiled), '..', '..', '.tsbuildinfo');
  const modified = (file: string): number => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -Infinity;
  const bundledAt = modified(bundled);
  return bundledAt >= modified(compiled) && bundledAt >= modified(buildRecord) ? bundled : compiled;
}

/**
 * Piscina threads that run replications (the local pool and a queue worker's encoding pool),
 * from the worker bundle unless `bundled` is false.
 * Models allocate many short-lived objects: a larger young generation means fewer scavenges
 * (measured: 2-worker sweeps 1.29-1.58x faster than 1 worker before, 1.59-1.70x after).
 */
export function replicationThreads(threads: number, bundled = true): Piscina {
  return new Piscina({
    filename: bundled ? replicationWorkerFile() : parallelWorkerFile('replicationWorker.js'),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
    execArgv: [...WORKER_EXEC_ARGV],
  });
}

/** The default number of workers: the machine's cores. */
export const defaultWorkers = (): number => availableParallelism();

/** How a pool supervises plugin code. */
export interface PoolOptions {
  /** How long one plugin decision may run (ms); default 10 s. */
  readonly pluginTimeoutMs?: number;
}

/** The local pool: replications, and the re-runs that record a day or trace decisions, on the same threads. */
export interface WorkerPool extends ReplicationRunner {
  /** Records a day (see recordDayTask) on a pool thread, queued behind the replications asked for before it; resolves to the day log's JSON line. */
  recordDay(task: Omit<DayRecordingTask, 'board'>, signal?: AbortSignal): Promise<string>;
  /** Writes a decision trace (see traceDecisionsTask) on a pool thread; resolves to the lines written. */
  traceDecisions(task: Omit<DecisionTraceTask, 'board'>, signal?: AbortSignal): Promise<number>;
}

/**
 * Replications on `workers` worker threads (Piscina), also for one worker, so the main thread
 * stays free to hear Ctrl-C and to stop plugin code that hangs. Each job carries its scenario,
 * so workers share nothing and any worker count gives the same results; each result comes back
 * as the queue's compact bytes (see replicationWorker).
 */
export function workerPool(workers: number, options: PoolOptions = {}): WorkerPool {
  const threads = Math.max(1, workers);
  const pool = replicationThreads(threads);
  const timeoutMs = options.pluginTimeoutMs ?? DEFAULT_PLUGIN_TIMEOUT_MS;
  return {
    workers: threads,
    run: async (job, signal) => {
      return decodeFromThread(await runSupervised(pool, job, timeoutMs, signal));
    },
    recordDay: async (task, signal) => {
      const supervision = { supervised: usesPlugins(task.scenario), timeoutMs, signal, name: DAY_RECORDING_TASK };
      const answer = await runSupervisedTask<DayRecordingAnswer>(pool, task, supervision);
      return answer.log;
    },
    traceDecisions: async (task, signal) => {
      const supervised = task.scenarios.some(({ scenario }) => usesPlugins(scenario));
      const supervision = { supervised, timeoutMs, signal, name: DECISION_TRACE_TASK };
      const answer = await runSupervisedTask<DecisionTraceAnswer>(pool, task, supervision);
      if ('fileFailure' in answer) throw traceFileError(task.file, answer.fileFailure);
      return answer.lines;
    },
    close: () => pool.destroy(),
  };
}
