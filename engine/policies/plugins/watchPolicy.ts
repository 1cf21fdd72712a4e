import { aroundDecisions } from '../aroundDecisions.js';
import type { PolicyFamily } from '../PolicyFamily.js';
import type { PolicyFamilyName, PolicyOfFamily } from '../PolicyOfFamily.js';
import { watchDecision } from './decisionWatch.js';

/**
 * The policy with every decision call recorded as in progress (see decisionWatch), named as the
 * family describes it, so a supervisor in another thread can stop one that never returns.
 * Answers are passed through unchecked: check-policy judges them with the family's rules.
 */
export function watchPolicy<F extends PolicyFamilyName>(
  family: PolicyFamily<F>,
  policy: PolicyOfFamily[F],
  module: string,
): PolicyOfFamily[F] {
  return aroundDecisions(policy, family.decisions, (rule, args, call) =>
    watchDecision(module, rule.describe(...args), () => call(...args)),
  );
}
