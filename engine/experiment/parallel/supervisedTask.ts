import type { Piscina } from 'piscina';
import { createDecisionBoard, readDecisionBoard } from '../../policies/plugins/decisionWatch.js';
import { PolicyError } from '../../policies/plugins/PolicyError.js';
import { scenarioPolicies } from '../../policies/scenarioPolicies.js';
import type { ReplicationJob } from '../replicationRunner.js';
import type { ReplicationTask, WorkerAnswer } from './replicationWorker.js';
import { formatTimeout, superviseDecisions } from './superviseDecisions.js';

/** True when a scenario names a user's policy module (its replications then run supervised). */
export const usesPlugins = (job: ReplicationJob): boolean => scenarioPolicies(job.scenario).some(({ reference }) => typeof reference !== 'string');

/**
 * Runs one replication task on a pool thread. With plugins, every call into plugin code is
 * watched from this thread and a decision that overruns `timeoutMs` terminates the thread and
 * rejects with a PolicyError naming the module and the decision. `signal` (Ctrl-C) terminates
 * the thread at once, so a long replication never delays the stop. A plugin's own failure
 * comes back as a PolicyError too.
 */
export async function runSupervised(pool: Piscina, job: ReplicationJob & { readonly encode?: boolean }, timeoutMs: number, signal?: AbortSignal): Promise<Exclude<WorkerAnswer, { policyError: unknown }>> {
  const controller = new AbortController();
  const forward = (): void => controller.abort();
  if (signal?.aborted === true) controller.abort();
  signal?.addEventListener('abort', forward);
  let overrun: PolicyError | undefined;
  const board = usesPlugins(job) ? createDecisionBoard() : undefined;
  const stopWatching =
    board === undefined
      ? () => undefined
      : superviseDecisions(board, timeoutMs, (module, decision) => {
          overrun = new PolicyError(module, `${decision} did not return within ${formatTimeout(timeoutMs)} (raise the limit with --plugin-timeout)`);
          controller.abort();
        });
  try {
    const task: ReplicationTask = board === undefined ? job : { ...job, board };
    const answer = (await pool.run(task, { signal: controller.signal })) as WorkerAnswer;
    if (!(answer instanceof Uint8Array) && 'policyError' in answer) throw new PolicyError(answer.policyError.module, answer.policyError.detail);
    return answer;
  } catch (error) {
    if (overrun !== undefined) throw overrun;
    // A thread that died inside a plugin call (process.exit, a native crash) is that plugin's failure.
    const state = board === undefined || signal?.aborted === true ? undefined : readDecisionBoard(board);
    if (state?.busy === true) throw new PolicyError(state.module, `${state.decision} ended its worker thread (${error instanceof Error ? error.message : String(error)})`);
    throw error;
  } finally {
    stopWatching();
    signal?.removeEventListener('abort', forward);
  }
}
