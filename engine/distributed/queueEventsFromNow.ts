import type { ConnectionOptions, Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import type { QueueClient } from './queueClient.js';

/**
 * A QueueEvents that hears every event added to `queue`'s stream after this resolves.
 *
 * BullMQ's own `waitUntilReady` resolves once the connection is up, before its first read of
 * the event stream, and that read starts from the stream's end at that moment ('$'). An event
 * added in between was never heard, and a wait for its job hung: a CI run showed a refused job
 * failed in Redis and no 'failed' event received. Reading the stream's last id first, before
 * any job is added, and starting there closes the gap; the events of other runs in between are
 * read and ignored.
 */
export async function queueEventsFromNow(
  QueueEventsClass: QueueClient['QueueEvents'],
  queue: Queue,
  connection: ConnectionOptions,
  redis: Redis,
): Promise<QueueEvents> {
  const [last] = await redis.xrevrange(queue.toKey('events'), '+', '-', 'COUNT', 1);
  // An empty stream: every event from its first.
  return new QueueEventsClass(queue.name, { connection, lastEventId: last?.[0] ?? '0-0' });
}
