import type { z } from 'zod';
import type { JsonPath } from './ScenarioError.js';

interface SchemaDef {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly in?: z.ZodType;
}

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

/** The object schemas a schema may be, looking through wrappers and unions. */
function objectsOf(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  if (def.type === 'object') return [schema];
  if (def.innerType !== undefined) return objectsOf(def.innerType);
  if (def.in !== undefined) return objectsOf(def.in);
  if (def.options !== undefined) return def.options.flatMap(objectsOf);
  return [];
}

function childrenOf(schema: z.ZodType, key: string | number): z.ZodType[] {
  const def = defOf(schema);
  if (def.innerType !== undefined) return childrenOf(def.innerType, key);
  if (def.in !== undefined) return childrenOf(def.in, key);
  if (def.options !== undefined) return def.options.flatMap((option) => childrenOf(option, key));
  if (def.type === 'array' && def.element !== undefined) return [def.element];
  if (def.type === 'record' && def.valueType !== undefined) return [def.valueType];
  const child = def.shape?.[String(key)];
  return child === undefined ? [] : [child];
}

/** Keys an object at `path` may have according to `schema` (for "did you mean" messages). */
export function knownKeysAt(schema: z.ZodType, path: JsonPath): string[] {
  let candidates = [schema];
  for (const key of path) candidates = candidates.flatMap((candidate) => childrenOf(candidate, key));
  const keys = new Set<string>();
  for (const candidate of candidates)
    for (const object of objectsOf(candidate)) {
      for (const key of Object.keys(defOf(object).shape ?? {})) keys.add(key);
    }
  return [...keys];
}
