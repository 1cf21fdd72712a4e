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
 * Encoded results from this size up move to the receiving thread rather than being copied
 * there: a copy is made twice (out of this thread, into the other) into fresh memory. Smaller
 * ones are copied: moving needs piscina's main module, 17-27 ms to load in a thread, which a
 * short sweep's first results would wait for (a baseline's 90 days with per-order records
 * encode to about 25 MB, without them to well under 4 MB).
 */
const MOVE_FROM_BYTES = 4 << 20;
let mover: Promise<(bytes: Uint8Array) => unknown> | undefined;

/** `bytes` as the task's answer: moved when large (Piscina unwraps the mark, the receiver gets the array). */
async function answerWith(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes.length < MOVE_FROM_BYTES) return bytes;
  mover ??= import('piscina').then(({ move }) => move);
  return (await mover)(bytes) as Uint8Array;
}

/**
 * The worker thread's task: one replication (Piscina calls the default export). The result
 * travels as the queue's compact bytes: a structured clone of the result object would walk
 * every per-SKU tally (50,000 objects in a large DC), while bytes are one block copy, or none
 * when they move. The encoded array is exactly its buffer, so a copy copies only the result.
 */
export default async function replicationWorker(task: ReplicationTask): Promise<WorkerAnswer> {
  useDecisionBoard(task.board);
  try {
    await loadScenarioPlugins(task.scenario, task.pluginHashes);
    return await answerWith(
      encodeResult(
        runJob(task, () => performance.now()),
        task.deflate === true,
      ),
    );
  } catch (error) {
    if (error instanceof PolicyError) return { policyError: { module: error.module, detail: error.detail } };
    throw error;
  } finally {
    useDecisionBoard(undefined);
  }
}
