import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/importGraph.js';

// The built package as a user gets it: needs `npm run build` first, like the tests that spawn the CLI.

/** The names a module exports at run time, loaded in a plain Node process by its package name (the package refers to itself). */
function builtExports(specifier: string): string[] {
  const script = `process.stdout.write(JSON.stringify(Object.keys(await import(${JSON.stringify(specifier)}))))`;
  return (
    JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' })) as string[]
  ).sort();
}

describe("package.json's exports", () => {
  it("import('fulfill') loads the build of engine/index.ts, with the same names as the source", async () => {
    const source = Object.keys(await import('../../engine/index.js')).sort();
    expect(builtExports('fulfill')).toEqual(source);
    expect(source).toEqual(
      expect.arrayContaining([
        'Simulation',
        'validateScenario',
        'runScenario',
        'compareScenarios',
        'runSweep',
        'optimizeBySimulation',
        'KPI_DEFINITIONS',
        'POLICY_FAMILIES',
        'lookupBuiltIn',
      ]),
    );
  });

  it("import('fulfill/node') loads the build of engine/node.ts: all of 'fulfill' and the Node-only parts", async () => {
    const source = Object.keys(await import('../../engine/node.js')).sort();
    expect(builtExports('fulfill/node')).toEqual(source);
    expect(source).toEqual(
      expect.arrayContaining([...builtExports('fulfill'), 'readScenario', 'loadScenarios', 'workerPool', 'queueRunner', 'engineVersion']),
    );
  });

  it('the build holds the declarations the exports name as types', () => {
    for (const entry of ['index', 'node'])
      expect(existsSync(join(ROOT, 'dist', 'engine', `${entry}.d.ts`)), `dist/engine/${entry}.d.ts (npm run build)`).toBe(true);
  });
});

describe('what loading the package costs', () => {
  it("import('fulfill/node') and the CLI's main module load no queue client: bullmq and ioredis (about 20 MB) load when a queue is used", () => {
    // CommonJS modules an ES import loads land in require.cache; ioredis is CommonJS and bullmq loads it.
    const loaded = `const { createRequire } = await import('node:module'); const require = createRequire(import.meta.url);
      await import(process.argv[1]);
      process.stdout.write(JSON.stringify(Object.keys(require.cache).filter((file) => /node_modules\\/(ioredis|bullmq)\\//.test(file))))`;
    const queueModules = (specifier: string): string[] =>
      JSON.parse(
        execFileSync(process.execPath, ['--input-type=module', '-e', loaded, specifier], { cwd: ROOT, encoding: 'utf8' }),
      ) as string[];
    expect(queueModules('fulfill/node')).toEqual([]);
    expect(queueModules('./dist/engine/cli/main.js')).toEqual([]);
    // The check itself sees the client when it is loaded.
    expect(queueModules('ioredis').length).toBeGreaterThan(0);
  });
});
