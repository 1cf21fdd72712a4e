import type { Piscina } from 'piscina';
import { createDecisionBoard, readDecisionBoard } from '../policies/plugins/decisionWatch.js';
import { PolicyError } from '../policies/plugins/PolicyError.js';
import { isPluginChoice, scenarioPolicies } from '../policies/scenarioPolicies.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import type { ReplicationJob } from '../experiment/replicationRunner.js';
import type { ReplicationTask, WorkerAnswer } from './replicationWorker.js';
import { overrunError, superviseDecisions } from './superviseDecisions.js';

/** True when a scenario names a user's policy module (its work then runs supervised). */
export const usesPlugins = (scenario: Scenario): boolean => scenarioPolicies(scenario).some(({ choice }) => isPluginChoice(choice));

/** A thread's answer that may carry a plugin's failure (error classes do not survive the thread boundary). */
type MaybePolicyError = object | { readonly policyError: { readonly module: string; readonly detail: string } };

/** How a task on a pool thread is watched. */
export interface Supervision {
  /** Watch every call into plugin code. */
  readonly supervised: boolean;
  /** Longest a plugin call may take. */
  readonly timeoutMs: number;
  /** Ctrl-C: terminates the thread at once. */
  readonly signal?: AbortSignal | undefined;
  /** The export of the pool's worker module that runs the task (default: its default export). */
  readonly name?: string;
}

/**
 * Runs one task on a pool thread. When `supervised`, the task gets a decision board, every call
 * into plugin code is watched from this thread, and a call that overruns `timeoutMs` (or ends
 * the thread) rejects with a PolicyError naming the module and the call. `signal` (Ctrl-C)
 * terminates the thread at once, so long work never delays the stop.
 */
export async function runSupervisedTask<A extends MaybePolicyError>(
  pool: Piscina,
  task: object,
  { supervised, timeoutMs, signal, name }: Supervision,
): Promise<Exclude<A, { policyError: unknown }>> {
  const controller = new AbortController();
  const forward = (): void => controller.abort();
  if (signal?.aborted === true) controller.abort();
  signal?.addEventListener('abort', forward);
  let overrun: PolicyError | undefined;
  const board = supervised ? createDecisionBoard() : undefined;
  const stopWatching =
    board === undefined
      ? () => undefined
      : superviseDecisions(board, timeoutMs, (module, decision, allowedMs) => {
          overrun = overrunError(module, decision, allowedMs, timeoutMs);
          controller.abort();
        });
  try {
    const answer = (await pool.run(board === undefined ? task : { ...task, board }, {
      signal: controller.signal,
      name: name ?? null,
    })) as A;
    if ('policyError' in answer) throw new PolicyError(answer.policyError.module, answer.policyError.detail);
    return answer as Exclude<A, { policyError: unknown }>;
  } catch (error) {
    if (overrun !== undefined) throw overrun;
    // A thread that died inside a plugin call (process.exit, a native crash) is that plugin's failure.
    const state = board === undefined || signal?.aborted === true ? undefined : readDecisionBoard(board);
    if (state?.busy === true)
      throw new PolicyError(
        state.module,
        `${state.decision} ended its worker thread (${error instanceof Error ? error.message : String(error)})`,
      );
    throw error;
  } finally {
    stopWatching();
    signal?.removeEventListener('abort', forward);
  }
}

/** Runs one replication on a pool thread, supervised when its scenario uses plugins (see runSupervisedTask). */
export function runSupervised(
  pool: Piscina,
  job: ReplicationJob & Pick<ReplicationTask, 'deflate'>,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<Exclude<WorkerAnswer, { policyError: unknown }>> {
  return runSupervisedTask<WorkerAnswer>(pool, job, { supervised: usesPlugins(job.scenario), timeoutMs, signal });
}
