import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedis, type TestRedis } from '../helpers/redis.js';
import { baselineFile, pluginFixture } from '../helpers/scenarioFiles.js';
import { cli } from '../helpers/cli.js';

const scenarioFile = (overrides: Record<string, unknown>): string => baselineFile({ warmup: '1d', horizon: '4d', ...overrides });

const redis: TestRedis | undefined = await testRedis(2);

describe.skipIf(redis === undefined)('queue worker and a plugin that hangs (needs redis-server or FULFILL_TEST_REDIS_URL)', () => {
  const url = redis?.url ?? '';
  let worker: ChildProcess | undefined;
  let log = '';
  beforeAll(async () => {
    const client = new Redis(url);
    await client.flushdb();
    client.disconnect();
    worker = spawn(
      process.execPath,
      ['dist/engine/cli/bin.js', 'worker', '--queue', url, '--concurrency', '1', '--allow-plugins', '--plugin-timeout', '1s'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    await new Promise<void>((done, fail) => {
      worker?.stderr?.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes('taking jobs')) done();
      });
      worker?.once('exit', (code) => fail(new Error(`worker exited (${code}): ${log}`)));
    });
  }, 60_000);
  afterAll(async () => {
    if (worker !== undefined && worker.exitCode === null) worker.kill('SIGKILL');
    await redis?.stop();
  });

  it('worker --plugin-timeout: the job fails once naming module and decision, the worker takes the next job, and SIGTERM stops it', async () => {
    const hung = await cli(
      'run',
      scenarioFile({ warehouse: { routing: { module: pluginFixture('hang-route.ts') } } }),
      '--reps',
      '1',
      '--queue',
      url,
    );
    expect(hung.code).toBe(2);
    expect(hung.stderr).toMatch(/policy module test\/fixtures\/plugins\/hang-route\.ts: route\(\d+ picks\) did not return within 1 s/);
    // The worker logs the failure from its own process: the submitting CLI may hear of it first.
    const logged = /job \S+ failed: policy module .*hang-route\.ts: route\(\d+ picks\) did not return within 1 s/;
    for (let waited = 0; waited < 10_000 && !logged.test(log); waited += 50) await new Promise((done) => setTimeout(done, 50));
    expect(log).toMatch(logged);
    // The same worker process lives on and runs the next job, with a plugin too.
    const next = await cli('run', scenarioFile({ shipping: { selection: 'cheapest' } }), '--reps', '1', '--queue', url, '--json');
    expect(next.code).toBe(0);
    expect(worker?.exitCode).toBe(null);
    const stopped = new Promise<number | null>((done) => worker?.once('exit', (code) => done(code)));
    worker?.kill('SIGTERM');
    expect(await stopped).toBe(0);
  }, 120_000);
});
