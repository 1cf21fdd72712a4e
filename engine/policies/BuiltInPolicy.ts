import type { Scenario } from '../scenario/schema/scenario.js';
import type { PolicyFamilyName, PolicyOfFamily } from './PolicyOfFamily.js';

/**
 * A built-in policy, made like a plugin: `create(options)` builds the policy once per
 * replication with its options fixed, so no decision needs them passed again.
 */
export interface BuiltInPolicy<F extends PolicyFamilyName, O = unknown, P extends PolicyOfFamily[F] = PolicyOfFamily[F]> {
  readonly family: F;
  readonly name: string;
  /** One line for the README's policy table. */
  readonly description: string;
  /**
   * The options, where the scenario gives them outside the policy's name (the weights of
   * `weighted` in `processing.priorityWeights`). Absent: the options are those written with the
   * name (a replenishment policy's fields), or there are none.
   */
  optionsIn?(scenario: Scenario): O;
  create(options: O): P;
}

/** A built-in without options: `create` always gives the same (stateless) policy object. */
export function fixedPolicy<F extends PolicyFamilyName, P extends PolicyOfFamily[F]>(
  family: F,
  description: string,
  policy: P,
): BuiltInPolicy<F, void, P> {
  return { family, name: policy.name, description, create: () => policy };
}
