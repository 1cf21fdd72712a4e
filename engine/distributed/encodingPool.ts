import { Piscina } from 'piscina';
import { replicationWorkerFile } from '../experiment/parallel/workerPool.js';
import type { WorkerAnswer } from '../experiment/parallel/replicationWorker.js';
import type { ReplicationJob } from '../experiment/replicationRunner.js';
import { PolicyError } from '../policies/plugins/PolicyError.js';

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
export function encodingPool(threads: number): EncodingPool {
  const pool = new Piscina({
    filename: replicationWorkerFile(),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
  });
  return {
    async run(job) {
      const answer = (await pool.run({ ...job, encode: true })) as WorkerAnswer;
      if (!(answer instanceof Uint8Array)) {
        if ('policyError' in answer) throw new PolicyError(answer.policyError.module, answer.policyError.detail);
        throw new TypeError('encodingPool: the worker returned a decoded result');
      }
      return Buffer.from(answer.buffer, answer.byteOffset, answer.byteLength).toString('base64');
    },
    close: () => pool.destroy(),
  };
}
