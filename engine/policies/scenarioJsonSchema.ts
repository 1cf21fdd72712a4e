import { z } from 'zod';
import type { JsonSchemaNode } from '../scenario/scenarioReference.js';
import { scenarioSchema } from '../scenario/schema/scenario.js';
import { policyNames, POLICY_FAMILIES } from './registry.js';

/** The schema nodes at a family's path (`*`: every property, or the map's values). */
function nodesAt(root: JsonSchemaNode, pattern: readonly string[]): JsonSchemaNode[] {
  let nodes = [root];
  for (const key of pattern) {
    nodes = nodes.flatMap((node) => {
      if (key !== '*') return node.properties?.[key] ?? [];
      const values = typeof node.additionalProperties === 'object' ? [node.additionalProperties] : [];
      return [...Object.values(node.properties ?? {}), ...values];
    });
  }
  return nodes;
}

/**
 * The scenario's JSON Schema with each policy field naming its family's built-ins, from the
 * registry: a field that takes a name gets them as an `enum` (so the schema's name lists are
 * never typed by hand) and its family as `x-policy-family` (the field reference then points to
 * the policy table instead of repeating them); a plugin beside `type`-chosen built-ins loses the
 * placeholder `type` the validator uses to tell them apart.
 */
export function scenarioJsonSchema(): JsonSchemaNode {
  const root = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;
  for (const family of POLICY_FAMILIES) {
    for (const node of family.paths.flatMap((pattern) => nodesAt(root, pattern))) {
      for (const variant of node.anyOf ?? node.oneOf ?? []) {
        if (variant.type === 'string') Object.assign(variant, { enum: policyNames(family.name), 'x-policy-family': family.name });
        if (variant.properties?.module !== undefined) delete variant.properties.type;
      }
    }
  }
  return root;
}
