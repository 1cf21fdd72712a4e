import { replicationThreads } from '../parallel/workerPool.js';
import { runSupervised } from '../parallel/supervisedTask.js';
import { DEFAULT_PLUGIN_TIMEOUT_MS } from '../parallel/superviseDecisions.js';
import type { ReplicationJob } from '../experiment/replicationRunner.js';

/** Worker threads that run replications and hand back their results already encoded (see resultCodec). */
export interface EncodingPool {
  /** The result of one replication as base64 text. */
  run(job: ReplicationJob): Promise<string>;
  close(): Promise<void>;
}

/**
 * A queue worker's thread pool: each thread runs a replication and encodes its result itself,
 * so the process's main thread, which must stay free to renew job locks, only forwards text.
 */
export function encodingPool(threads: number, pluginTimeoutMs = DEFAULT_PLUGIN_TIMEOUT_MS): EncodingPool {
  // The unbundled worker module: a queue worker starts its threads once and keeps them, so the
  // bundle's faster start-up gains nothing here (and queue tests were flaky with it, cause not found).
  const pool = replicationThreads(threads, false);
  return {
    async run(job) {
      // A plugin decision that overruns the timeout ends this job (a PolicyError); the pool replaces the thread.
      // Deflated: the bytes go through Redis.
      const { bytes } = await runSupervised(pool, { ...job, deflate: true }, pluginTimeoutMs);
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
    },
    close: () => pool.destroy(),
  };
}
