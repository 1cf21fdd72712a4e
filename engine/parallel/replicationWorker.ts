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
 * short sweep's first results would wait for (measured: a baseline's 90 days encode to 21.8 MB
 * with per-order records and 0.1 MB without, a large DC's first 35 days to 2.8 MB without).
 */
export const MOVE_FROM_BYTES = 4 << 20;

declare const movedMark: unique symbol;
/** Encoded bytes marked for Piscina to move: an object only Piscina reads; it unwraps the mark, and the receiving thread gets the bytes. */
type MovedBytes = { readonly [movedMark]: true };

/** Marks bytes to move, or hands them back to be copied when piscina could not be loaded (nothing is lost). */
let mover: Promise<(bytes: Uint8Array) => Uint8Array | MovedBytes> | undefined;

/** `bytes` as the task's answer: marked to move when large, as they are otherwise. */
async function answerWith(bytes: Uint8Array): Promise<Uint8Array | MovedBytes> {
  if (bytes.length < MOVE_FROM_BYTES) return bytes;
  mover ??= import('piscina').then(
    ({ move }) =>
      (marked: Uint8Array) =>
        move(marked) as unknown as MovedBytes,
    () => (copied: Uint8Array) => copied,
  );
  return (await mover)(bytes);
}

/**
 * The worker thread's task: one replication (Piscina calls the default export). The result
 * travels as the queue's compact bytes: a structured clone of the result object would walk
 * every per-SKU tally (50,000 objects in a large DC), while bytes are one block copy, or none
 * when they move. The encoded array is exactly its buffer, so a copy copies only the result.
 * Whatever Piscina posts back reaches the pool as a `WorkerAnswer`.
 */
export default async function replicationWorker(task: ReplicationTask): Promise<WorkerAnswer | MovedBytes> {
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
