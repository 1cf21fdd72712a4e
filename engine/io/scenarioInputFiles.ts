import { resolve } from 'node:path';
import { pluginReferencesIn } from '../policies/pluginReferences.js';
import type { LoadedScenario } from './readScenario.js';

/** True for a table the scenario reader loaded from a file (an order history, a SKU master, a rate card). */
function isLoadedTable(value: object): value is { readonly format: string; readonly source: string } {
  const { format, source } = value as { format?: unknown; source?: unknown };
  return typeof format === 'string' && format.startsWith('fulfill-') && typeof source === 'string' && source !== 'inline';
}

/** Collects the `source` of every loaded table below `value` (typed arrays are skipped: they hold no tables). */
function collectSources(value: unknown, into: Set<string>): void {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return;
  if (isLoadedTable(value)) {
    into.add(resolve(value.source));
    return;
  }
  for (const child of Array.isArray(value) ? value : Object.values(value)) collectSources(child, into);
}

/**
 * The files a loaded scenario was read from, as absolute paths: the scenario file, those it
 * `extends`, every CSV it names (order histories, SKU master, rate cards) and its plugin
 * modules. An output must never replace one of them.
 */
export function scenarioInputFiles(loaded: LoadedScenario): string[] {
  const files = new Set<string>([resolve(loaded.file), ...loaded.files]);
  for (const { module } of pluginReferencesIn(loaded.raw)) files.add(resolve(module));
  collectSources(loaded.scenario, files);
  return [...files];
}
