/**
 * Where the thread that runs plugin code records the decision in progress, so another thread
 * can see one that never returns (an endless loop can only be stopped from outside).
 * Layout of the shared buffer: Int32 [busy, sequence, text length, least time allowed in ms],
 * then the text "module\0decision" as UTF-16 code units.
 */
const HEADER_INTS = 4;
const TEXT_UNITS = 2048;

/** A fresh decision board to hand to a worker thread with its task. */
export function createDecisionBoard(): SharedArrayBuffer {
  return new SharedArrayBuffer(HEADER_INTS * 4 + TEXT_UNITS * 2);
}

/** What the supervising thread reads: whether a decision runs, which one, and its sequence number. */
export interface DecisionInProgress {
  readonly busy: boolean;
  readonly sequence: number;
  readonly module: string;
  readonly decision: string;
  /** The call may run at least this long whatever the timeout (0: the timeout alone). */
  readonly atLeastMs: number;
}

/** Reads a board (from any thread). */
export function readDecisionBoard(board: SharedArrayBuffer): DecisionInProgress {
  const header = new Int32Array(board, 0, HEADER_INTS);
  const text = new Uint16Array(board, HEADER_INTS * 4, TEXT_UNITS);
  const length = Math.min(Atomics.load(header, 2), TEXT_UNITS);
  const joined = String.fromCharCode(...text.subarray(0, length));
  const split = joined.indexOf('\0');
  return {
    busy: Atomics.load(header, 0) === 1,
    sequence: Atomics.load(header, 1),
    module: split < 0 ? joined : joined.slice(0, split),
    decision: split < 0 ? '' : joined.slice(split + 1),
    atLeastMs: Atomics.load(header, 3),
  };
}

// The board of this thread's current task; undefined where nothing supervises (the fast path).
let header: Int32Array | undefined;
let text: Uint16Array | undefined;

/** Makes this thread record its plugin decisions on `board` (undefined: record nothing). */
export function useDecisionBoard(board: SharedArrayBuffer | undefined): void {
  header = board === undefined ? undefined : new Int32Array(board, 0, HEADER_INTS);
  text = board === undefined ? undefined : new Uint16Array(board, HEADER_INTS * 4, TEXT_UNITS);
}

/**
 * Marks `decision` of `module` as in progress on this thread's board; false when nothing
 * supervises. One call at a time: the board holds one, and `end` clears it, so a watch must
 * never run inside another (the outer call would go unwatched after the inner one ends). Every
 * watch is a call from the engine into plugin code, which never calls back into a watch.
 */
function begin(module: string, decision: string, atLeastMs: number): boolean {
  const board = header;
  const units = text;
  if (board === undefined || units === undefined) return false;
  const joined = `${module}\0${decision}`;
  const length = Math.min(joined.length, TEXT_UNITS);
  for (let index = 0; index < length; index++) units[index] = joined.charCodeAt(index);
  Atomics.store(board, 2, length);
  Atomics.store(board, 3, atLeastMs);
  Atomics.add(board, 1, 1);
  Atomics.store(board, 0, 1);
  return true;
}

function end(): void {
  if (header !== undefined) Atomics.store(header, 0, 0);
}

/** Runs `run` (a call into plugin code) with the decision recorded as in progress while it runs. */
export function watchDecision<T>(module: string, decision: string, run: () => T): T {
  if (!begin(module, decision, 0)) return run();
  try {
    return run();
  } finally {
    end();
  }
}

/**
 * The same for an asynchronous call (a module's import): in progress until the promise settles.
 * `atLeastMs` lets a call that is slow for reasons of its own (starting a compiler) run that
 * long even under a shorter timeout.
 */
export async function watchDecisionAsync<T>(module: string, decision: string, run: () => Promise<T>, atLeastMs = 0): Promise<T> {
  if (!begin(module, decision, atLeastMs)) return run();
  try {
    return await run();
  } finally {
    end();
  }
}
