import { randomUUID } from 'node:crypto';
import type { Job, Queue as QueueOfJobs, QueueEvents as QueueEventsOfJobs } from 'bullmq';
import type { ReplicationJob, ReplicationRunner } from '../experiment/replicationRunner.js';
import type { ReplicationResult } from '../experiment/runReplication.js';
import { engineVersion } from '../version.js';
import { PolicyError } from '../policies/plugins/PolicyError.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { PLUGIN_QUEUE_NAME, queueConnection, QUEUE_NAME } from './queueConnection.js';
import { watchConnection } from './connectionWatch.js';
import { loadQueueClient } from './queueClient.js';
import { eventStreamStart } from './eventStreamStart.js';
import { DEFAULT_QUEUE_TIMEOUT_MS, reachRedis } from './reachRedis.js';
import { redactText, redactUrl } from './redactUrl.js';
import { decodeResult } from '../experiment/resultCodec.js';
import type { JobFailure, QueuedJob } from './queuedJob.js';
import { hasPlugins, submittedModule, uploadScenario, type UploadedScenario } from './scenarioPayload.js';

/** A queued replication failed for good (refused by the worker, or an error in the run). */
export class QueueJobError extends Error {
  constructor(
    message: string,
    /** A worker refused the job (engine version, plugins not allowed): the user's set-up, exit 2. */
    readonly refused = false,
  ) {
    super(message);
    this.name = 'QueueJobError';
  }
}

/** The run was interrupted before this job's result came back. */
export class QueueJobCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'QueueJobCancelled';
  }
}

/** Entries kept in each queue's event stream (BullMQ's default is 10,000). */
const EVENTS_KEPT = 2000;

/** How often outstanding jobs are checked for having vanished from Redis (ms). */
const WATCH_INTERVAL_MS = 5000;

function failureError(reason: string, modules: ReadonlyMap<string, string>): Error {
  let failure: JobFailure;
  try {
    failure = JSON.parse(reason) as JobFailure;
  } catch {
    return new QueueJobError(reason);
  }
  // A worker's failure is a JobFailure object; any other text (a plain message, "null") is shown as it is.
  if (typeof failure !== 'object' || failure === null || typeof failure.kind !== 'string') return new QueueJobError(reason);
  if (failure.kind === 'policy') return new PolicyError(submittedModule(failure.module, modules), failure.detail);
  return failure.kind === 'refused'
    ? new QueueJobError(`a worker refused the job: ${failure.message}`, true)
    : new QueueJobError(failure.message);
}

/**
 * Runs replications through the BullMQ queue at `url`: scenarios (and their plugin modules)
 * are uploaded once by content hash, each replication is one job, and results come back in
 * the job's return value. Every job of the run is queued at once (`workers` is the number in
 * flight), so any number of workers on any number of machines can take them. On `signal`
 * the jobs not yet started are removed from the queue. Redis must answer within `timeoutMs`
 * (QueueUnreachable otherwise), and a run that loses it for that long fails the same way.
 */
export async function queueRunner(
  url: string,
  options: { signal?: AbortSignal; notice?: (text: string) => void; timeoutMs?: number } = {},
): Promise<ReplicationRunner> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_QUEUE_TIMEOUT_MS;
  await reachRedis(url, timeoutMs);
  const { Queue, QueueEvents, Redis } = await loadQueueClient();
  const connection = queueConnection(url);
  let warned = false;
  const onError = (error: Error): void => {
    if (warned) return;
    warned = true;
    options.notice?.(`queue: Redis at ${redactUrl(url)}: ${redactText(error.message, url)}\n`);
  };
  const redis = new Redis({ ...connection });
  const watch = watchConnection(redis, url, timeoutMs, options.notice);
  // Results travel in the 'completed' events, so the event stream is kept short (each entry
  // holds a result) and finished jobs are not kept.
  const queues = [QUEUE_NAME, PLUGIN_QUEUE_NAME].map((name) => {
    const queue = new Queue(name, { connection: { ...connection }, streams: { events: { maxLen: EVENTS_KEPT } } });
    queue.on('error', onError);
    // Every job in flight waits on these emitters: thousands of listeners are expected.
    queue.setMaxListeners(0);
    return queue;
  });
  const listening: QueueEventsOfJobs[] = [];
  let channels: Array<{ readonly queue: QueueOfJobs; readonly events: QueueEventsOfJobs }>;
  try {
    // Each channel's events start where its stream ends now, before any job is added (eventStreamStart).
    const starts = await Promise.race([Promise.all(queues.map((queue) => eventStreamStart(queue, redis))), watch.failed]);
    channels = queues.map((queue, index) => {
      const lastEventId = starts[index];
      const events = new QueueEvents(queue.name, { connection: { ...connection }, ...(lastEventId === undefined ? {} : { lastEventId }) });
      listening.push(events);
      events.on('error', onError);
      events.setMaxListeners(0);
      return { queue, events };
    });
    await Promise.race([
      Promise.all(channels.flatMap(({ queue, events }) => [queue.waitUntilReady(), events.waitUntilReady()])),
      watch.failed,
    ]);
  } catch (error) {
    // Open connections would keep the process alive after the error is reported.
    watch.stop();
    for (const part of [...queues, ...listening]) void part.disconnect().catch(() => undefined);
    redis.disconnect();
    throw error;
  }
  const [plain, plugins] = channels as [(typeof channels)[number], (typeof channels)[number]];
  const version = engineVersion();
  const runId = randomUUID();
  const uploads = new Map<Scenario, Promise<UploadedScenario & { readonly plugins: boolean }>>();
  /** A job in flight: its queue, and how to settle its wait (with the encoded result, or the failure as the worker gave it). */
  const pending = new Map<
    string,
    {
      readonly queue: QueueOfJobs;
      readonly complete: (encoded: string) => void;
      readonly fail: (reason: string) => void;
      readonly reject: (error: Error) => void;
    }
  >();
  let next = 0;
  const checked = new Set<typeof plain>();

  const cancelOutstanding = async (): Promise<void> => {
    const outstanding = [...pending];
    pending.clear();
    for (const [, { reject }] of outstanding) reject(new QueueJobCancelled());
    // Jobs a worker already holds finish there; the waiting ones are removed.
    await Promise.all(outstanding.map(([id, { queue }]) => queue.remove(id).catch(() => 0)));
  };
  options.signal?.addEventListener('abort', () => void cancelOutstanding(), { once: true });

  // Redis restarted without its data, or someone removed our jobs: fail clearly rather than wait
  // for ever. A finished job is removed before its 'completed' event reaches us, so a job is
  // given up only when it is still missing, and still unanswered, one check later.
  const missing = new Set<string>();
  // A job found finished whose event has not come one check later is read from the job itself:
  // BullMQ's events can be lost (taskforcesh/bullmq#1270), and a lost one must not hang the run.
  const unheard = new Set<string>();
  let watching = false;
  const watchJobs = setInterval(() => {
    if (watching) return;
    watching = true;
    void (async () => {
      for (const [id, { queue, reject, complete, fail }] of [...pending]) {
        // One at a time: a sweep may have thousands of jobs out.
        const state = await queue.getJobState(id).catch(() => 'error');
        if (state === 'completed' || state === 'failed') {
          if (!unheard.has(id)) {
            unheard.add(id);
            continue;
          }
          unheard.delete(id);
          const finished = await queue.getJob(id).catch(() => undefined);
          if (finished === undefined || !pending.has(id)) continue;
          if (state === 'completed') complete(finished.returnvalue as string);
          else fail(finished.failedReason);
          continue;
        }
        unheard.delete(id);
        if (state !== 'unknown' || !pending.has(id)) {
          missing.delete(id);
        } else if (!missing.has(id)) {
          missing.add(id);
        } else {
          missing.delete(id);
          pending.delete(id);
          reject(
            new QueueJobError(
              `job ${id} is no longer in Redis at ${redactUrl(url)} (was Redis restarted without persistence?); no partial result is reported`,
            ),
          );
        }
      }
      for (const id of missing) if (!pending.has(id)) missing.delete(id);
      for (const id of unheard) if (!pending.has(id)) unheard.delete(id);
    })()
      // A pass that fails (Redis went away meanwhile) is simply tried again at the next interval.
      .catch(() => undefined)
      .finally(() => (watching = false));
  }, WATCH_INTERVAL_MS);

  const send = async (job: ReplicationJob): Promise<ReplicationResult> => {
    let upload = uploads.get(job.scenario);
    if (upload === undefined) {
      const scenario = job.scenario;
      upload = uploadScenario(redis, scenario).then((uploaded) => ({
        ...uploaded,
        plugins: hasPlugins(scenario as unknown as Record<string, unknown>),
      }));
      uploads.set(scenario, upload);
    }
    const { hash, modules, plugins: runsPlugins } = await upload;
    const data: QueuedJob = {
      engineVersion: version,
      scenario: hash,
      replication: job.replication,
      seed: job.seed,
      recordOrders: job.recordOrders,
      timePolicies: job.timePolicies === true,
    };
    const id = `${runId}-${next++}`;
    const target = runsPlugins ? plugins : plain;
    const { queue, events } = target;
    if (!checked.has(target)) {
      checked.add(target);
      const count = await queue.getWorkersCount();
      if (count === 0) {
        options.notice?.(
          `queue: no worker ${runsPlugins ? 'started with --allow-plugins ' : ''}is connected to ${redactUrl(url)} yet; jobs wait until one is (fulfill worker --queue ...${runsPlugins ? ' --allow-plugins' : ''})\n`,
        );
      }
    }
    // A completed job stays until its result is read here, then goes: removed on completion, a
    // job that finished before waitUntilFinished first looked ("Missing key for job", seen with
    // one-day jobs of about 10 ms) lost its result. A day's age removes what a runner that died left.
    const added = (await queue.add('replication', data, {
      jobId: id,
      attempts: 1,
      removeOnComplete: { age: 24 * 3600 },
      removeOnFail: { age: 24 * 3600 },
    })) as Job<QueuedJob, string>;
    const finished = new Promise<string>((resolve, reject) => {
      const fail = (reason: string): void => reject(failureError(reason, modules));
      pending.set(id, { queue, complete: resolve, fail, reject });
      added.waitUntilFinished(events).then(resolve, (error: Error) => fail(error.message));
    });
    try {
      const encoded = await finished;
      // Not awaited: the result is in hand, and a failed removal leaves the job to its age.
      void added.remove().catch(() => undefined);
      return decodeResult(Buffer.from(encoded, 'base64'));
    } finally {
      pending.delete(id);
    }
  };
  // Every step waits on Redis, which may vanish for good: the watch ends the wait.
  const run = (job: ReplicationJob): Promise<ReplicationResult> =>
    options.signal?.aborted === true ? Promise.reject(new QueueJobCancelled()) : Promise.race([send(job), watch.failed]);

  return {
    workers: 1024,
    run,
    async close() {
      clearInterval(watchJobs);
      watch.stop();
      if (watch.gaveUp()) {
        // Redis is gone: closing politely would wait for it for ever.
        // Not awaited: BullMQ's disconnect then waits for an 'end' that a reconnecting client
        // never sends, but it has already stopped the client's retries.
        for (const { queue, events } of channels) for (const part of [queue, events]) void part.disconnect().catch(() => undefined);
        redis.disconnect();
        return;
      }
      if (pending.size > 0) await cancelOutstanding();
      for (const { queue, events } of channels) {
        await events.close();
        await queue.close();
      }
      redis.disconnect();
    },
  };
}
