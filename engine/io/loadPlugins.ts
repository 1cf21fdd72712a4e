import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { watchDecision, watchDecisionAsync } from '../policies/plugins/decisionWatch.js';
import { registerPlugin, loadedPlugin } from '../policies/plugins/loadedPlugins.js';
import { PolicyError } from '../policies/plugins/PolicyError.js';
import type { PolicyPlugin } from '../policies/plugins/PolicyPlugin.js';
import { isPluginChoice, scenarioPolicies } from '../policies/scenarioPolicies.js';
import { inspectFile } from './inspectFile.js';
import { verifiedCopy } from './verifiedCopy.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { thrownText } from '../policies/plugins/thrownText.js';

let warmed: Promise<void> | undefined;

/** The least time the TypeScript compiler's start is given, whatever --plugin-timeout says (seconds on a busy machine). */
const TYPESCRIPT_START_MS = 60_000;

/**
 * Starts the TypeScript compiler (tsx's loader and esbuild: seconds on a busy machine) by
 * compiling a one-line module, so the time a plugin's import is allowed covers its own code.
 */
function warmTypeScript(): Promise<void> {
  warmed ??= (async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fulfill-tsx-'));
    try {
      const file = join(folder, 'warm.mts');
      writeFileSync(file, 'export default 0 as number;\n');
      const { tsImport } = await import('tsx/esm/api');
      await tsImport(pathToFileURL(file).href, import.meta.url);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  })();
  return warmed;
}

/**
 * Loads a plugin module by absolute path (TypeScript through tsx) and registers it. With
 * `sha256` (code that came with a queue job) only bytes checked against it are imported.
 */
export async function loadPluginModule(path: string, sha256?: string): Promise<PolicyPlugin> {
  const known = loadedPlugin(path);
  if (known !== undefined) return known;
  // A FIFO or device would block the importing thread in open(), where no time limit can reach it.
  const { kind } = inspectFile(path);
  if (kind === 'missing') throw new PolicyError(path, 'file not found');
  if (kind !== 'file') throw new PolicyError(path, 'expected a regular file (not a folder, device, pipe or socket)');
  const source = sha256 === undefined ? path : verifiedCopy(path, sha256);
  let module: { default?: unknown };
  try {
    // The module's top-level code runs here: supervised like any decision, so it cannot hang the run.
    const typeScript = /\.(c|m)?tsx?$/.test(source);
    // Watched too: tsx's loader hooks, started from a worker thread, can deadlock inside Node
    // (a thread asleep in Atomics.wait for a hooks thread that never answers; nodejs/node#50948
    // is of that kind). Seen once, in a test run: the command hung until killed.
    if (typeScript) await watchDecisionAsync(path, 'import (starting the TypeScript compiler, tsx)', warmTypeScript, TYPESCRIPT_START_MS);
    module = await watchDecisionAsync(path, 'import (its top-level code)', async () => {
      if (!typeScript) return (await import(pathToFileURL(source).href)) as { default?: unknown };
      const { tsImport } = await import('tsx/esm/api');
      return (await tsImport(pathToFileURL(source).href, import.meta.url)) as { default?: unknown };
    });
  } catch (error) {
    throw new PolicyError(path, `cannot be loaded: ${thrownText(path, error)}`);
  }
  // Reading the export runs plugin code too (a getter, a Proxy): watched, and what it throws is the plugin's mistake.
  try {
    return watchDecision(path, 'reading its default export', () => registerPlugin(path, defaultExport(module)));
  } catch (error) {
    if (error instanceof PolicyError) throw error;
    throw new PolicyError(path, `reading its default export threw: ${thrownText(path, error)}`);
  }
}

/**
 * The module's default export. A `.ts` file in a folder whose package.json does not say
 * `"type": "module"` (or has none) is compiled as CommonJS: its `export default` then arrives
 * as `module.exports.default` beside the `__esModule` marker, one level deeper.
 */
function defaultExport(module: { default?: unknown }): unknown {
  const exported = module.default;
  if (
    typeof exported === 'object' &&
    exported !== null &&
    (exported as { __esModule?: unknown }).__esModule === true &&
    'default' in exported
  ) {
    return exported.default;
  }
  return exported;
}

/** Loads every plugin a scenario names, so models can be built synchronously (`hashes`: see loadPluginModule). */
export async function loadScenarioPlugins(scenario: Scenario, hashes?: ReadonlyMap<string, string>): Promise<void> {
  for (const { choice } of scenarioPolicies(scenario)) {
    if (isPluginChoice(choice)) await loadPluginModule(choice.module, hashes?.get(choice.module));
  }
}
