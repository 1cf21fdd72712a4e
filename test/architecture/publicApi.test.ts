import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, moduleSpecifiers, ROOT, sourceFiles } from '../helpers/importGraph.js';

/** The public entries: for any runtime (the dashboard's browser bundle) and for Node. */
const BROWSER_ENTRY = 'engine/index.ts';
const NODE_ENTRY = 'engine/node.ts';

/**
 * Packages known to run in a browser, so the browser entry may reach them (simple-statistics:
 * engine/stats/ is moving onto it). A package that needs Node belongs behind engine/node.ts.
 */
// fast-check is plain JavaScript too; the engine loads it only on demand, for check-policy's conformance rules.
const BROWSER_SAFE_PACKAGES: ReadonlySet<string> = new Set(['zod', 'seedrandom', 'd3-random', 'simple-statistics', 'fast-check']);

/** Every file the entry loads at run time (type-only imports are erased), with the packages and built-ins each one imports. */
function runtimeClosure(entry: string): { files: Set<string>; externals: Array<{ readonly from: string; readonly name: string }> } {
  const files = new Set<string>();
  const externals: Array<{ from: string; name: string }> = [];
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    for (const imported of importsOf(file)) {
      if (imported.typeOnly) continue;
      if (imported.file !== undefined) pending.push(imported.file);
      if (imported.external !== undefined) externals.push({ from: file, name: imported.external });
    }
  }
  return { files, externals };
}

/** The imports of `folder`'s files that reach into engine/ other than through `entries`, as "file -> engine file". */
function privateEngineImports(folder: string, entries: readonly string[]): string[] {
  return sourceFiles(folder).flatMap((file) =>
    importsOf(file)
      .filter((imported) => imported.file?.startsWith('engine/') === true && !entries.includes(imported.file))
      .map((imported) => `${file} -> ${imported.file ?? ''}`),
  );
}

describe('the public API', () => {
  it('runtimeClosure of engine/index.ts reaches no Node built-in and only browser-safe packages', () => {
    const { files, externals } = runtimeClosure(BROWSER_ENTRY);
    expect(files.size).toBeGreaterThan(50);
    const nodeOnly = externals.filter(({ name }) => !BROWSER_SAFE_PACKAGES.has(name)).map(({ from, name }) => `${from} imports ${name}`);
    expect(
      nodeOnly,
      `the browser entry must not load these (move the export to ${NODE_ENTRY}, or list a browser-safe package in BROWSER_SAFE_PACKAGES):\n${nodeOnly.join('\n')}\n`,
    ).toEqual([]);
  });

  it('runtimeClosure of engine/node.ts includes engine/index.ts and the Node-only parts', () => {
    const { files, externals } = runtimeClosure(NODE_ENTRY);
    expect(files.has(BROWSER_ENTRY)).toBe(true);
    expect(externals.map(({ name }) => name)).toEqual(expect.arrayContaining(['node:fs', 'piscina', 'bullmq']));
  });

  it('importsOf viz/src reaches the engine only through engine/index.ts (the dashboard is a browser bundle)', () => {
    const reaching = privateEngineImports('viz/src', [BROWSER_ENTRY]);
    expect(reaching, `import these from ${BROWSER_ENTRY} (make the name public there deliberately):\n${reaching.join('\n')}\n`).toEqual([]);
  });

  it('importsOf bench/, examples/ and the example plugin reach the engine only through the public entries', () => {
    const reaching = [
      ...privateEngineImports('bench', [BROWSER_ENTRY, NODE_ENTRY]),
      ...privateEngineImports('examples', [BROWSER_ENTRY, NODE_ENTRY]),
      ...privateEngineImports('scenarios/plugins', [BROWSER_ENTRY, NODE_ENTRY]),
    ];
    expect(reaching, `import these from ${BROWSER_ENTRY} or ${NODE_ENTRY}:\n${reaching.join('\n')}\n`).toEqual([]);
  });

  it("moduleSpecifiers of the README's TypeScript examples are the package's public entries", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
    expect(examples.length).toBeGreaterThan(0);
    const specifiers = examples.flatMap((code) => moduleSpecifiers('README.ts', code).map(({ specifier }) => specifier));
    expect(specifiers.length).toBeGreaterThan(0);
    expect(specifiers.filter((specifier) => specifier !== 'fulfill' && specifier !== 'fulfill/node')).toEqual([]);
  });

  it("package.json's exports map 'fulfill' and 'fulfill/node' to the built entries and their declarations", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
      types: string;
      main: string;
    };
    const built = (entry: string): { types: string; default: string } => ({
      types: `./dist/${entry.replace(/\.ts$/, '.d.ts')}`,
      default: `./dist/${entry.replace(/\.ts$/, '.js')}`,
    });
    expect(manifest.exports['.']).toEqual(built(BROWSER_ENTRY));
    expect(manifest.exports['./node']).toEqual(built(NODE_ENTRY));
    expect({ main: manifest.main, types: manifest.types }).toEqual({
      main: built(BROWSER_ENTRY).default,
      types: built(BROWSER_ENTRY).types,
    });
  });
});
