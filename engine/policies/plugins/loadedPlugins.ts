import { isPolicyFamily, POLICY_FAMILY_NAMES } from '../registry.js';
import { PolicyError } from './PolicyError.js';
import type { PolicyPlugin } from './PolicyPlugin.js';

// Plugin modules are loaded asynchronously at the I/O edge (engine/io/loadPlugins.ts) and
// kept here by absolute path, so building a model stays synchronous.
const plugins = new Map<string, PolicyPlugin>();

/** Checks a module's default export and registers it under its path; returns the plugin. */
export function registerPlugin(path: string, exported: unknown): PolicyPlugin {
  if (typeof exported !== 'object' || exported === null) {
    throw new PolicyError(path, 'expected a default export {family, create(options)}');
  }
  const candidate = exported as { family?: unknown; create?: unknown };
  if (!isPolicyFamily(candidate.family)) {
    throw new PolicyError(
      path,
      `expected "family" to be one of ${POLICY_FAMILY_NAMES.join(', ')}, got ${JSON.stringify(candidate.family)}`,
    );
  }
  if (typeof candidate.create !== 'function') throw new PolicyError(path, 'expected a create(options) function');
  const plugin = exported as PolicyPlugin;
  plugins.set(path, plugin);
  return plugin;
}

/** The plugin loaded from `path`, if it has been. */
export function loadedPlugin(path: string): PolicyPlugin | undefined {
  return plugins.get(path);
}
