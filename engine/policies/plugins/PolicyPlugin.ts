import type { PolicyFamilyName, PolicyOfFamily } from '../PolicyOfFamily.js';

/** JSON options from the scenario. */
export type PluginOptions = Readonly<Record<string, unknown>>;

/**
 * What a plugin module exports as its default: the family it belongs to and a factory that
 * builds the policy from the scenario's options (called once per replication).
 */
export interface PolicyPlugin<F extends PolicyFamilyName = PolicyFamilyName> {
  readonly family: F;
  create(options: PluginOptions): PolicyOfFamily[F];
}
