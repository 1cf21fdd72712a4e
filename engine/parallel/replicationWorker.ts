import { loadScenarioPlugins } from '../io/loadPlugins.js';
import { useDecisionBoard } from '../policies/plugins/decisionWatch.js';
import { PolicyError } from '../policies/plugins/PolicyError.js';
import { encodeResult } from '../experiment/resultCodec.js';
import { runJob, type ReplicationJob } from '../experiment/replicationRunner.js';

/** A worker's answer: the result's encoded bytes (see resultCodec), or a plugin's failure (error classes do not survive the thread boundary). */
export type WorkerAnswer = Uint8Array | { readonly policyError: { readonly module: string; readonly detail: string } };

/** What a pool thread is given: a job, and the board where it records plugin decisions (when it has plugins). */
export type ReplicationTask = ReplicationJob & {
  readonly board?: SharedArrayBuffer;
  /** Deflate the encoded result (for the queue; the local pool takes it plain). */
  readonly deflate?: boolean;
};

/**
 * The worker thread's task: one replication (Piscina calls the default export). The result
 * travels as the queue's compact bytes: a structured clone of the result object would walk
 * every per-SKU tally (50,000 objects in a large DC), while bytes are one block copy (no
 * Piscina.move: importing piscina's main module in every thread costs start-up time). The
 * encoded array has exactly its length, so the clone copies only the result.
 */
export default async function replicationWorker(task: ReplicationTask): Promise<WorkerAnswer> {
  useDecisionBoard(task.board);
  try {
    await loadScenarioPlugins(task.scenario, task.pluginHashes);
    return encodeResult(
      runJob(task, () => performance.now()),
      task.deflate === true,
    );
  } catch (error) {
    if (error instanceof PolicyError) return { policyError: { module: error.module, detail: error.detail } };
    throw error;
  } finally {
    useDecisionBoard(undefined);
  }
}
