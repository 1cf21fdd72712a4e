import { QueueEvents, type ConnectionOptions, type Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { eventStreamStart } from '../../engine/distributed/eventStreamStart.js';
import { queueConnection } from '../../engine/distributed/queueConnection.js';

/** A QueueEvents of `queue` that hears every event added after this resolves, as the runner starts its own (eventStreamStart). */
export async function eventsFromNow(queue: Queue, connection: ConnectionOptions, redis: Redis): Promise<QueueEvents> {
  const lastEventId = await eventStreamStart(queue, redis);
  return new QueueEvents(queue.name, { connection, ...(lastEventId === undefined ? {} : { lastEventId }) });
}

/** The events of `queue` at `url` from now on, ready (no event added after this resolves is missed). */
export async function listeningEvents(queue: Queue, url: string): Promise<QueueEvents> {
  const redis = new Redis({ ...queueConnection(url) });
  try {
    const events = await eventsFromNow(queue, { ...queueConnection(url) }, redis);
    await events.waitUntilReady();
    return events;
  } finally {
    redis.disconnect();
  }
}
