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
