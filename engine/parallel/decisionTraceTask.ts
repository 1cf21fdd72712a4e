import { writeDecisionTrace, type TracedScenario } from '../io/decisionTrace.js';
import { loadScenarioPlugins } from '../io/loadPlugins.js';
import { useDecisionBoard } from '../policies/plugins/decisionWatch.js';
import { PolicyError } from '../policies/plugins/PolicyError.js';

/** A decision trace to write on a pool thread (see writeDecisionTrace). */
export interface DecisionTraceTask {
  readonly file: string;
  readonly scenarios: readonly TracedScenario[];
  readonly seed?: number | undefined;
  /** Only the decisions concerning these order ids (a Set does not cross the thread boundary as cheaply). */
  readonly orders?: readonly number[] | undefined;
  /** Where the thread records plugin decisions, when a scenario has plugins (see runSupervisedTask). */
  readonly board?: SharedArrayBuffer;
}

/** Why the trace file could not be written: an errno error's fields, which do not survive the thread boundary either. */
export interface TraceFileFailure {
  readonly code: string;
  readonly syscall: string | undefined;
  readonly message: string;
}

/** The lines written, a plugin's failure or the file's (error classes do not survive the thread boundary). */
export type DecisionTraceAnswer =
  | { readonly lines: number }
  | { readonly policyError: { readonly module: string; readonly detail: string } }
  | { readonly fileFailure: TraceFileFailure };

/** The name a pool thread knows this task by: an export of the replication worker module. */
export const DECISION_TRACE_TASK = 'traceDecisionsTask';

/**
 * Writes a decision trace on a pool thread: a scenario's plugins run there, watched from the
 * main thread like a replication's (a decision that hangs stops the command with exit 2).
 */
export async function traceDecisionsTask(task: DecisionTraceTask): Promise<DecisionTraceAnswer> {
  useDecisionBoard(task.board);
  try {
    for (const { scenario } of task.scenarios) await loadScenarioPlugins(scenario);
    const orders = task.orders === undefined ? undefined : new Set(task.orders);
    return { lines: writeDecisionTrace(task.file, task.scenarios, task.seed, orders) };
  } catch (error) {
    if (error instanceof PolicyError) return { policyError: { module: error.module, detail: error.detail } };
    const { code, syscall } = error as NodeJS.ErrnoException;
    if (error instanceof Error && code !== undefined) return { fileFailure: { code, syscall, message: error.message } };
    throw error;
  } finally {
    useDecisionBoard(undefined);
  }
}

/** The file failure as an errno error in this thread, naming the trace file (a write on a descriptor names none). */
export function traceFileError(file: string, failure: TraceFileFailure): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(failure.message);
  error.code = failure.code;
  error.path = file;
  if (failure.syscall !== undefined) error.syscall = failure.syscall;
  return error;
}
