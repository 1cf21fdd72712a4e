import { loadPluginModule } from '../io/loadPlugins.js';
import type { ConformanceOutcome } from '../policies/conformance/ConformanceProperty.js';
import { useDecisionBoard, watchDecision } from '../policies/plugins/decisionWatch.js';
import { PolicyError } from '../policies/plugins/PolicyError.js';
import type { PluginOptions } from '../policies/plugins/PolicyPlugin.js';
import { watchPolicy } from '../policies/plugins/watchPolicy.js';
import type { PolicyFamilyName, PolicyOfFamily } from '../policies/PolicyOfFamily.js';
import { policyFamily } from '../policies/registry.js';
import { thrownText, valueText } from '../policies/plugins/thrownText.js';

/** What check-policy hands the thread that runs a plugin's conformance rules. */
export interface ConformanceTask {
  readonly path: string;
  readonly options: PluginOptions;
  readonly runs: number;
  readonly seed: number;
  readonly replayPath?: string;
  /** The rule to check (its index in the family's list). */
  readonly rule: number;
  readonly board: SharedArrayBuffer;
}

/** The thread's answer: the family and each rule's outcome, or the plugin's failure to load or build. */
export type ConformanceAnswer =
  | { readonly family: PolicyFamilyName; readonly rules: number; readonly outcome: ConformanceOutcome }
  | { readonly policyError: { readonly module: string; readonly detail: string } };

/**
 * Checks one of a plugin's conformance rules on a worker thread (Piscina calls the default export): every
 * call into the plugin (its import, create(options), each method) is recorded on the board, so
 * check-policy's main thread can stop a plugin that never returns.
 */
export default async function conformanceWorker(task: ConformanceTask): Promise<ConformanceAnswer> {
  useDecisionBoard(task.board);
  try {
    const plugin = await loadPluginModule(task.path);
    const family = policyFamily(plugin.family);
    const make = (): PolicyOfFamily[PolicyFamilyName] => {
      try {
        const policy: unknown = watchDecision(task.path, 'create(options)', () => plugin.create(task.options));
        if (typeof policy !== 'object' || policy === null)
          throw new PolicyError(task.path, `create(options) returned ${valueText(policy)}: expected a ${plugin.family} policy object`);
        // Wrapping reads what create returned (its methods, any getters): plugin code, watched too.
        try {
          return watchDecision(task.path, 'reading the policy create(options) returned', () =>
            watchPolicy(family, policy as PolicyOfFamily[PolicyFamilyName], task.path),
          );
        } catch (error) {
          if (error instanceof PolicyError) throw error;
          throw new PolicyError(task.path, `reading the policy create(options) returned threw: ${thrownText(task.path, error)}`);
        }
      } catch (error) {
        if (error instanceof PolicyError) throw error;
        throw new PolicyError(task.path, `create(options) threw: ${thrownText(task.path, error)}`);
      }
    };
    make(); // a factory that fails is a load error (exit 2), not a rule violation
    const rules = await family.conformance(make);
    const rule = rules[task.rule];
    if (rule === undefined) throw new RangeError(`conformanceWorker: no rule ${task.rule} (the family has ${rules.length})`);
    const outcome = rule.check({
      numRuns: task.runs,
      seed: task.seed,
      ...(task.replayPath === undefined ? {} : { path: task.replayPath }),
    });
    return { family: plugin.family, rules: rules.length, outcome };
  } catch (error) {
    if (error instanceof PolicyError) return { policyError: { module: error.module, detail: error.detail } };
    throw error;
  } finally {
    useDecisionBoard(undefined);
  }
}
