import { loadScenarioPlugins } from '../../io/loadPlugins.js';
import { PolicyError } from '../../policies/plugins/PolicyError.js';
import { Piscina } from 'piscina';
import { encodeResult } from '../resultCodec.js';
import { runJob, type ReplicationJob } from '../replicationRunner.js';
import type { ReplicationResult } from '../runReplication.js';

/** A worker's answer: the result (or its encoded bytes), or a plugin's failure (error classes do not survive the thread boundary). */
export type WorkerAnswer =
  | { readonly result: ReplicationResult }
  | Uint8Array
  | { readonly policyError: { readonly module: string; readonly detail: string } };

/** The worker thread's task: one replication (Piscina calls the default export). */
export default async function replicationWorker(job: ReplicationJob & { readonly encode?: boolean }): Promise<WorkerAnswer> {
  try {
    await loadScenarioPlugins(job.scenario, job.pluginHashes);
    const result = runJob(job, () => performance.now());
    // Encoded here, the bytes move to the caller without a structured clone.
    if (job.encode === true) {
      return Piscina.move(encodeResult(result)) as Uint8Array;
    }
    return { result };
  } catch (error) {
    if (error instanceof PolicyError) return { policyError: { module: error.module, detail: error.detail } };
    throw error;
  }
}
