import { RESERVED_NAMES } from './reservedNames.js';

/**
 * A copy of a raw scenario with the value at a dotted path replaced, e.g.
 * `warehouse.pickers` or `channels.web.ordersPerDay` (list items by index or by `name`).
 * Missing objects on the way are created, so fields left at their defaults can be set; the
 * result still goes through validation, which rejects unknown keys with their JSON path.
 * Returns an error message instead when the path cannot be followed.
 */
export function setPath(raw: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> | string {
  const segments = path.split('.');
  if (segments.some((segment) => segment === '')) return `expected a dotted path such as warehouse.pickers, got "${path}"`;
  const reserved = segments.find((segment) => RESERVED_NAMES.has(segment));
  if (reserved !== undefined) return `"${reserved}" is a reserved name, not a scenario field (in "${path}")`;
  const copy = structuredClone(raw);
  let node: unknown = copy;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index] as string;
    const last = index === segments.length - 1;
    const where = segments.slice(0, index).join('.') || 'the scenario';
    if (Array.isArray(node)) {
      const position = /^\d+$/.test(segment)
        ? Number(segment)
        : node.findIndex((item) => (item as { name?: unknown } | null)?.name === segment);
      if (position < 0 || position >= node.length) return `${where} has no item "${segment}" (give an index from 0 or an item's name)`;
      if (last) node[position] = value;
      else node = node[position];
      continue;
    }
    if (typeof node !== 'object' || node === null) return `${where} is not an object, so it has no "${segment}"`;
    const object = node as Record<string, unknown>;
    if (last) object[segment] = value;
    else
      node =
        Object.hasOwn(object, segment) && object[segment] !== undefined && object[segment] !== null
          ? object[segment]
          : (object[segment] = {});
  }
  return copy;
}

/** A command-line value: JSON when it parses (numbers, true, "text", [..]), otherwise the text itself. */
export function parseCliValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
