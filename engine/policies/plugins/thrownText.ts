import { watchDecision } from './decisionWatch.js';

/**
 * What plugin code of `module` threw, as text for a message. Reading it runs plugin code again
 * (a `message` getter, a `toString`, a Proxy's traps): so it is watched like any call into the
 * plugin, since one that never returns would otherwise hang the command, and what it throws in
 * turn becomes a fixed text rather than an internal error of ours (`typeof` runs no trap).
 */
export function thrownText(module: string, error: unknown): string {
  try {
    return watchDecision(module, 'describing what it threw', () => (error instanceof Error ? String(error.message) : String(error)));
  } catch {
    return `a value that cannot be shown as text (${typeof error})`;
  }
}

/**
 * A value that is not an object, for a message: a string quoted, a function by its type (its
 * text is its source), anything else as written (not JSON: a bigint would make it throw).
 */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return '(a function)';
  if (typeof value === 'object' && value !== null) return '(an object)';
  return String(value);
}
