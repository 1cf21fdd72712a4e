/** One decision as `run --trace` shows it: the orders it concerns, what the policy saw and what it chose. */
export interface DecisionSummary {
  readonly orders: readonly number[];
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly choice: unknown;
}

/**
 * What a family says about one of its decision methods (`A` its arguments, `R` its answer).
 * The run-time guard, check-policy's supervision and the decision trace all read it, so a
 * decision is described, checked and summarised in one place.
 */
export interface DecisionRule<A extends readonly unknown[], R> {
  /** A policy may lack the method (the model then does without it). */
  readonly optional?: boolean;
  /** The call as messages name it: "route(12 picks)". */
  describe(...args: A): string;
  /** Why an answer is not legal, or undefined: the rule the run-time guard and check-policy share. */
  violation(answer: unknown, ...args: A): string | undefined;
  /** How an illegal answer is shown in the error (default: its JSON). */
  shown?(answer: unknown): string;
  /**
   * A copy of arguments that hold the model's own state: the guard hands a plugin one copy and
   * checks its answer against another, so the plugin can change neither.
   */
  isolate?(...args: A): A;
  /** How one decision is summarised in the trace; absent: the call is timed but not traced. */
  summarize?(answer: R, ...args: A): DecisionSummary;
  /** When the answer is an object with decisions of its own (a SKU's replenishment rule): their rules. */
  inner?(answer: R, ...args: A): DecisionRules;
}

/**
 * The decision methods of a family by name. A rule typed for its method's arguments fits here
 * because method parameters compare both ways; each rule is only ever called with its method's arguments.
 */
export type DecisionRules = Readonly<Record<string, DecisionRule<readonly unknown[], unknown>>>;
