import { aroundDecisions } from '../aroundDecisions.js';
import type { PolicyFamily } from '../PolicyFamily.js';
import type { PolicyFamilyName, PolicyOfFamily } from '../PolicyOfFamily.js';
import { watchDecision } from './decisionWatch.js';
import { PolicyError } from './PolicyError.js';
import { thrownText, valueText } from './thrownText.js';

/**
 * Calls a plugin's method as `decision`: recorded as in progress (so a supervisor can stop it
 * when it never returns), anything it throws becomes a PolicyError naming the module and the call,
 * and its answer is checked by `violation` (the family's shared validity rule) before the model uses it.
 */
function decide(
  module: string,
  decision: string,
  run: () => unknown,
  violation: (answer: unknown) => string | undefined,
  shown: (answer: unknown) => string,
): unknown {
  let answer: unknown;
  try {
    answer = watchDecision(module, decision, run);
  } catch (error) {
    if (error instanceof PolicyError) throw error;
    throw new PolicyError(module, `${decision.replace(/\(.*$/, '')} threw: ${thrownText(module, error)}`);
  }
  // Checking the answer reads it (its getters, a Proxy's traps): plugin code too, watched as well.
  let problem: string | undefined;
  try {
    problem = watchDecision(module, `reading what ${decision} returned`, () => {
      const wrong = violation(answer);
      return wrong === undefined ? undefined : `${decision} returned ${shown(answer)}: ${wrong}`;
    });
  } catch (error) {
    throw new PolicyError(module, `reading what ${decision} returned threw: ${thrownText(module, error)}`);
  }
  if (problem !== undefined) throw new PolicyError(module, problem);
  return answer;
}

/**
 * Wraps a plugin's policy so every decision is supervised and checked, by the family's
 * decision rules, before the model uses it. Arguments that hold the model's state are copied
 * twice (`isolate`): the plugin gets one copy and its answer is checked against the other.
 */
export function guardPolicy<F extends PolicyFamilyName>(
  family: PolicyFamily<F>,
  policy: PolicyOfFamily[F],
  module: string,
): PolicyOfFamily[F] {
  if (typeof policy !== 'object' || policy === null)
    throw new PolicyError(module, `create(options) returned ${valueText(policy)}: expected a ${family.name} policy object`);
  const wrong = family.shapeViolation?.(policy);
  if (wrong !== undefined) throw new PolicyError(module, wrong);
  return aroundDecisions(policy, family.decisions, (rule, args, call) => {
    const checked = rule.isolate?.(...args) ?? args;
    const given = rule.isolate?.(...checked) ?? checked;
    const shown = (answer: unknown): string => rule.shown?.(answer) ?? JSON.stringify(answer);
    return decide(
      module,
      rule.describe(...checked),
      () => call(...given),
      (answer) => rule.violation(answer, ...checked),
      shown,
    );
  });
}
