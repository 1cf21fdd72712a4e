import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Queue, type Job, type QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash, putBlob } from '../../engine/distributed/blobStore.js';
import { PLUGIN_QUEUE_NAME, queueConnection, QUEUE_NAME } from '../../engine/distributed/queueConnection.js';
import { uploadScenario } from '../../engine/distributed/scenarioPayload.js';
import { engineVersion } from '../../engine/version.js';
import { loadPluginModule } from '../../engine/io/loadPlugins.js';
import { readScenario } from '../../engine/io/readScenario.js';
import { hasRedisServer, startRedisServer } from '../helpers/redis.js';
import { cli } from '../helpers/cli.js';
import { listeningEvents } from '../helpers/queueEvents.js';

/** A password with every character a URL treats specially, typed raw into the URL. */
const SECRET = 'Zq9/x@y:%w-ü#k?';
const spellings = [SECRET, encodeURIComponent(SECRET), JSON.stringify(SECRET).slice(1, -1)];

/** The built CLI as a process: exit code and everything it printed. */
function cliProcess(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['dist/engine/cli/bin.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    child.once('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Why a queued job failed, as the worker reported it (the failure reason is a JSON JobFailure). */
async function failureOf(job: Job, events: QueueEvents): Promise<string> {
  try {
    await job.waitUntilFinished(events);
  } catch (error) {
    const reason = (error as Error).message;
    return (JSON.parse(reason) as { message?: string }).message ?? reason;
  }
  return 'the job did not fail';
}

/** Every file below `directory`, recursively. */
function filesBelow(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesBelow(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

const work = mkdtempSync(join(tmpdir(), 'fulfill-queue-security-'));
function scenarioFile(name: string, overrides: Record<string, unknown>): string {
  const file = join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify({ extends: resolve('scenarios/baseline.json'), warmup: '1d', horizon: '2d', ...overrides }));
  return file;
}

describe('loadPluginModule with a SHA-256 (plugin code from a queue job)', () => {
  it('loadPluginModule: refuses a file whose bytes do not match the hash, loads one that does', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fulfill-verified-'));
    const text = readFileSync('test/fixtures/plugins/fcfs-copy.mjs', 'utf8');
    const good = join(folder, 'good.mjs');
    writeFileSync(good, text);
    const swapped = join(folder, 'swapped.mjs');
    writeFileSync(swapped, `${text}\n// swapped after upload\n`);
    await expect(loadPluginModule(swapped, contentHash(text))).rejects.toThrow(/does not match the SHA-256 its job names/);
    expect((await loadPluginModule(good, contentHash(text))).family).toBe('allocation');
  });
});

describe.skipIf(!hasRedisServer())('queue security (needs redis-server)', () => {
  let server: Awaited<ReturnType<typeof startRedisServer>>;
  let url = '';
  let worker: ChildProcess;
  let workerOutput = '';
  // The worker's temporary directory, where today's code kept plugins at a predictable path.
  const workerTmp = mkdtempSync(join(tmpdir(), 'fulfill-worker-tmp-'));
  beforeAll(async () => {
    server = await startRedisServer(['--requirepass', SECRET], SECRET);
    // Percent-encoded, as a URL should be (typed raw, it works as well: see the failures below).
    url = `redis://:${encodeURIComponent(SECRET)}@127.0.0.1:${server.port}`;
    worker = spawn(process.execPath, ['dist/engine/cli/bin.js', 'worker', '--queue', url, '--concurrency', '1', '--allow-plugins'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, TMPDIR: workerTmp },
    });
    await new Promise<void>((done, fail) => {
      worker.stderr?.on('data', (chunk: Buffer) => {
        workerOutput += chunk.toString();
        if (workerOutput.includes('taking jobs')) done();
      });
      worker.once('exit', (code) => fail(new Error(`worker exited (${code}): ${workerOutput}`)));
    });
  });
  afterAll(async () => {
    if (worker.exitCode === null && worker.signalCode === null) {
      worker.kill('SIGTERM');
      await new Promise((done) => worker.once('exit', done));
    }
    await server.stop();
  });

  it('run --queue redis://:SECRET@... --out DIR: the password is in no file of DIR, nor in stdout or stderr', async () => {
    const out = join(work, 'out');
    const result = await cliProcess(['run', scenarioFile('secret', {}), '--reps', '2', '--queue', url, '--out', out]);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { command: string[] };
    expect(manifest.command).toContain(`redis://***@127.0.0.1:${server.port}`);
    const texts = [result.stdout, result.stderr, ...filesBelow(out).map((file) => readFileSync(file, 'utf8'))];
    expect(texts.length).toBeGreaterThan(4);
    for (const text of texts) for (const form of spellings) expect(text).not.toContain(form);
    // A mistyped URL or a wrong password: the message never echoes the credentials either.
    for (const args of [
      ['run', 'missing.json', '--queue', `redis//:${SECRET}@127.0.0.1:${server.port}`],
      ['run', scenarioFile('secret', {}), '--queue', `redis://:${SECRET}x@127.0.0.1:${server.port}`, '--queue-timeout', '2s'],
      ['run', scenarioFile('secret', {}), `--queue=redis://:${SECRET}@127.0.0.1:1`, '--queue-timeout', '1s'],
    ]) {
      const failed = await cli(...args);
      expect(failed.code).toBe(2);
      for (const form of spellings) expect(failed.stderr).not.toContain(form);
    }
  }, 60_000);

  it("worker: plugin code is imported only from its private folder and only when it matches the job's SHA-256", async () => {
    const text = `${readFileSync('test/fixtures/plugins/fcfs-copy.mjs', 'utf8')}\n// ${randomUUID()}\n`;
    const plugin = join(work, 'policy.mjs');
    writeFileSync(plugin, text);
    // An attacker plants code where today's worker would look for this module, and where it would look for a forged one.
    const marker = join(work, 'planted-code-ran');
    const planted = `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'x');\n${text}`;
    const plant = (hash: string, file: string): void => {
      mkdirSync(join(workerTmp, 'fulfill-plugins', hash), { recursive: true });
      writeFileSync(join(workerTmp, 'fulfill-plugins', hash, file), planted);
    };
    plant(contentHash(text), 'policy.mjs');
    const file = scenarioFile('plugin', { inventory: { allocation: { module: plugin } } });
    const result = await cli('run', file, '--reps', '1', '--queue', url, '--json');
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    expect(existsSync(marker)).toBe(false);
    // The worker's own folder: a fresh name, mode 0700, holding the verified module.
    const [cache] = readdirSync(workerTmp).filter((name) => name.startsWith('fulfill-plugins-'));
    expect(cache).toBeDefined();
    const cacheDirectory = join(workerTmp, cache ?? '');
    expect(statSync(cacheDirectory).mode & 0o777).toBe(0o700);
    expect(readFileSync(join(cacheDirectory, contentHash(text), 'policy.mjs'), 'utf8')).toBe(text);

    // A forged blob: stored under a hash its content does not have.
    const client = new Redis({ ...queueConnection(url) });
    const forgedHash = contentHash(`not the planted code ${randomUUID()}`);
    await client.set(`fulfill:blob:${forgedHash}`, planted);
    plant(forgedHash, 'evil.mjs');
    const { scenario } = await readScenario(scenarioFile('base', {}));
    const forgedScenario = {
      ...scenario,
      inventory: { ...scenario.inventory, allocation: { module: `fulfill-blob:${forgedHash}/evil.mjs`, options: {} } },
    };
    const scenarioHash = await putBlob(client, JSON.stringify(forgedScenario));
    client.disconnect();
    const queue = new Queue(PLUGIN_QUEUE_NAME, { connection: { ...queueConnection(url) } });
    const events = await listeningEvents(queue, url);
    const job = await queue.add(
      'replication',
      { engineVersion: engineVersion(), scenario: scenarioHash, replication: 0, seed: 1, recordOrders: false, timePolicies: false },
      { attempts: 3 },
    );
    expect(await failureOf(job, events)).toMatch(/^plugin module evil\.mjs: content [0-9a-f]{12} does not match its SHA-256/);
    expect((await queue.getJob(job.id ?? ''))?.attemptsMade).toBe(1);
    await events.close();
    await queue.close();
    expect(existsSync(marker)).toBe(false);
  }, 60_000);

  it('worker: forged job data fails once with a clear message, and the worker goes on with the next valid job', async () => {
    const connection = queueConnection(url);
    const client = new Redis({ ...connection });
    const { scenario } = await readScenario(scenarioFile('base', {}));
    const { hash } = await uploadScenario(client, scenario);
    const notJson = await putBlob(client, '{"warehouse": ');
    const notScenario = await putBlob(client, '{"warehouse": {"pickers": "many"}}');
    client.disconnect();
    const valid = { engineVersion: engineVersion(), scenario: hash, replication: 0, seed: 1, recordOrders: false, timePolicies: false };
    const forged: Array<[unknown, RegExp]> = [
      [{ ...valid, engineVersion: 7, replication: '0' }, /invalid job data: engineVersion: expected a version string, got 7/],
      [{ scenario: hash }, /invalid job data: missing field "engineVersion"/],
      [JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(valid).slice(1)}`), /invalid job data: unexpected field "__proto__"/],
      [{ ...valid, replication: 1e15 }, /invalid job data: replication: expected an integer from 0 to 999999, got 1000000000000000/],
      [{ ...valid, seed: -1 }, /invalid job data: seed: expected an integer >= 0, got -1/],
      [{ ...valid, recordOrders: 'yes' }, /invalid job data: recordOrders: expected true or false, got "yes"/],
      [{ ...valid, scenario: '../../etc/passwd' }, /invalid job data: scenario: expected a SHA-256/],
      [{ ...valid, scenario: 'f'.repeat(64) }, /content ffffffffffff is not in Redis/],
      [{ ...valid, scenario: notJson }, /queued scenario [0-9a-f]{12} is not JSON/],
      [{ ...valid, scenario: notScenario }, /queued scenario [0-9a-f]{12}: .*warehouse\.pickers/],
      ['a string', /invalid job data: expected an object, got "a string"/],
    ];
    const queue = new Queue(QUEUE_NAME, { connection: { ...connection } });
    const events = await listeningEvents(queue, url);
    for (const [data, message] of forged) {
      const job = await queue.add('replication', data, { attempts: 3 });
      expect(await failureOf(job, events)).toMatch(message);
      expect((await queue.getJob(job.id ?? ''))?.attemptsMade).toBe(1);
    }
    const good = await queue.add('replication', valid, { attempts: 1 });
    expect(typeof (await good.waitUntilFinished(events))).toBe('string');
    await events.close();
    await queue.close();
    expect(worker.exitCode).toBeNull();
  }, 60_000);

  it('worker: its output never shows the password, and stopping it removes its plugin folder', async () => {
    worker.kill('SIGTERM');
    await new Promise((done) => worker.once('exit', done));
    expect(workerOutput).toMatch(/taking jobs from redis:\/\/\*\*\*@127\.0\.0\.1/);
    expect(workerOutput).toMatch(/failed: invalid job data/);
    for (const form of spellings) expect(workerOutput).not.toContain(form);
    expect(readdirSync(workerTmp).filter((name) => name.startsWith('fulfill-plugins-'))).toEqual([]);
  }, 30_000);
});
