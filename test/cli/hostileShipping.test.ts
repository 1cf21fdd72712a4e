import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const HOSTILE: Json[] = [
  null,
  true,
  0,
  -1,
  1e308,
  1.5,
  '',
  'abc',
  '__proto__',
  '-3h',
  '25:00',
  [],
  [1, 'x'],
  {},
  'nowhere.csv',
  '/dev/zero',
  '.',
];

/** Every path to a value inside the wholesale scenario's shipping and warehouse sections. */
function pathsOf(json: Json, path: Array<string | number>): Array<Array<string | number>> {
  const inner = Array.isArray(json)
    ? json.flatMap((item, index) => pathsOf(item, [...path, index]))
    : typeof json === 'object' && json !== null
      ? Object.keys(json).flatMap((key) => pathsOf(json[key] as Json, [...path, key]))
      : [];
  return [path, ...inner];
}

describe('hostile shipping settings', () => {
  it('validate and run of the wholesale scenario with one rate-card, freight or cartonization value replaced exit 0 or 2, never 1', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'fulfill-hostile-shipping-'));
    copyFileSync('scenarios/shipping/ground-rates.csv', join(directory, 'ground-rates.csv'));
    const original = JSON.parse(readFileSync('scenarios/shipping/wholesale.json', 'utf8')) as { [key: string]: Json };
    original.extends = join(process.cwd(), 'scenarios/baseline.json');
    Object.assign(original, { replications: 1, horizon: '3d', warmup: '1d' });
    const paths = [
      ...pathsOf(original.shipping as Json, ['shipping']).filter((path) => path.length > 1),
      ...pathsOf(original.warehouse as Json, ['warehouse']).filter((path) => path.length > 1),
    ];
    let index = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.constantFrom(...HOSTILE), async (path, value) => {
        const copy = structuredClone(original);
        let parent = copy as Record<string | number, Json>;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
        Object.defineProperty(parent, path[path.length - 1] as string | number, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        const scenario = join(directory, `s${index++}.json`);
        writeFileSync(scenario, JSON.stringify(copy));
        const label = `${path.join('.')} = ${JSON.stringify(value)}`;
        const validated = await cli('validate', scenario);
        expect([0, 2], `${label}\n${validated.out.slice(0, 1000)}`).toContain(validated.code);
        expect(validated.out, label).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/);
        if (validated.code !== 0) return;
        const ran = await cli('run', scenario, '--workers', '1', '--out', join(directory, `out${index}`));
        expect(ran.code, `${label}\n${ran.out.slice(0, 1000)}`).toBe(0);
      }),
      { numRuns: Number(process.env.FULFILL_HOSTILE_RUNS ?? 40), seed: Number(process.env.FULFILL_HOSTILE_SEED ?? 20261130) },
    );
  });

  it('the bundled wholesale scenario validates', async () => {
    const result = await cli('validate', 'scenarios/shipping/wholesale.json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it.each([
    ['warehouse', 'cartonization', 'cartonLitres', 0.04, 'expected at least 0.1 litres'],
    ['warehouse', 'cartonization', 'cartonMaxKg', 0.02, 'expected at least 0.1 kg'],
    ['shipping', 'freight', 'palletLitres', 1.5, 'expected at least 10 litres'],
    ['shipping', 'freight', 'palletMaxKg', 0.8, 'expected at least 10 kg'],
  ])('%s.%s.%s in the wrong unit (%s) exits 2 instead of a run where nothing ships', async (section, object, field, value, message) => {
    const directory = mkdtempSync(join(tmpdir(), 'fulfill-units-'));
    const scenario = join(directory, 'units.json');
    writeFileSync(
      scenario,
      JSON.stringify({ extends: join(process.cwd(), 'scenarios/shipping/wholesale.json'), [section]: { [object]: { [field]: value } } }),
    );
    const result = await cli('validate', scenario);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`$.${section}.${object}.${field}: ${message}`);
  });
});
