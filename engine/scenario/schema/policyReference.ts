import { z } from 'zod';

/** A user's policy module and the options passed to its `create`. */
export const pluginReference = z.strictObject({
  module: z.string().min(1).describe('path to a .ts, .mts, .js or .mjs module, relative to the scenario file that names it'),
  options: z.record(z.string(), z.json()).default({}).describe('JSON options passed to the module\'s create(options)'),
});

/** A plugin reference as the scenario holds it. */
export type PluginReference = z.infer<typeof pluginReference>;

/** A policy: a built-in's name, or a user's module `{"module": "./my-policy.ts", "options": {...}}`. */
export const policyReference = (builtIns: string) =>
  z.union([z.string().min(1), pluginReference]).describe(`policy: ${builtIns}, or {"module": "./file.ts", "options": {...}} (see Plugins)`);

/** A policy reference as the scenario holds it. */
export type PolicyReference = string | PluginReference;

/** How reports name a policy: the built-in's name, or "plugin:" and the module's file name. */
export function policyLabel(reference: PolicyReference): string {
  return typeof reference === 'string' ? reference : `plugin:${reference.module.split(/[\\/]/).pop() ?? reference.module}`;
}
