import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUE_NAME } from '../../engine/distributed/queueConnection.js';
import { hasRedisServer, startRedisServer, unusedPort } from '../helpers/redis.js';
import { timedCli } from '../helpers/cli.js';

const folder = mkdtempSync(join(tmpdir(), 'fulfill-queue-faults-'));
const scenario = join(folder, 'scenario.json');
const variant = join(folder, 'variant.json');
writeFileSync(scenario, JSON.stringify({ extends: resolve('scenarios/baseline.json'), warmup: '1d', horizon: '2d' }));
writeFileSync(variant, JSON.stringify({ extends: scenario, warehouse: { pickers: 5 } }));

/** A TCP server on loopback that accepts connections and never says a word. */
async function silentServer(): Promise<{ readonly port: number; readonly server: Server }> {
  const server = createServer(() => undefined);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return { port: typeof address === 'object' && address !== null ? address.port : 0, server };
}

describe('--queue-timeout: a Redis that cannot be used ends the command with exit 2 instead of waiting for ever', () => {
  let closedPort = 0;
  let silent: { readonly port: number; readonly server: Server };
  beforeAll(async () => {
    closedPort = await unusedPort();
    silent = await silentServer();
  });
  afterAll(() => void silent.server.close());

  it('run --queue: nothing listening (a closed port) gives up after the deadline', async () => {
    const result = await timedCli(
      'run',
      scenario,
      '--reps',
      '1',
      '--queue',
      `redis://:pw-closed@127.0.0.1:${closedPort}`,
      '--queue-timeout',
      '2s',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `fulfill run: queue: nothing accepts connections at redis://\\*\\*\\*@127\\.0\\.0\\.1:${closedPort} \\(connection refused; tried for 2s\\)`,
      ),
    );
    expect(result.stderr).not.toContain('pw-closed');
    expect(result.seconds).toBeGreaterThan(1.5);
    expect(result.seconds).toBeLessThan(8);
  }, 30_000);

  it('run --queue: a host that accepts and never replies gives up at the deadline', async () => {
    const result = await timedCli('run', scenario, '--reps', '1', '--queue', `redis://127.0.0.1:${silent.port}`, '--queue-timeout', '2s');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /no answer from Redis at redis:\/\/127\.0\.0\.1:\d+ within 2s \(the connection opened, but nothing replied\)/,
    );
    expect(result.seconds).toBeLessThan(8);
  }, 30_000);

  it('compare, sweep, warmup, optimize and worker take --queue-timeout too', async () => {
    const url = `redis://127.0.0.1:${closedPort}`;
    const results = await Promise.all([
      timedCli('compare', scenario, variant, '--reps', '2', '--queue', url, '--queue-timeout', '2s'),
      timedCli('sweep', scenario, '--set', 'warehouse.pickers=3,4', '--reps', '1', '--queue', url, '--queue-timeout', '2s'),
      timedCli('warmup', scenario, '--horizon', '10d', '--reps', '2', '--queue', url, '--queue-timeout', '2s'),
      timedCli(
        'optimize',
        scenario,
        '--var',
        'warehouse.pickers=3..4',
        '--minimize',
        'costPerOrder',
        '--reps',
        '1',
        '--queue',
        url,
        '--queue-timeout',
        '2s',
      ),
      timedCli('worker', '--queue', url, '--queue-timeout', '2s', '--concurrency', '1'),
    ]);
    for (const result of results) {
      expect(result.stderr).toMatch(/queue: nothing accepts connections at redis:\/\/127\.0\.0\.1:\d+/);
      expect(result.code).toBe(2);
      expect(result.seconds).toBeLessThan(8);
    }
    expect((await timedCli('run', scenario, '--queue-timeout', '2s')).stderr).toMatch(/--queue-timeout: only applies with --queue/);
    expect((await timedCli('run', scenario, '--queue', url, '--queue-timeout', '0.5s')).stderr).toMatch(
      /--queue-timeout: expected at least 1s/,
    );
  }, 30_000);
});

describe.skipIf(!hasRedisServer())('--queue-timeout against a real Redis (needs redis-server)', () => {
  it('run --queue: a wrong password, no password, and TLS against a plain Redis fail at once with exit 2', async () => {
    const secured = await startRedisServer(['--requirepass', 'right-one'], 'right-one');
    try {
      const wrong = await timedCli(
        'run',
        scenario,
        '--reps',
        '1',
        '--queue',
        `redis://:wrong-one@127.0.0.1:${secured.port}`,
        '--queue-timeout',
        '2s',
      );
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toMatch(/queue: Redis at redis:\/\/\*\*\*@127\.0\.0\.1:\d+ refused the user name or password \(WRONGPASS/);
      expect(wrong.stderr).not.toContain('wrong-one');
      expect(wrong.seconds).toBeLessThan(2);
      const none = await timedCli('run', scenario, '--reps', '1', '--queue', secured.url, '--queue-timeout', '2s');
      expect(none.code).toBe(2);
      expect(none.stderr).toMatch(/needs a password \(NOAUTH/);
      const tls = await timedCli(
        'run',
        scenario,
        '--reps',
        '1',
        '--queue',
        `rediss://:right-one@127.0.0.1:${secured.port}`,
        '--queue-timeout',
        '2s',
      );
      expect(tls.code).toBe(2);
      expect(tls.stderr).toMatch(
        /TLS connection to rediss:\/\/\*\*\*@127\.0\.0\.1:\d+ failed \(the TLS handshake did not finish\); if the server speaks plain Redis, use redis:\/\//,
      );
      expect(tls.seconds).toBeLessThan(8);
    } finally {
      await secured.stop();
    }
  }, 30_000);

  it('run --queue: Redis lost mid-run for longer than the deadline fails the run with exit 2, no partial result', async () => {
    const doomed = await startRedisServer();
    const queue = new Queue(QUEUE_NAME, { connection: { host: '127.0.0.1', port: doomed.port, maxRetriesPerRequest: null } });
    queue.on('error', () => undefined);
    // No worker: the jobs wait in Redis until it dies.
    const run = timedCli('run', scenario, '--reps', '2', '--json', '--queue', doomed.url, '--queue-timeout', '2s');
    for (let attempt = 0; attempt < 500 && (await queue.getWaitingCount()) < 2; attempt++)
      await new Promise((done) => setTimeout(done, 20));
    await queue.close();
    const killedAt = performance.now();
    doomed.kill();
    const result = await run;
    const seconds = (performance.now() - killedAt) / 1000;
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/queue: lost Redis at redis:\/\/127\.0\.0\.1:\d+ for 2s .*no partial result is reported/);
    expect(seconds).toBeLessThan(8);
  }, 30_000);
});
