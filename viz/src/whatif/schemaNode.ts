/** The parts of the scenario's JSON Schema (zod's `z.toJSONSchema`) the what-if panel reads. */
export interface SchemaNode {
  type?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
}

/** The alternatives of a union node (`anyOf` or `oneOf`), or none. */
export const variantsOf = (node: SchemaNode): SchemaNode[] => node.anyOf ?? node.oneOf ?? [];

/** The schema node describing the value at `path` (object keys and list indexes), or undefined. */
export function schemaAt(root: SchemaNode, path: readonly (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const key of path) {
    if (node === undefined) return undefined;
    if (typeof key === 'number') node = node.items;
    else node = node.properties?.[key] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
  }
  return node;
}

// zod writes "no upper limit" on integers as Number.MAX_SAFE_INTEGER.
const UNBOUNDED = 1e15;

/** The inclusive range a number field accepts, with an exclusive bound moved in by `step`. */
export function numberRange(node: SchemaNode, step: number): { min: number; max: number } {
  const min = node.minimum ?? (node.exclusiveMinimum === undefined ? -Infinity : node.exclusiveMinimum + step);
  const upper = node.maximum ?? (node.exclusiveMaximum === undefined ? Infinity : node.exclusiveMaximum - step);
  return { min, max: upper >= UNBOUNDED ? Infinity : upper };
}
