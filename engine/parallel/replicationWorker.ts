import { loadScenarioPlugins } from '../io/loadPlugins.js';
import { useDecisionBoard } from '../policies/plugins/decisionWatch.js';
import { PolicyError } from '../policies/plugins/PolicyError.js';
import { Piscina } from 'piscina';
import { encodeResult } from '../experiment/resultCodec.js';
import { runJob, type ReplicationJob } from '../experiment/replicationRunner.js';
import type { ReplicationResult } from '../experiment/runReplication.js';

/** A worker's answer: the result (or its encoded bytes), or a plugin's failure (error classes do not survive the thread boundary). */
export type WorkerAnswer =
  { readonly result: ReplicationResult } | Uint8Array | { readonly policyError: { readonly module: string; readonly detail: string } };

/** What a pool thread is given: a job, whether to encode its result, and the board where it records plugin decisions (when it has plugins). */
export type ReplicationTask = ReplicationJob & { readonly encode?: boolean; readonly board?: SharedArrayBuffer };

/** The worker thread's task: one replication (Piscina calls the default export). */
export default async function replicationWorker(task: ReplicationTask): Promise<WorkerAnswer> {
  useDecisionBoard(task.board);
  try {
    await loadScenarioPlugins(task.scenario, task.pluginHashes);
    const result = runJob(task, () => performance.now());
    // Encoded here, the bytes move to the caller without a structured clone.
    if (task.encode === true) {
      return Piscina.move(encodeResult(result)) as Uint8Array;
    }
    return { result };
  } catch (error) {
    if (error instanceof PolicyError) return { policyError: { module: error.module, detail: error.detail } };
    throw error;
  } finally {
    useDecisionBoard(undefined);
  }
}
