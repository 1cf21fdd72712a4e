import { readDecisionBoard } from '../policies/plugins/decisionWatch.js';

/** How long one plugin decision may run before the run is stopped, unless `--plugin-timeout` says otherwise. */
export const DEFAULT_PLUGIN_TIMEOUT_MS = 10_000;

/** The longest pause between two looks at a board: a decision is caught at most this late. */
const CHECK_EVERY_MS = 250;

/** "10 s", "1.5 s": a timeout as the messages print it. */
export const formatTimeout = (timeoutMs: number): string => `${Number((timeoutMs / 1000).toFixed(3))} s`;

/**
 * Watches a worker thread's decision board from this thread and calls `overrun` (once) when one
 * plugin decision has been in progress for `timeoutMs`. Returns the function that stops watching.
 */
export function superviseDecisions(
  board: SharedArrayBuffer,
  timeoutMs: number,
  overrun: (module: string, decision: string) => void,
): () => void {
  let watched = -1;
  let since = 0;
  const timer = setInterval(
    () => {
      const now = performance.now();
      const state = readDecisionBoard(board);
      if (!state.busy) {
        watched = -1;
        return;
      }
      if (state.sequence !== watched) {
        watched = state.sequence;
        since = now;
        return;
      }
      if (now - since >= Math.max(timeoutMs, state.atLeastMs)) {
        clearInterval(timer);
        overrun(state.module, state.decision);
      }
    },
    Math.max(10, Math.min(CHECK_EVERY_MS, timeoutMs / 4)),
  );
  return () => clearInterval(timer);
}
