import fc from 'fast-check';

/** One rule every policy of a family must keep, with the fast-check property that tests it. */
export interface ConformanceProperty {
  readonly name: string;
  check(parameters: fc.Parameters<unknown>): ConformanceOutcome;
}

/** What checking a rule found: passed, or the shrunk counterexample and the error it raised. */
export interface ConformanceOutcome {
  readonly name: string;
  readonly passed: boolean;
  readonly runs: number;
  readonly counterexample?: string;
  readonly error?: string;
  /** fast-check's seed and path: `--seed` and `--path` replay exactly this failure. */
  readonly seed: number;
  readonly path?: string;
}

/** A conformance rule over inputs drawn from `inputs`; `holds` throws (or returns false) when the rule is broken. */
export function conformanceProperty<T>(name: string, inputs: fc.Arbitrary<T>, holds: (input: T) => boolean | void): ConformanceProperty {
  return {
    name,
    check(parameters) {
      const details = fc.check(fc.property(inputs, holds), parameters as fc.Parameters<[T]>);
      const outcome = { name, passed: !details.failed, runs: details.numRuns, seed: details.seed };
      if (!details.failed) return outcome;
      return {
        ...outcome,
        counterexample: describeValue(details.counterexample?.[0]),
        error: failureMessage(details.errorInstance),
        path: details.counterexamplePath ?? '',
      };
    },
  };
}

/** What made a property fail: the thrown error's message, or the value thrown, or a false return. */
function failureMessage(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  if (thrown === null || thrown === undefined) return 'property returned false';
  return typeof thrown === 'string' ? thrown : JSON.stringify(thrown);
}

/** A readable JSON rendering of a counterexample (Sets and Maps as arrays, NaN as "NaN"). */
function describeValue(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, inner: unknown) => {
      if (inner instanceof Set) return [...(inner as Set<unknown>)];
      if (inner instanceof Map) return Object.fromEntries(inner as Map<unknown, unknown>) as unknown;
      if (typeof inner === 'number' && !Number.isFinite(inner)) return String(inner);
      if (typeof inner === 'function') return '[function]';
      return inner;
    },
    2,
  );
}

/** Throws a rule violation with a message that says what was expected. */
export function violated(message: string): never {
  throw new Error(message);
}

/** True when two decisions are the same value (deep, for arrays of numbers and plain objects). */
export function sameDecision(first: unknown, second: unknown): boolean {
  return JSON.stringify(first) === JSON.stringify(second);
}
