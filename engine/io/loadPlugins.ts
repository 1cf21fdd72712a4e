import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { registerPlugin, loadedPlugin } from '../policies/plugins/loadedPlugins.js';
import { PolicyError } from '../policies/plugins/PolicyError.js';
import type { PolicyPlugin } from '../policies/plugins/PolicyPlugin.js';
import { scenarioPolicies } from '../policies/scenarioPolicies.js';
import { verifiedCopy } from './verifiedCopy.js';
import type { Scenario } from '../scenario/schema/scenario.js';

/**
 * Loads a plugin module by absolute path (TypeScript through tsx) and registers it. With
 * `sha256` (code that came with a queue job) only bytes checked against it are imported.
 */
export async function loadPluginModule(path: string, sha256?: string): Promise<PolicyPlugin> {
  const known = loadedPlugin(path);
  if (known !== undefined) return known;
  if (!existsSync(path)) throw new PolicyError(path, 'file not found');
  const source = sha256 === undefined ? path : verifiedCopy(path, sha256);
  let module: { default?: unknown };
  try {
    if (/\.(c|m)?tsx?$/.test(source)) {
      const { tsImport } = await import('tsx/esm/api');
      module = (await tsImport(pathToFileURL(source).href, import.meta.url)) as { default?: unknown };
    } else {
      module = (await import(pathToFileURL(source).href)) as { default?: unknown };
    }
  } catch (error) {
    throw new PolicyError(path, `cannot be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
  return registerPlugin(path, module.default);
}

/** Loads every plugin a scenario names, so models can be built synchronously (`hashes`: see loadPluginModule). */
export async function loadScenarioPlugins(scenario: Scenario, hashes?: ReadonlyMap<string, string>): Promise<void> {
  for (const { reference } of scenarioPolicies(scenario)) {
    if (typeof reference !== 'string') await loadPluginModule(reference.module, hashes?.get(reference.module));
  }
}
