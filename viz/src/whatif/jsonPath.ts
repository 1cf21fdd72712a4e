import { formatJsonPath, type JsonPath } from '../../../engine/index.js';

/** Reads the value at `path` in `root`, or undefined. */
export function getAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Writes `value` at `path` in `root`, creating objects and arrays on the way. */
export function setAt(root: Record<string, unknown>, path: JsonPath, value: unknown): void {
  let node: Record<string | number, unknown> = root;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = path[index + 1];
    node[key] ??= typeof next === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
}

/** Copies the value at `path` from `from` into `into`, or removes it from `into` where `from` has none. */
export function copyAt(from: unknown, into: Record<string, unknown>, path: JsonPath): void {
  const value = getAt(from, path);
  if (value !== undefined) {
    setAt(into, path, structuredClone(value));
    return;
  }
  // Removed with the objects it leaves empty that `from` does not have either.
  for (let length = path.length; length > 0; length--) {
    const parent = getAt(into, path.slice(0, length - 1));
    const key = path[length - 1];
    if (typeof parent !== 'object' || parent === null || Array.isArray(parent) || key === undefined) return;
    const child = getAt(into, path.slice(0, length));
    const empty = typeof child === 'object' && child !== null && !Array.isArray(child) && Object.keys(child).length === 0;
    if (length < path.length && !(empty && getAt(from, path.slice(0, length)) === undefined)) return;
    delete (parent as Record<string | number, unknown>)[key];
  }
}

/** The `$.a.b[0]` form used for data-path attributes and error messages. */
export const pathKey = (path: JsonPath): string => formatJsonPath(path);

/** The changes that turn `base` into `edited`, as an override that `mergeScenario` applies to `base`. */
export function diffScenario(base: unknown, edited: unknown): unknown {
  if (
    typeof base === 'object' &&
    base !== null &&
    !Array.isArray(base) &&
    typeof edited === 'object' &&
    edited !== null &&
    !Array.isArray(edited)
  ) {
    const changes: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(edited)) {
      const change = diffScenario((base as Record<string, unknown>)[key], value);
      if (change !== undefined) changes[key] = change;
    }
    return Object.keys(changes).length > 0 ? changes : undefined;
  }
  return JSON.stringify(base) === JSON.stringify(edited) ? undefined : edited;
}
