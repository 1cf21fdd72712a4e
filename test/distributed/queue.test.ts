import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { putBlob } from '../../engine/distributed/blobStore.js';
import { PLUGIN_QUEUE_NAME, queueConnection, QUEUE_NAME } from '../../engine/distributed/queueConnection.js';
import { createPluginCache } from '../../engine/distributed/pluginCache.js';
import { downloadScenario, PluginsRefused, uploadScenario } from '../../engine/distributed/scenarioPayload.js';
import { readScenario } from '../../engine/io/readScenario.js';
import { testRedis, type TestRedis } from '../helpers/redis.js';
import { baselineFile, pluginFixture } from '../helpers/scenarioFiles.js';
import { cli, cliWith } from '../helpers/cli.js';
import { eventsFromNow, listeningEvents } from '../helpers/queueEvents.js';

/** Polls until `check` holds (or about 20 s pass). */
async function until(check: () => Promise<boolean>): Promise<boolean> {
  for (let attempt = 0; attempt < 1000; attempt++) {
    if (await check()) return true;
    await new Promise((done) => setTimeout(done, 20));
  }
  return false;
}

/** A fulfill worker process on the test queue (built CLI), with a short stall timeout. */
function startWorker(url: string, extra: string[] = []): ChildProcess {
  return spawn(
    process.execPath,
    ['dist/engine/cli/bin.js', 'worker', '--queue', url, '--concurrency', '1', '--stall-timeout', '2s', ...extra],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
}

/** Resolves once the worker says it is taking jobs. */
function workerReady(worker: ChildProcess): Promise<void> {
  return new Promise((done, fail) => {
    let text = '';
    worker.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('taking jobs')) done();
    });
    worker.once('exit', (code) => fail(new Error(`worker exited (${code}): ${text}`)));
  });
}

async function stopWorker(worker: ChildProcess): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return;
  worker.kill('SIGTERM');
  await new Promise((done) => worker.once('exit', done));
}

const scenarioFile = (overrides: Record<string, unknown>): string => baselineFile({ warmup: '1d', horizon: '4d', ...overrides });

const redis: TestRedis | undefined = await testRedis(1);

describe.skipIf(redis === undefined)('BullMQ queue (needs redis-server or FULFILL_TEST_REDIS_URL)', () => {
  const url = redis?.url ?? '';
  const workers: ChildProcess[] = [];
  beforeAll(async () => {
    const client = new Redis(url);
    await client.flushdb();
    client.disconnect();
    workers.push(startWorker(url, ['--allow-plugins']), startWorker(url));
    await Promise.all(workers.map(workerReady));
  });
  afterAll(async () => {
    await Promise.all(workers.map(stopWorker));
    await redis?.stop();
  });

  it('sweep --queue: two worker processes give byte-identical results to a local sweep', async () => {
    const file = scenarioFile({});
    const args = ['sweep', file, '--set', 'warehouse.pickers=3,4,5', '--reps', '2', '--json'];
    const local = await cli(...args, '--workers', '1');
    const queued = await cli(...args, '--queue', url);
    expect(queued.stderr).not.toMatch(/error/i);
    expect(queued.code).toBe(0);
    expect(queued.stdout).toBe(local.stdout);
  });

  it('run --queue: a replayed order history travels as a blob and gives byte-identical results to a local run', async () => {
    const history = resolve('scenarios/data/orders-sample.csv');
    const file = scenarioFile({
      channels: [
        { name: 'web', orderHistory: history },
        { name: 'marketplace', ordersPerDay: 0 },
        { name: 'b2b', orderHistory: history },
      ],
      catalog: { skus: 300 },
    });
    const args = ['run', file, '--reps', '2', '--json'];
    const local = await cli(...args, '--workers', '1');
    const queued = await cli(...args, '--queue', url);
    expect(queued.code).toBe(0);
    expect(queued.stdout).toBe(local.stdout);
    expect(JSON.parse(queued.stdout)).toHaveProperty('replay');
  });

  it('sweep --queue: a worker killed with SIGKILL mid-sweep loses nothing (its job is run again elsewhere)', async () => {
    const file = scenarioFile({ horizon: '10d' });
    const args = ['sweep', file, '--set', 'warehouse.pickers=2,3,4,5,6,7,8,9,10', '--reps', '1', '--json'];
    const local = await cli(...args, '--workers', '2');
    const victim = startWorker(url);
    workers.push(victim);
    await workerReady(victim);
    const queue = new Queue(QUEUE_NAME, { connection: { ...queueConnection(url) } });
    const sweep = cli(...args, '--queue', url);
    // Kill the extra worker while it holds a job.
    let killed = false;
    // With three single-job workers, three active jobs means the victim holds one.
    for (let attempt = 0; attempt < 1000 && !killed; attempt++) {
      if ((await queue.getActiveCount()) >= 3) {
        victim.kill('SIGKILL');
        killed = true;
      } else await new Promise((done) => setTimeout(done, 20));
    }
    expect(killed).toBe(true);
    const queued = await sweep;
    await queue.close();
    expect(queued.code).toBe(0);
    expect(queued.stdout).toBe(local.stdout);
  }, 120_000);

  it("run --queue: a throwing .ts plugin fails the submission once, with the plugin's error and exit 2", async () => {
    const file = scenarioFile({ shipping: { selection: { module: pluginFixture('throwing-carrier.ts') } } });
    const result = await cli('run', file, '--reps', '2', '--queue', url);
    expect(result.code).toBe(2);
    // The error names the submitter's file, not the worker's cached copy.
    expect(result.stderr).toMatch(/policy module test\/fixtures\/plugins\/throwing-carrier\.ts: select threw: rate service unreachable/);
    const queue = new Queue(PLUGIN_QUEUE_NAME, { connection: { ...queueConnection(url) } });
    const failed = (await queue.getFailed()).filter((job) => (job.failedReason ?? '').includes('rate service unreachable'));
    await queue.close();
    expect(failed.length).toBeGreaterThan(0);
    for (const job of failed) expect(job.attemptsMade).toBe(1);
  }, 60_000);

  it('events started at eventStreamStart hear an event added before their first read of the stream (BullMQ alone starts at the end, "$")', async () => {
    const connection = queueConnection(url);
    const client = new Redis({ ...connection });
    const queue = new Queue('fulfill-events-probe', { connection: { ...connection } });
    await client.xadd(queue.toKey('events'), '*', 'event', 'failed', 'jobId', 'before', 'failedReason', 'an event of an earlier run');
    const events = await eventsFromNow(queue, { ...connection }, client);
    const seen: string[] = [];
    const heard = new Promise<string>((done) =>
      events.on('failed', ({ jobId, failedReason }) => {
        seen.push(jobId);
        if (jobId === 'now') done(failedReason);
      }),
    );
    // Added at once, before the events' connection is even up.
    await client.xadd(queue.toKey('events'), '*', 'event', 'failed', 'jobId', 'now', 'failedReason', 'refused at once');
    expect(await heard).toBe('refused at once');
    // From now: the earlier run's event is not read again.
    expect(seen).toEqual(['now']);
    await events.close();
    await queue.close();
    client.disconnect();
  });

  it('run --queue: a Redis user who may not read the event stream backwards (ACL without XREVRANGE) still gets the results', async () => {
    const admin = new Redis(url);
    await admin.acl('SETUSER', 'no-xrevrange', 'on', '>secret-pw', '~*', '&*', '+@all', '-xrevrange');
    admin.disconnect();
    const limited = new URL(url);
    limited.username = 'no-xrevrange';
    limited.password = 'secret-pw';
    const file = scenarioFile({});
    const local = await cli('run', file, '--reps', '1', '--json', '--workers', '1');
    const queued = await cli('run', file, '--reps', '1', '--json', '--queue', limited.toString());
    expect(queued.stderr).not.toMatch(/error/i);
    expect(queued.code).toBe(0);
    expect(queued.stdout).toBe(local.stdout);
  }, 60_000);

  it("run --queue: a job whose 'completed' or 'failed' event never arrives is read from the job itself, no hang", async () => {
    // Every wait on an event hangs, as when BullMQ loses one (taskforcesh/bullmq#1270): the
    // runner's watch finds the job finished and reads its result or failure from Redis.
    const lost = vi.spyOn(Job.prototype, 'waitUntilFinished').mockImplementation(() => new Promise<never>(() => undefined));
    try {
      const file = scenarioFile({});
      const local = await cli('run', file, '--reps', '2', '--json', '--workers', '1');
      const queued = await cli('run', file, '--reps', '2', '--json', '--queue', url);
      expect(queued.code).toBe(0);
      expect(queued.stdout).toBe(local.stdout);
      const failing = scenarioFile({ shipping: { selection: { module: pluginFixture('throwing-carrier.ts') } } });
      const failed = await cli('run', failing, '--reps', '1', '--queue', url);
      expect(failed.code).toBe(2);
      expect(failed.stderr).toMatch(/throwing-carrier\.ts: select threw: rate service unreachable/);
      expect(lost).toHaveBeenCalledTimes(3);
    } finally {
      lost.mockRestore();
    }
  }, 90_000);

  it('a worker refuses a job for another engine version, and plugin code when not allowed', async () => {
    const connection = queueConnection(url);
    const client = new Redis({ ...connection });
    const { scenario } = await readScenario(scenarioFile({}));
    const { hash } = await uploadScenario(client, scenario);
    const queue = new Queue(QUEUE_NAME, { connection: { ...connection } });
    const events = await listeningEvents(queue, url);
    const job = await queue.add(
      'replication',
      { engineVersion: '0.0.0-elsewhere', scenario: hash, replication: 0, seed: 1, recordOrders: false, timePolicies: false },
      { attempts: 1 },
    );
    // A refusal is quick: with BullMQ's own QueueEvents its 'failed' event could come before the
    // first read of the stream and was never heard (CI: the job failed, the wait ran 60 s; hence
    // listeningEvents). If the job is not finished within 60 s, the failure says where it stands.
    const finished = job.waitUntilFinished(events, 60_000).then(
      () => 'completed',
      (error: Error) => error.message,
    );
    const outcome = await finished;
    const where = outcome.includes('timed out')
      ? ` (job ${job.id} is ${await job.getState()}; queue ${JSON.stringify(await queue.getJobCounts())}; workers alive: ${workers.map((worker) => worker.exitCode === null && worker.signalCode === null).join(', ')})`
      : '';
    expect(`${outcome}${where}`).toMatch(/needs fulfill engine 0\.0\.0-elsewhere, this worker runs/);
    await events.close();
    await queue.close();
    const withPlugin = {
      ...scenario,
      inventory: { ...scenario.inventory, allocation: { module: pluginFixture('fcfs-copy.mjs'), options: {} } },
    };
    const { hash: pluginHash } = await uploadScenario(client, withPlugin);
    await expect(downloadScenario(client, pluginHash, undefined)).rejects.toThrow(PluginsRefused);
    const cache = createPluginCache();
    const local = await downloadScenario(client, pluginHash, cache);
    expect(JSON.stringify(local.scenario.inventory.allocation)).toMatch(/fulfill-plugins-\w+\/[0-9a-f]{64}\/fcfs-copy\.mjs/);
    const withPath = { ...scenario, inventory: { ...scenario.inventory, allocation: { module: '/etc/passwd', options: {} } } };
    await expect(downloadScenario(client, await putBlob(client, JSON.stringify(withPath)), cache)).rejects.toThrow(
      /did not travel with the job/,
    );
    cache.remove();
    client.disconnect();
    // The refused job may wait behind earlier tests' jobs on a loaded machine.
  }, 90_000);

  it('sweep --queue: Ctrl-C cancels the outstanding jobs, keeps what finished and exits 130', async () => {
    const file = scenarioFile({ horizon: '10d' });
    const out = mkdtempSync(join(tmpdir(), 'fulfill-queue-out-'));
    const controller = new AbortController();
    const queue = new Queue(QUEUE_NAME, { connection: { ...queueConnection(url) } });
    const events = await listeningEvents(queue, url);
    const firstResult = new Promise<void>((done) => events.once('completed', () => done()));
    const sweep = cliWith(
      controller.signal,
      'sweep',
      file,
      '--set',
      'warehouse.pickers=2,3,4,5,6,7,8,9,10,11,12,13',
      '--reps',
      '2',
      '--queue',
      url,
      '--out',
      out,
    );
    await firstResult;
    controller.abort();
    const result = await sweep;
    expect(result.code).toBe(130);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).status).toBe('partial');
    expect(await queue.getWaitingCount()).toBe(0);
    await events.close();
    await queue.close();
  }, 60_000);

  it('run --queue: Redis losing its data mid-run fails the run with a clear message, never a partial result', async () => {
    const file = scenarioFile({ horizon: '10d' });
    const client = new Redis(url);
    const queue = new Queue(QUEUE_NAME, { connection: { ...queueConnection(url) } });
    const run = cli('run', file, '--reps', '24', '--queue', url, '--json');
    expect(await until(async () => (await queue.getWaitingCount()) > 0)).toBe(true);
    await client.flushdb();
    const result = await run;
    client.disconnect();
    await queue.close();
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/no longer in Redis|is not in Redis|Missing key for job/);
  }, 60_000);
});
