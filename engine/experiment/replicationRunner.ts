import type { Scenario } from '../scenario/schema/scenario.js';
import { runReplication, type ReplicationResult } from './runReplication.js';

/** One unit of simulation work: replication `replication` of a scenario with base seed `seed`. */
export interface ReplicationJob {
  readonly scenario: Scenario;
  readonly replication: number;
  readonly seed: number;
  readonly recordOrders: boolean;
  /** Time every policy decision (benchmarks); needs a clock from the runner. */
  readonly timePolicies?: boolean;
  /** The SHA-256 a plugin module file must have to be imported (modules from a queue job), by path. */
  readonly pluginHashes?: ReadonlyMap<string, string>;
}

/** Something that runs replication jobs: this thread, or a pool of worker threads. */
export interface ReplicationRunner {
  /** Jobs run side by side (1: one after another in this thread). */
  readonly workers: number;
  /** Runs one job; `signal` (Ctrl-C) may stop it in flight, and the promise then rejects. */
  run(job: ReplicationJob, signal?: AbortSignal): Promise<ReplicationResult>;
  close(): Promise<void>;
}

/** Runs one job here: a pure function of scenario, seed and replication index (`clock` times decisions when the job asks). */
export function runJob(job: ReplicationJob, clock?: () => number): ReplicationResult {
  const observer = job.timePolicies === true && clock !== undefined ? { clock, timing: {} } : undefined;
  return runReplication(job.scenario, job.replication, {
    seed: job.seed,
    recordOrders: job.recordOrders,
    ...(observer === undefined ? {} : { observer }),
  });
}

// A macrotask between jobs lets signal handlers (Ctrl-C) and I/O run during long runs.
const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs jobs one after another in this thread. */
export const inThisThread: ReplicationRunner = {
  workers: 1,
  run: async (job) => {
    await breathe();
    return runJob(job);
  },
  close: () => Promise.resolve(),
};

/** Thrown when a run is interrupted: the results finished so far travel with it. */
export class RunInterrupted extends Error {
  constructor(readonly completed: ReadonlyArray<ReplicationResult | undefined>) {
    super('interrupted');
  }
}

const finishedWith = new WeakMap<object, ReadonlyArray<ReplicationResult | undefined>>();

/** The results (in job order, undefined where unfinished) that runJobs had when it failed with `error`. */
export function finishedBefore(error: unknown): ReadonlyArray<ReplicationResult | undefined> {
  return (typeof error === 'object' && error !== null ? finishedWith.get(error) : undefined) ?? [];
}

/**
 * Runs every job on the runner, at most `runner.workers` at a time, and returns the results in
 * job order whatever order they finish in (so results never depend on the number of workers).
 * After `signal` fires no new job starts, and the promise rejects with RunInterrupted.
 */
export async function runJobs(
  runner: ReplicationRunner,
  jobs: readonly ReplicationJob[],
  onDone: (done: number, total: number) => void = () => undefined,
  signal?: AbortSignal,
): Promise<ReplicationResult[]> {
  const results = Array.from({ length: jobs.length }, (): ReplicationResult | undefined => undefined);
  let next = 0;
  let done = 0;
  // Read through a function: the loop condition would otherwise narrow `aborted` to false.
  const interrupted = (): boolean => signal?.aborted === true;
  const lane = async (): Promise<void> => {
    while (next < jobs.length && signal?.aborted !== true) {
      const index = next++;
      try {
        results[index] = await runner.run(jobs[index] as ReplicationJob, signal);
      } catch (error) {
        // A runner cancels jobs in flight when interrupted (threads are stopped, a queue removes them): unfinished, not failed.
        if (interrupted()) return;
        throw error;
      }
      onDone(++done, jobs.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(runner.workers, jobs.length)) }, lane));
  } catch (error) {
    // The results finished before the failure stay available to the caller (see finishedBefore).
    if (typeof error === 'object' && error !== null) finishedWith.set(error, [...results]);
    throw error;
  }
  if (signal?.aborted === true && done < jobs.length) throw new RunInterrupted(results);
  return results as ReplicationResult[];
}
