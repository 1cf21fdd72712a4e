import type { Redis } from 'ioredis';
import { QueueUnreachable } from './reachRedis.js';
import { redactText, redactUrl } from './redactUrl.js';

/** A watch on a Redis connection: `failed` rejects once the connection has stayed down too long. */
export interface ConnectionWatch {
  /** Rejects with QueueUnreachable when the connection stays down for the deadline; never resolves. */
  readonly failed: Promise<never>;
  /** True once `failed` has rejected. */
  readonly gaveUp: () => boolean;
  stop(): void;
}

/**
 * Watches `redis` (the queue's Redis at `url`): a dropped connection is announced and may come
 * back (ioredis reconnects, BullMQ resumes), but one that stays down for `timeoutMs` ends the
 * wait, so a run never retries for ever.
 */
export function watchConnection(redis: Redis, url: string, timeoutMs: number, notice?: (text: string) => void): ConnectionWatch {
  let stopped = false;
  let gaveUp = false;
  let timer: NodeJS.Timeout | undefined;
  let fail: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  // Nobody may be waiting on it yet: a rejection nobody awaits is not an unhandled one.
  failed.catch(() => undefined);
  const lost = (error?: Error): void => {
    if (stopped || gaveUp || timer !== undefined) return;
    const why = error === undefined ? 'connection closed' : redactText(error.message, url);
    notice?.(`queue: lost Redis at ${redactUrl(url)} (${why}); waiting up to ${timeoutMs / 1000}s for it\n`);
    timer = setTimeout(() => {
      gaveUp = true;
      fail(new QueueUnreachable(`lost Redis at ${redactUrl(url)} for ${timeoutMs / 1000}s (${why}); no partial result is reported`));
    }, timeoutMs);
  };
  redis.on('error', lost);
  redis.on('close', () => lost());
  redis.on('ready', () => {
    if (timer === undefined || gaveUp) return;
    clearTimeout(timer);
    timer = undefined;
    notice?.('queue: Redis is back\n');
  });
  return {
    failed,
    gaveUp: () => gaveUp,
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
