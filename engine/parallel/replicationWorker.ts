import { loadScenarioPlugins } from '../io/loadPlugins.js';
import { useDecisionBoard } from '../policies/plugins/decisionWatch.js';
import { PolicyError } from '../policies/plugins/PolicyError.js';
import { encodeForThread, encodeResult, orderBuffers, type ThreadResult } from '../experiment/resultCodec.js';
import { runJob, type ReplicationJob } from '../experiment/replicationRunner.js';

// A pool thread's other tasks (Piscina calls them by name): in this module, so the worker bundle holds them.
export { recordDayTask } from './dayRecordingTask.js';
export { traceDecisionsTask } from './decisionTraceTask.js';

/**
 * A worker's answer: the result as a ThreadResult (its bytes deflated in one piece for the queue,
 * see resultCodec), or a plugin's failure (error classes do not survive the thread boundary).
 */
export type WorkerAnswer = ThreadResult | { readonly policyError: { readonly module: string; readonly detail: string } };

/** What a pool thread is given: a job, and the board where it records plugin decisions (when it has plugins). */
export type ReplicationTask = ReplicationJob & {
  readonly board?: SharedArrayBuffer;
  /** Deflate the encoded result (for the queue; the local pool takes it plain). */
  readonly deflate?: boolean;
};

/**
 * Encoded bytes from this size up move to the receiving thread rather than being copied there:
 * a copy is made twice (out of this thread, into the other) into fresh memory. Smaller ones are
 * copied: moving needs piscina's main module, 17-27 ms to load in a thread, which a short
 * sweep's first results would wait for (measured: a baseline's 90 days encode to 0.1 MB without
 * their per-order columns, a large DC's first 35 days to 2.8 MB). Per-order columns always move.
 */
export const MOVE_FROM_BYTES = 4 << 20;

declare const movedMark: unique symbol;
/** An answer marked for Piscina to move its buffers: an object only Piscina reads; it unwraps the mark, and the receiving thread gets the answer. */
type MovedAnswer = { readonly [movedMark]: true };

/** Marks an answer's buffers to move, or hands the answer back to be copied when piscina could not be loaded (nothing is lost). */
let mover: Promise<(answer: ThreadResult, buffers: ArrayBuffer[]) => ThreadResult | MovedAnswer> | undefined;

/** `answer` with its per-order columns' buffers, and its bytes when large, marked to move. */
export async function answerWith(answer: ThreadResult): Promise<ThreadResult | MovedAnswer> {
  const buffers = answer.orders === undefined ? [] : orderBuffers(answer.orders);
  // The encoded array is exactly its buffer (see encodeResult), so moving the buffer moves only the bytes.
  if (answer.bytes.length >= MOVE_FROM_BYTES) buffers.push(answer.bytes.buffer as ArrayBuffer);
  if (buffers.length === 0) return answer;
  mover ??= import('piscina').then(
    ({ move, transferableSymbol, valueSymbol }) =>
      (value: ThreadResult, moved: ArrayBuffer[]) =>
        move({ [transferableSymbol]: moved, [valueSymbol]: value }) as unknown as MovedAnswer,
    () => (value: ThreadResult) => value,
  );
  return (await mover)(answer, buffers);
}

/**
 * The worker thread's task: one replication (Piscina calls the default export). The result
 * travels as the queue's compact bytes: a structured clone of the result object would walk
 * every per-SKU tally (50,000 objects in a large DC), while bytes are one block copy, or none
 * when they move; its per-order columns travel beside them and move (see ThreadResult).
 * Whatever Piscina posts back reaches the pool as a `WorkerAnswer`.
 */
export default async function replicationWorker(task: ReplicationTask): Promise<WorkerAnswer | MovedAnswer> {
  useDecisionBoard(task.board);
  try {
    await loadScenarioPlugins(task.scenario, task.pluginHashes);
    const result = runJob(task, () => performance.now());
    return await answerWith(task.deflate === true ? { bytes: encodeResult(result, true) } : encodeForThread(result));
  } catch (error) {
    if (error instanceof PolicyError) return { policyError: { module: error.module, detail: error.detail } };
    throw error;
  } finally {
    useDecisionBoard(undefined);
  }
}
