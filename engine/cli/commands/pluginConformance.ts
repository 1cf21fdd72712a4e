import { WORKER_EXEC_ARGV } from '../../parallel/workerExecArgv.js';
import { Piscina } from 'piscina';
import { overrunError, superviseDecisions } from '../../parallel/superviseDecisions.js';
import type { ConformanceAnswer, ConformanceTask } from '../../parallel/conformanceWorker.js';
import { parallelWorkerFile } from '../../parallel/workerPool.js';
import type { ConformanceOutcome } from '../../policies/conformance/ConformanceProperty.js';
import { createDecisionBoard, readDecisionBoard } from '../../policies/plugins/decisionWatch.js';
import { PolicyError } from '../../policies/plugins/PolicyError.js';
import type { PolicyFamilyName } from '../../policies/PolicyOfFamily.js';

/** A plugin's conformance results so far: its family, how many rules it has, and the outcomes checked. */
export interface PluginConformance {
  /** Undefined when interrupted before the module was loaded. */
  readonly family: PolicyFamilyName | undefined;
  readonly rules: number;
  readonly outcomes: ConformanceOutcome[];
  /** True when Ctrl-C stopped the checks before every rule was checked. */
  readonly interrupted: boolean;
}

/**
 * Checks a plugin's rules one by one on a worker thread, supervised from this thread: a call
 * into the plugin that overruns `timeoutMs` stops the thread and rejects with a PolicyError
 * naming the module and the call; `signal` (Ctrl-C) stops it and keeps the rules checked so far.
 */
export async function checkPluginConformance(
  task: Omit<ConformanceTask, 'rule' | 'board'>,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<PluginConformance> {
  const pool = new Piscina({
    filename: parallelWorkerFile('conformanceWorker.js'),
    minThreads: 1,
    maxThreads: 1,
    execArgv: [...WORKER_EXEC_ARGV],
  });
  const outcomes: ConformanceOutcome[] = [];
  let family: PolicyFamilyName | undefined;
  let rules = 1;
  // Read through a function: after the first look TypeScript would narrow `aborted` to false.
  const aborted = (): boolean => signal?.aborted === true;
  try {
    for (let rule = 0; rule < rules; rule++) {
      if (aborted()) break;
      const controller = new AbortController();
      const forward = (): void => controller.abort();
      signal?.addEventListener('abort', forward);
      const board = createDecisionBoard();
      let overrun: PolicyError | undefined;
      const stop = superviseDecisions(board, timeoutMs, (module, decision, allowedMs) => {
        overrun = overrunError(module, decision, allowedMs, timeoutMs);
        controller.abort();
      });
      let answer: ConformanceAnswer;
      try {
        answer = (await pool.run({ ...task, rule, board } satisfies ConformanceTask, { signal: controller.signal })) as ConformanceAnswer;
      } catch (error) {
        if (overrun !== undefined) throw overrun;
        if (aborted()) break;
        const state = readDecisionBoard(board);
        if (state.busy)
          throw new PolicyError(
            state.module,
            `${state.decision} ended its worker thread (${error instanceof Error ? error.message : String(error)})`,
          );
        throw error;
      } finally {
        stop();
        signal?.removeEventListener('abort', forward);
      }
      if ('policyError' in answer) throw new PolicyError(answer.policyError.module, answer.policyError.detail);
      family = answer.family;
      rules = answer.rules;
      outcomes.push(answer.outcome);
    }
  } finally {
    await pool.destroy();
  }
  return { family, rules, outcomes, interrupted: outcomes.length < rules };
}
