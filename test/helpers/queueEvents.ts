import type { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { loadQueueClient } from '../../engine/distributed/queueClient.js';
import { queueConnection } from '../../engine/distributed/queueConnection.js';
import { queueEventsFromNow } from '../../engine/distributed/queueEventsFromNow.js';

/** The events of `queue` at `url` from now on, ready (as the runner listens: no event added after this resolves is missed). */
export async function listeningEvents(queue: Queue, url: string): Promise<QueueEvents> {
  const redis = new Redis({ ...queueConnection(url) });
  try {
    const events = await queueEventsFromNow((await loadQueueClient()).QueueEvents, queue, { ...queueConnection(url) }, redis);
    await events.waitUntilReady();
    return events;
  } finally {
    redis.disconnect();
  }
}
