import { readDecisionBoard } from '../policies/plugins/decisionWatch.js';
import { PolicyError } from '../policies/plugins/PolicyError.js';

/** How long one plugin decision may run before the run is stopped, unless `--plugin-timeout` says otherwise. */
export const DEFAULT_PLUGIN_TIMEOUT_MS = 10_000;

/** The longest pause between two looks at a board: a decision is caught at most this late. */
const CHECK_EVERY_MS = 250;

/** "10 s", "1.5 s": a timeout as the messages print it. */
export const formatTimeout = (timeoutMs: number): string => `${Number((timeoutMs / 1000).toFixed(3))} s`;

/**
 * The failure of a plugin call that overran `allowedMs`. A call allowed more than `timeoutMs`
 * (starting the TypeScript compiler) is slow for reasons outside the plugin's code, so its
 * message says so rather than blaming the plugin and suggesting a flag that would not help.
 */
export function overrunError(module: string, decision: string, allowedMs: number, timeoutMs: number): PolicyError {
  if (allowedMs > timeoutMs)
    return new PolicyError(
      module,
      `${decision} did not return within ${formatTimeout(allowedMs)}: this step runs none of the plugin's code, so the machine may be overloaded or Node's module loader stuck; try again`,
    );
  return new PolicyError(module, `${decision} did not return within ${formatTimeout(timeoutMs)} (raise the limit with --plugin-timeout)`);
}

/**
 * Watches a worker thread's decision board from this thread and calls `overrun` (once) when one
 * plugin decision has been in progress for `timeoutMs` (or the longer time that call is allowed),
 * with the time it was allowed. Returns the function that stops watching.
 */
export function superviseDecisions(
  board: SharedArrayBuffer,
  timeoutMs: number,
  overrun: (module: string, decision: string, allowedMs: number) => void,
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
      const allowedMs = Math.max(timeoutMs, state.atLeastMs);
      if (now - since >= allowedMs) {
        clearInterval(timer);
        overrun(state.module, state.decision, allowedMs);
      }
    },
    Math.max(10, Math.min(CHECK_EVERY_MS, timeoutMs / 4)),
  );
  return () => clearInterval(timer);
}
