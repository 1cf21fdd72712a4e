import { isPolicyFamily, POLICY_FAMILY_NAMES } from '../registry.js';
import { PolicyError } from './PolicyError.js';
import type { PolicyPlugin } from './PolicyPlugin.js';

// Plugin modules are loaded asynchronously at the I/O edge (engine/io/loadPlugins.ts) and
// kept here by absolute path, so building a model stays synchronous.
const plugins = new Map<string, PolicyPlugin>();

/**
 * Checks a module's default export and registers it under its path; returns the plugin. Its
 * `family` and `create` are read once, here (the caller watches this call): what is kept is
 * a plain object of the two, so no later read runs a getter of the plugin's again.
 */
export function registerPlugin(path: string, exported: unknown): PolicyPlugin {
  if (typeof exported !== 'object' || exported === null) {
    throw new PolicyError(path, 'expected a default export {family, create(options)}');
  }
  const { family, create } = exported as { family?: unknown; create?: unknown };
  if (!isPolicyFamily(family)) {
    // Not JSON: a bigint or a cyclic object would make JSON.stringify throw.
    const shown =
      typeof family === 'string'
        ? JSON.stringify(family)
        : typeof family === 'number' || typeof family === 'boolean' || typeof family === 'bigint' || family === undefined || family === null
          ? String(family)
          : `(a ${typeof family})`;
    throw new PolicyError(path, `expected "family" to be one of ${POLICY_FAMILY_NAMES.join(', ')}, got ${shown}`);
  }
  if (typeof create !== 'function') throw new PolicyError(path, 'expected a create(options) function');
  // Called on the export, as `plugin.create(options)` was: a create that reads `this` still finds it.
  const plugin: PolicyPlugin = { family, create: (options) => (create as PolicyPlugin['create']).call(exported, options) };
  plugins.set(path, plugin);
  return plugin;
}

/** The plugin loaded from `path`, if it has been. */
export function loadedPlugin(path: string): PolicyPlugin | undefined {
  return plugins.get(path);
}
