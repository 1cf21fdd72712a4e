import { describe, expect, it, vi } from 'vitest';

// A broken install: the Redis client cannot be loaded.
vi.mock('ioredis', () => {
  throw new Error('ioredis is broken');
});

describe('loading the queue client', () => {
  it('a client that cannot load fails at once as itself, not as a Redis that does not answer (no retries until the deadline)', async () => {
    const { reachRedis, QueueUnreachable } = await import('../../engine/distributed/reachRedis.js');
    // A minute's deadline: retrying the import until then would run past the test's own timeout.
    const error: unknown = await reachRedis('redis://127.0.0.1:6399', 60_000).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(QueueUnreachable);
    // vitest wraps the factory's error; the cause is the import's own failure.
    expect(String((error as Error).cause)).toMatch(/ioredis is broken/);
  });
});
