import type { DecisionRule, DecisionRules } from './DecisionRule.js';

/** What runs around one decision: `call` runs the policy's own method with the arguments given to it. */
export type AroundDecision = (
  rule: DecisionRule<readonly unknown[], unknown>,
  args: readonly unknown[],
  call: (...given: readonly unknown[]) => unknown,
) => unknown;

/**
 * A copy of `target` (its name and data kept) whose decision methods run inside `around`. A
 * method the target lacks is left out when the family calls it optional, and fails when called
 * otherwise; an answer with decisions of its own (`inner`, e.g. a SKU's replenishment rule) is
 * wrapped the same way. The run-time guard, check-policy's supervision and the trace use it.
 */
export function aroundDecisions<T extends object>(target: T, decisions: DecisionRules, around: AroundDecision): T {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(target)) if (typeof value !== 'function') copy[key] = value;
  if ('name' in target) copy.name = target.name;
  for (const [method, rule] of Object.entries(decisions)) {
    const own: unknown = (target as Record<string, unknown>)[method];
    if (typeof own !== 'function' && rule.optional === true) continue;
    copy[method] = (...args: unknown[]): unknown => {
      const answer = around(rule, args, (...given) => {
        if (typeof own !== 'function') throw new TypeError(`${method} is not a function`);
        return own.apply(target, given) as unknown;
      });
      if (typeof answer !== 'object' || answer === null) return answer;
      const inner = rule.inner?.(answer, ...args);
      return inner === undefined ? answer : aroundDecisions(answer, inner, around);
    };
  }
  return copy as T;
}
