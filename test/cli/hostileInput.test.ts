import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvMutation, mutateCsv } from '../helpers/csvMutation.js';
import { routeCommand } from '../../engine/cli/commands/route.js';
import { ScenarioError } from '../../engine/scenario/ScenarioError.js';
import { cli } from '../helpers/cli.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Hostile replacement values: wrong types, huge and negative numbers, prototype names, impossible dates and durations. */
const HOSTILE_VALUES: Json[] = [
  null,
  true,
  0,
  -1,
  -1e9,
  1.5,
  1e9,
  1e308,
  -1e308,
  2 ** 53 + 1,
  '',
  'abc',
  '__proto__',
  'constructor',
  'toString',
  '2024-02-30T10:00:00',
  '13/05/2011',
  '99999999d',
  '-3h',
  '1e9d',
  '25:00',
  [],
  [1, 'x'],
  {},
  { dist: 'constructor' },
  { dist: 'exponential', mean: -1 },
];
const HOSTILE_KEYS = ['__proto__', 'constructor', 'toString', 'prototype', '', 'x'];

/** Every path to a value inside `json`. */
function pathsOf(json: Json, path: Array<string | number> = []): Array<Array<string | number>> {
  const inner = Array.isArray(json)
    ? json.flatMap((item, index) => pathsOf(item, [...path, index]))
    : typeof json === 'object' && json !== null
      ? Object.keys(json).flatMap((key) => pathsOf(json[key] as Json, [...path, key]))
      : [];
  return path.length === 0 ? inner : [path, ...inner];
}

type Mutation = { kind: 'delete' } | { kind: 'rename'; key: string } | { kind: 'set'; value: Json };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'delete' }),
  fc.constantFrom(...HOSTILE_KEYS).map((key): Mutation => ({ kind: 'rename', key })),
  fc.constantFrom(...HOSTILE_VALUES).map((value): Mutation => ({ kind: 'set', value })),
  fc.jsonValue({ maxDepth: 2 }).map((value): Mutation => ({ kind: 'set', value: value as Json })),
);

/** A copy of `json` with one mutation at `path` (keys defined, never assigned, so "__proto__" stays a key). */
function mutate(json: Json, path: ReadonlyArray<string | number>, change: Mutation): Json {
  const copy = structuredClone(json);
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (Array.isArray(parent)) {
    if (change.kind === 'set') parent[last as number] = change.value;
    else parent.splice(last as number, 1);
    return copy;
  }
  const value = parent[last] as Json;
  if (change.kind !== 'set') delete parent[last];
  const key = change.kind === 'rename' ? change.key : last;
  if (change.kind !== 'delete')
    Object.defineProperty(parent, key, {
      value: change.kind === 'set' ? change.value : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

/** Exit 0 or 2, never 1; no stack trace; and after a refusal no results folder half-written. */
function expectClean({ code, out }: { code: number; out: string }, outDir: string, label: string): void {
  expect([0, 2], `${label}\n${out.slice(0, 2000)}`).toContain(code);
  expect(out, label).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/);
  if (code === 2 && existsSync(outDir)) {
    expect(
      readdirSync(outDir).filter((file) => file.includes('.partial') || file.startsWith('.')),
      label,
    ).toEqual([]);
  }
}

// Short enough that a valid mutant runs in well under a second.
const QUICK = { replications: 1, horizon: '2d', warmup: '1d' };

describe('hostile scenarios', () => {
  for (const file of ['scenarios/baseline.json', 'scenarios/replay/sample.json']) {
    it(`validate and run of mutated ${file} exit 0 or 2 with no stack trace`, async () => {
      const base: Record<string, Json> = { ...(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Json>), ...QUICK };
      const directory = mkdtempSync(join(tmpdir(), 'fulfill-hostile-'));
      // Relative paths inside the scenario (extends, histories) keep working from the temporary copy.
      const from = (path: Json): Json => (typeof path === 'string' ? resolve(dirname(file), path) : path);
      if (base.extends !== undefined) base.extends = from(base.extends);
      for (const channel of Array.isArray(base.channels) ? base.channels : []) {
        if (typeof channel === 'object' && channel !== null && !Array.isArray(channel) && channel.orderHistory !== undefined)
          channel.orderHistory = from(channel.orderHistory);
      }
      const paths = pathsOf(base).filter((path) => !(path[0] === 'extends'));
      let index = 0;
      await fc.assert(
        fc.asyncProperty(fc.nat(paths.length - 1), mutation, async (at, change) => {
          const path = paths[at] as Array<string | number>;
          const scenario = join(directory, `m${index++}.json`);
          writeFileSync(scenario, JSON.stringify(mutate(base, path, change)));
          const label = `${path.join('.')} ${JSON.stringify(change)}`;
          const validated = await cli('validate', scenario);
          expectClean(validated, '', `validate ${label}`);
          const outDir = join(directory, `out${index}`);
          const ran = await cli('run', scenario, '--workers', '1', '--json', '--out', outDir);
          expectClean(ran, outDir, `run ${label}`);
          if (validated.code === 2) expect(ran.code, `run accepted what validate refused: ${label}`).toBe(2);
        }),
        { numRuns: Number(process.env.FULFILL_HOSTILE_RUNS ?? 60), seed: Number(process.env.FULFILL_HOSTILE_SEED ?? 20261130) },
      );
    });
  }
});

/** Hostile CSV cells: junk, prototype names, impossible and day-first dates, huge and negative quantities, quoting. */
const HOSTILE_CELLS = [
  '',
  'x',
  '__proto__',
  'constructor',
  '2024-02-30T10:00:00',
  '13/05/2011 10:00',
  '2024-03-04',
  '1',
  '-1',
  '0',
  '1.5',
  '1e9',
  '99999999999',
  '"',
  '"a,b"',
  '"line\nbreak"',
  ',',
  'web,web',
  'nowhere',
  ' 2024-03-04T10:00:00 ',
];

const hostileCsvChange = csvMutation({ columns: 7, hostileCells: HOSTILE_CELLS, cutAt: 200, maxLength: 12 });

describe('hostile order histories', () => {
  it('validate and run of a scenario replaying a mutated CSV exit 0 or 2 with no stack trace', async () => {
    const lines = readFileSync('scenarios/data/orders-sample.csv', 'utf8').split(/\r?\n/).slice(0, 120);
    const directory = mkdtempSync(join(tmpdir(), 'fulfill-hostile-csv-'));
    let index = 0;
    const scenarioOf = (csv: string): string => {
      const scenario = join(directory, `s${index}.json`);
      writeFileSync(
        scenario,
        JSON.stringify({
          extends: join(process.cwd(), 'scenarios/baseline.json'),
          ...QUICK,
          catalog: { skus: 300 },
          channels: [
            { name: 'web', orderHistory: csv },
            { name: 'marketplace', ordersPerDay: 0 },
            { name: 'b2b', orderHistory: csv },
          ],
        }),
      );
      return scenario;
    };
    // The unmutated history runs: every refusal below is the mutation's doing.
    const intact = join(directory, 'intact.csv');
    writeFileSync(intact, `${lines.join('\n')}\n`);
    const accepted = await cli('run', scenarioOf(intact), '--workers', '1', '--json');
    expect(accepted.code, accepted.out.slice(0, 500)).toBe(0);
    await fc.assert(
      fc.asyncProperty(fc.nat(lines.length - 1), hostileCsvChange, async (at, change) => {
        const run = index++;
        const csv = join(directory, `h${run}.csv`);
        writeFileSync(csv, mutateCsv(lines, at, change));
        const scenario = scenarioOf(csv);
        const label = `line ${at + 1} ${JSON.stringify(change)}`;
        const validated = await cli('validate', scenario);
        expectClean(validated, '', `validate ${label}`);
        const outDir = join(directory, `out${run}`);
        const ran = await cli('run', scenario, '--workers', '1', '--json', '--out', outDir);
        expectClean(ran, outDir, `run ${label}`);
        expect(ran.code, `run and validate disagree: ${label}`).toBe(validated.code);
      }),
      { numRuns: Number(process.env.FULFILL_HOSTILE_RUNS ?? 60), seed: Number(process.env.FULFILL_HOSTILE_SEED ?? 20261130) },
    );
  });
});

describe('hostile route requests', () => {
  const evenlySpaced = { aisles: 6, aisleLength: 20, aisleSpacing: 3, depot: 'front-left', blocks: 2 };
  it.each([
    ['evenly spaced aisles', evenlySpaced],
    ['aisles at uneven positions', { ...evenlySpaced, aisleX: [0, 3, 9, 12, 20.5, 23], depot: 'front-middle' }],
  ])('route answers mutated requests (%s) with a result or a ScenarioError, never another exception', (_, layout) => {
    const request: Json = {
      layout,
      picks: [
        [0, 3],
        [4, 12.5],
        [5, 19],
      ],
      policy: 'all',
    };
    const paths = pathsOf(request);
    fc.assert(
      fc.property(fc.nat(paths.length - 1), mutation, (at, change) => {
        const text = JSON.stringify(mutate(request, paths[at] as Array<string | number>, change));
        const io = { stdout: () => undefined, stderr: () => undefined, interactive: false };
        try {
          expect(routeCommand(io, () => text)).toBe(0);
        } catch (error) {
          expect(error, text).toBeInstanceOf(ScenarioError);
        }
      }),
      { numRuns: 300, seed: 20261130 },
    );
  });
});
