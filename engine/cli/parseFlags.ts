import { parseDuration } from '../scenario/duration.js';
import { UsageError } from './CliIo.js';

/** An integer flag value within [min, max], or undefined when absent. */
export function integerFlag(name: string, value: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!/^-?\d+$/.test(value) || parsed < min || parsed > max) {
    // The largest exact integer is named only when it was passed: "an integer >= 0" would be untrue of 2^53 + 1.
    const range = max < Number.MAX_SAFE_INTEGER ? `from ${min} to ${max}` : parsed > max ? `from ${min} to ${max} (2^53 - 1)` : `>= ${min}`;
    throw new UsageError(`--${name}: expected an integer ${range}, got "${value}"`);
  }
  return parsed;
}

/** A duration flag value such as "90d", or undefined when absent; `examples` name likely values in the message. */
export function durationFlag(name: string, value: string | undefined, examples = '"90d" or "12h"'): string | undefined {
  if (value === undefined) return undefined;
  if (parseDuration(value) === undefined) throw new UsageError(`--${name}: expected a duration such as ${examples}, got "${value}"`);
  return value;
}
