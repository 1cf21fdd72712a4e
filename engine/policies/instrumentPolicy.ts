import { aroundDecisions } from './aroundDecisions.js';
import type { DecisionSummary } from './DecisionRule.js';
import type { PolicyFamilyName, PolicyOfFamily } from './PolicyOfFamily.js';
import { policyFamily } from './registry.js';

/** One policy decision, summarised as its family says: the orders it concerns, what the policy saw and what it chose. */
export interface PolicyDecision extends DecisionSummary {
  readonly family: PolicyFamilyName;
  readonly policy: string;
  /** Engine time of the decision (seconds). */
  readonly time: number;
}

/** Calls and total wall-clock time of a family's decisions. */
export interface DecisionTiming {
  calls: number;
  milliseconds: number;
}

/** Who watches policy decisions: a trace (`decided`) and/or a timer (`clock`, totals in `timing`). */
export interface PolicyObserver {
  readonly decided?: (decision: PolicyDecision) => void;
  /** Wall clock in milliseconds; only timing uses it, never the model. */
  readonly clock?: () => number;
  readonly timing?: Partial<Record<PolicyFamilyName, DecisionTiming>>;
}

/**
 * Wraps a policy so every decision is timed for the observer and, where the family summarises
 * it, reported (a SKU's replenishment rule included); the decisions themselves are unchanged.
 */
export function instrumentPolicy<F extends PolicyFamilyName>(
  family: F,
  policy: PolicyOfFamily[F],
  observer: PolicyObserver,
  now: () => number,
): PolicyOfFamily[F] {
  const { clock, timing, decided } = observer;
  const tally = timing === undefined ? undefined : (timing[family] ??= { calls: 0, milliseconds: 0 });
  return aroundDecisions(policy, policyFamily(family).decisions, (rule, args, call) => {
    const started = clock?.() ?? 0;
    const answer = call(...args);
    if (tally !== undefined && clock !== undefined) {
      tally.calls++;
      tally.milliseconds += clock() - started;
    }
    if (decided !== undefined && rule.summarize !== undefined)
      decided({ family, policy: policy.name, time: now(), ...rule.summarize(answer, ...args) });
    return answer;
  });
}
