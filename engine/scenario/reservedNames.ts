import type { InputProblem, JsonPath } from './ScenarioError.js';

/**
 * Names that JavaScript objects inherit or treat specially. As a key or a `name` they would
 * reach `Object.prototype` instead of the user's entry (a silently dropped `__proto__` key, a
 * policy called "constructor" found on every object), so input may not use them at all.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** True when `name` is an own entry of `record`: the only safe test for a user-given name. */
export function hasOwnName(record: object, name: string): boolean {
  return Object.hasOwn(record, name) && !RESERVED_NAMES.has(name);
}

/** The own entry `name` of `record`, or undefined: never a value inherited from Object.prototype. */
export function ownEntry<T>(record: Readonly<Record<string, T>>, name: string): T | undefined {
  return hasOwnName(record, name) ? record[name] : undefined;
}

/** How deeply scenario JSON may nest: far beyond any real scenario, far below the call stack's limit. */
export const MAX_JSON_DEPTH = 64;

/**
 * Problems for every reserved name used as a key, or as the value of a `name` field, in parsed
 * JSON, and for nesting deeper than MAX_JSON_DEPTH. Walks with its own stack, so hostile
 * nesting cannot overflow the call stack.
 */
export function reservedNameProblems(root: unknown): InputProblem[] {
  const problems: InputProblem[] = [];
  const stack: Array<{ value: unknown; path: JsonPath }> = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: JsonPath };
    // Typed arrays (compact columns) hold numbers only.
    if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) continue;
    if (path.length >= MAX_JSON_DEPTH) {
      problems.push({ path, message: `nested more than ${MAX_JSON_DEPTH} levels deep` });
      continue;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (typeof item === 'object' && item !== null) stack.push({ value: item, path: [...path, index] });
      });
      continue;
    }
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (RESERVED_NAMES.has(key))
        problems.push({ path: [...path, key], message: `"${key}" is a reserved name and cannot be used as a key` });
      else if (key === 'name' && typeof item === 'string' && RESERVED_NAMES.has(item))
        problems.push({ path: [...path, key], message: `"${item}" is a reserved name; choose another` });
      else stack.push({ value: item, path: [...path, key] });
    }
  }
  return problems;
}
