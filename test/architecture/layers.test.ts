import { describe, expect, it } from 'vitest';
import { importsOf, sourceFiles, type SourceImport } from '../helpers/importGraph.js';

/**
 * The engine's layers, lowest first. A file may import files of its own folder and of lower
 * layers only; folders that share a layer (scenario, stats, forecast, solvers) do not import
 * each other. The public entries sit on top (the Node one re-exports the other): they may list anything.
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  ['engine/version.ts'],
  ['engine/kernel/'],
  ['engine/scenario/', 'engine/stats/', 'engine/forecast/', 'engine/solvers/'],
  ['engine/domain/'],
  ['engine/policies/'],
  ['engine/model/'],
  ['engine/kpi/'],
  ['engine/experiment/'],
  ['engine/io/'],
  ['engine/parallel/'],
  ['engine/distributed/'],
  ['engine/cli/'],
  ['engine/index.ts'],
  ['engine/node.ts'],
];

/** Imports that break the rule today, each to be removed, never added to (none left). */
const KNOWN_VIOLATIONS: ReadonlySet<string> = new Set([]);

/** A file's unit (its layer's folder or file) and that layer's rank, or undefined outside every layer. */
function placeOf(file: string): { readonly unit: string; readonly rank: number } | undefined {
  for (const [rank, units] of LAYERS.entries()) {
    const unit = units.find((prefix) => (prefix.endsWith('/') ? file.startsWith(prefix) : file === prefix));
    if (unit !== undefined) return { unit, rank };
  }
  return undefined;
}

/** The layers as the failure messages show them: `engine/version.ts <- engine/kernel/ <- ...`. */
const LAYER_ORDER = LAYERS.map((units) => units.join(' / ')).join(' <- ');

const engineFiles = sourceFiles('engine');
const engineImports = engineFiles.flatMap((file) =>
  importsOf(file).filter((entry): entry is SourceImport & { file: string } => entry.file !== undefined),
);
const edge = (entry: { from: string; file: string }): string => `${entry.from} -> ${entry.file}`;

/** Why an import breaks the layer rule, or undefined when it does not. */
function violation(entry: SourceImport & { file: string }): string | undefined {
  const from = placeOf(entry.from);
  const to = placeOf(entry.file);
  if (from === undefined) return undefined; // reported by the test of files outside every layer
  if (to === undefined) return `${edge(entry)}: imports a file outside the engine's layers`;
  if (from.unit === to.unit || to.rank < from.rank) return undefined;
  const relation = to.rank === from.rank ? 'the same layer' : 'higher';
  return `${edge(entry)}: ${from.unit} (layer ${from.rank}) may not import ${to.unit} (layer ${to.rank}, ${relation})`;
}

/** Groups of files that import each other, directly or round about (Tarjan's strongly connected components). */
function importCycles(files: readonly string[], imports: ReadonlyArray<{ from: string; file: string }>): string[][] {
  const targets = new Map<string, string[]>(files.map((file) => [file, []]));
  for (const entry of imports) targets.get(entry.from)?.push(entry.file);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file) as number);
    stack.push(file);
    for (const target of targets.get(file) ?? []) {
      if (!targets.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file) as number, low.get(target) as number));
      } else if (stack.includes(target)) low.set(file, Math.min(low.get(file) as number, index.get(target) as number));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    for (;;) {
      const member = stack.pop() as string;
      component.push(member);
      if (member === file) break;
    }
    if (component.length > 1 || (targets.get(file) ?? []).includes(file)) cycles.push(component.sort());
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return cycles;
}

describe('engine layers', () => {
  it('importsOf places every engine file in a layer', () => {
    const outside = engineFiles.filter((file) => placeOf(file) === undefined);
    expect(outside, 'files in no layer: add their folder to LAYERS in test/architecture/layers.test.ts').toEqual([]);
  });

  it('importsOf finds only imports that point down the layers (kernel <- ... <- cli)', () => {
    const broken = engineImports.flatMap((entry) => {
      const reason = violation(entry);
      return reason === undefined || KNOWN_VIOLATIONS.has(edge(entry)) ? [] : [reason];
    });
    expect(broken, `imports against the layers ${LAYER_ORDER}:\n${broken.join('\n')}\n`).toEqual([]);
  });

  it('importsOf still finds every import of the known violations (a fixed one leaves the list)', () => {
    const present = new Set(engineImports.filter((entry) => violation(entry) !== undefined).map(edge));
    const fixed = [...KNOWN_VIOLATIONS].filter((known) => !present.has(known));
    expect(fixed, 'no longer violations: remove them from KNOWN_VIOLATIONS').toEqual([]);
  });

  it('importsOf finds no import cycle between engine files (type-only imports included)', () => {
    const cycles = importCycles(engineFiles, engineImports).map((members) => {
      const inside = engineImports.filter((entry) => members.includes(entry.from) && members.includes(entry.file)).map(edge);
      return `files that import each other:\n  ${inside.join('\n  ')}`;
    });
    expect(cycles, cycles.join('\n')).toEqual([]);
  });

  it('importCycles reports files that import each other, and only those', () => {
    const imports = [
      { from: 'a.ts', file: 'b.ts' },
      { from: 'b.ts', file: 'c.ts' },
      { from: 'c.ts', file: 'a.ts' },
      { from: 'c.ts', file: 'd.ts' },
      { from: 'e.ts', file: 'e.ts' },
    ];
    expect(importCycles(['a.ts', 'b.ts', 'c.ts', 'd.ts', 'e.ts'], imports)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
  });

  it('violation names both files and both layers of an upward import', () => {
    const upward = {
      from: 'engine/kpi/skuRows.ts',
      specifier: '../experiment/aggregateSkus.js',
      file: 'engine/experiment/aggregateSkus.ts',
      external: undefined,
      typeOnly: true,
    };
    expect(violation(upward)).toBe(
      'engine/kpi/skuRows.ts -> engine/experiment/aggregateSkus.ts: engine/kpi/ (layer 6) may not import engine/experiment/ (layer 7, higher)',
    );
    const sideways = {
      from: 'engine/stats/welch.ts',
      specifier: '../scenario/duration.js',
      file: 'engine/scenario/duration.ts',
      external: undefined,
      typeOnly: false,
    };
    expect(violation(sideways)).toBe(
      'engine/stats/welch.ts -> engine/scenario/duration.ts: engine/stats/ (layer 2) may not import engine/scenario/ (layer 2, the same layer)',
    );
    const downward = {
      from: 'engine/cli/main.ts',
      specifier: '../version.js',
      file: 'engine/version.ts',
      external: undefined,
      typeOnly: false,
    };
    expect(violation(downward)).toBeUndefined();
  });
});
