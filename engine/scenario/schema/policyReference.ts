import { z } from 'zod';

/** A user's policy module and the options passed to its `create`. */
export const pluginReference = z.strictObject({
  module: z.string().min(1).describe('path to a .ts, .mts, .js or .mjs module, relative to the scenario file that names it'),
  options: z.record(z.string(), z.json()).default({}).describe("JSON options passed to the module's create(options)"),
});

/** A plugin reference as the scenario holds it. */
export type PluginReference = z.infer<typeof pluginReference>;

/**
 * A policy: a built-in's name, or a user's module `{"module": "./my-policy.ts", "options": {...}}`.
 * The names are checked against the policy registry when the scenario is read, and listed in
 * the JSON Schema and the field reference from it (engine/policies/scenarioJsonSchema.ts).
 */
export const policyReference = () => z.union([z.string().min(1), pluginReference]);

/** A policy reference as the scenario holds it. */
export type PolicyReference = string | PluginReference;

/** How reports name a policy: the built-in's name (or `type`), or "plugin:" and the module's file name. */
export function policyLabel(reference: PolicyReference | { readonly type: string }): string {
  if (typeof reference === 'string') return reference;
  if ('type' in reference) return reference.type;
  return `plugin:${reference.module.split(/[\\/]/).pop() ?? reference.module}`;
}
