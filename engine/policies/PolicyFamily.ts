import type { BuiltInPolicy } from './BuiltInPolicy.js';
import type { ConformanceProperty } from './conformance/ConformanceProperty.js';
import type { DecisionRules } from './DecisionRule.js';
import type { PolicyFamilyName, PolicyOfFamily } from './PolicyOfFamily.js';

/**
 * Everything about one policy family, in one place: where a scenario names its policies, its
 * built-ins, its decisions (how each is described, checked and traced) and its conformance
 * rules. The registry is the list of these; every other part of the engine reads them.
 */
export interface PolicyFamily<F extends PolicyFamilyName> {
  readonly name: F;
  /** What the family decides, for the README's policy table. */
  readonly summary: string;
  /** Where a scenario names the family's policies, as paths of keys (`*`: every key); the first is the main one. */
  readonly paths: readonly (readonly string[])[];
  /** How a scenario names built-in `name` at those paths: the name itself, or an object of it and its options. */
  named(name: string): unknown;
  readonly builtIns: readonly BuiltInPolicy<F>[];
  /** The family's decision methods. */
  readonly decisions: DecisionRules;
  /** Why an object cannot be a policy of this family beyond its decision methods (e.g. it has neither of two), or undefined. */
  shapeViolation?(policy: object): string | undefined;
  /** The conformance rules check-policy runs, on a policy built fresh by `make` for every call. */
  conformance(make: () => PolicyOfFamily[F]): Promise<ConformanceProperty[]>;
}
