import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';

/**
 * Where a QueueEvents of `queue` should start reading so that it hears every event added after
 * this resolves: the event stream's last id ('0-0' when the stream is empty).
 *
 * BullMQ's own QueueEvents is "ready" once connected, but reads the stream only after a further
 * round trip, from its end at that moment ('$'): an event added in between was never heard, and
 * a wait for its job hung (a CI run: a refused job failed in Redis, no 'failed' event received).
 * Undefined (BullMQ's own start) when Redis refuses the read, say to a user whose ACL lacks
 * XREVRANGE: the runner's job watch then still finds such a job (see queueRunner).
 */
export async function eventStreamStart(queue: Queue, redis: Redis): Promise<string | undefined> {
  try {
    const [last] = await redis.xrevrange(queue.toKey('events'), '+', '-', 'COUNT', 1);
    return last?.[0] ?? '0-0';
  } catch {
    return undefined;
  }
}
