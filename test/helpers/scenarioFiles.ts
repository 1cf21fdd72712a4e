import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where a scenario file goes: `name`.json (default scenario.json) in `folder` (default a fresh temporary one). */
export interface ScenarioFilePlace {
  readonly name?: string;
  readonly folder?: string;
}

/** Writes a scenario file that extends scenarios/baseline.json with `overrides`; returns its path. */
export function baselineFile(overrides: Record<string, unknown> = {}, { name = 'scenario', folder }: ScenarioFilePlace = {}): string {
  const file = join(folder ?? mkdtempSync(join(tmpdir(), 'fulfill-scenario-')), `${name}.json`);
  writeFileSync(file, JSON.stringify({ extends: resolve('scenarios/baseline.json'), ...overrides }));
  return file;
}

/** The absolute path of a test plugin module in test/fixtures/plugins. */
export function pluginFixture(name: string): string {
  return resolve('test/fixtures/plugins', name);
}
