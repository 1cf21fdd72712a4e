import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

/** A Redis for tests: FULFILL_TEST_REDIS_URL (what .ci/run starts), else a redis-server started here, else none. */
export interface TestRedis {
  readonly url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

async function ready(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** A free TCP port on 127.0.0.1 (nothing listens there once this resolves). */
export const unusedPort = freePort;

/** A private redis-server started here with extra arguments (e.g. --requirepass); `url` carries no credentials. */
export async function startRedisServer(
  extra: readonly string[] = [],
  password?: string,
): Promise<TestRedis & { readonly port: number; kill(): void }> {
  const port = await freePort();
  const server: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...extra],
    { stdio: 'ignore' },
  );
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const url = `redis://127.0.0.1:${port}`;
  const probe = password === undefined ? url : `redis://:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100 && !(await ready(probe)); attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
  return {
    url,
    port,
    kill: () => void server.kill('SIGKILL'),
    stop: async () => {
      server.kill('SIGTERM');
      await exited;
    },
  };
}

/** True when a `redis-server` binary is on the PATH. */
export const hasRedisServer = (): boolean => spawnSync('redis-server', ['--version']).status === 0;

/**
 * The tests' Redis, or undefined when neither the variable nor a redis-server binary is there.
 * Test files run two at a time and every queue uses one queue name, so each file that shares
 * FULFILL_TEST_REDIS_URL names its own logical `database` (1 to 15): a worker of one file never
 * takes another file's job, and one file's `flushdb` leaves the others' jobs alone.
 */
export async function testRedis(database: number): Promise<TestRedis | undefined> {
  const given = process.env.FULFILL_TEST_REDIS_URL;
  if (given !== undefined && given !== '') return { url: `${given.replace(/\/\d*$/, '')}/${database}`, stop: () => Promise.resolve() };
  if (!hasRedisServer()) return undefined;
  const port = await freePort();
  const server: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100 && !(await ready(url)); attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
  return {
    url,
    stop: async () => {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    },
  };
}
