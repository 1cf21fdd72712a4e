import { loadScenarioPlugins } from '../io/loadPlugins.js';
import { useDecisionBoard } from '../policies/plugins/decisionWatch.js';
import { PolicyError } from '../policies/plugins/PolicyError.js';
import { resolvePolicy } from '../policies/resolvePolicy.js';
import { scenarioPolicies } from '../policies/scenarioPolicies.js';
import type { Scenario } from '../scenario/schema/scenario.js';

/** The answer: the plugins loaded and built, or a plugin's failure. */
export type PluginLoadAnswer = { readonly ok: true } | { readonly policyError: { readonly module: string; readonly detail: string } };

/**
 * `validate`'s check of a scenario's plugins on a worker thread (Piscina calls the default
 * export): each module imported and each policy built once, with every call recorded on the board.
 */
export default async function pluginLoadWorker(task: {
  readonly scenario: Scenario;
  readonly board?: SharedArrayBuffer;
}): Promise<PluginLoadAnswer> {
  useDecisionBoard(task.board);
  try {
    await loadScenarioPlugins(task.scenario);
    for (const use of scenarioPolicies(task.scenario)) resolvePolicy(use, task.scenario);
    return { ok: true };
  } catch (error) {
    if (error instanceof PolicyError) return { policyError: { module: error.module, detail: error.detail } };
    throw error;
  } finally {
    useDecisionBoard(undefined);
  }
}
