import type * as BullMQ from 'bullmq';
import type * as IORedis from 'ioredis';

/** The classes of the queue client (bullmq, and ioredis under it). */
export interface QueueClient {
  readonly Redis: typeof IORedis.Redis;
  readonly Queue: typeof BullMQ.Queue;
  readonly QueueEvents: typeof BullMQ.QueueEvents;
  readonly Worker: typeof BullMQ.Worker;
  readonly UnrecoverableError: typeof BullMQ.UnrecoverableError;
}

let loading: Promise<QueueClient> | undefined;

/**
 * Loads the queue client on first use. It weighs about 20 MB of memory (bullmq, ioredis,
 * msgpackr, luxon...), which every other command and every replication process would carry
 * for nothing if it were imported with the package. A failure to load it is a broken install,
 * not an unreachable Redis: callers load it before they try to connect, never inside a retry.
 */
export function loadQueueClient(): Promise<QueueClient> {
  loading ??= Promise.all([import('bullmq'), import('ioredis')]).then(([bullmq, ioredis]) => ({
    Redis: ioredis.Redis,
    Queue: bullmq.Queue,
    QueueEvents: bullmq.QueueEvents,
    Worker: bullmq.Worker,
    UnrecoverableError: bullmq.UnrecoverableError,
  }));
  return loading;
}
