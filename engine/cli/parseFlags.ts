import { parseArgs } from 'node:util';
import { parseDuration } from '../scenario/duration.js';
import { UsageError } from './CliIo.js';

type FlagSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** Parses flags strictly (unknown flags are usage errors) and returns values and positionals. */
export function parseFlags<Spec extends FlagSpec>(args: readonly string[], spec: Spec) {
  try {
    return parseArgs({ args: [...args], options: spec, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}

/** An integer flag value within [min, max], or undefined when absent. */
export function integerFlag(name: string, value: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!/^-?\d+$/.test(value) || parsed < min || parsed > max) {
    throw new UsageError(`--${name}: expected an integer from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}, got "${value}"`);
  }
  return parsed;
}

/** A duration flag value such as "90d", or undefined when absent. */
export function durationFlag(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (parseDuration(value) === undefined) throw new UsageError(`--${name}: expected a duration such as "90d" or "12h", got "${value}"`);
  return value;
}
