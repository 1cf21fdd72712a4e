import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../engine/cli/main.js';
import { routeCommand } from '../../engine/cli/commands/route.js';
import { findBuiltIn, isPolicyFamily, lookupBuiltIn, POLICY_FAMILY_NAMES } from '../../engine/policies/registry.js';
import { mergeScenario } from '../../engine/scenario/mergeScenario.js';
import { reservedNameProblems } from '../../engine/scenario/reservedNames.js';
import { setPath } from '../../engine/scenario/setPath.js';

/** Names every JavaScript object answers to without owning them. */
const INHERITED = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, { stdout: (text) => void (out += text), stderr: (text) => void (out += text), interactive: false });
  return { code, out };
}

/** The parts of the baseline scenario's JSON that these tests edit. */
interface BaselineJson {
  warehouse: { routing: unknown; batching: object };
  processing?: object;
  shipping: { selection?: unknown; carriers: [{ name: string }] };
  inventory: { allocation?: unknown };
  channels: [{ serviceMix: object }];
}

/** The baseline scenario with `edit` applied, written to a temporary file. */
function baselineWith(edit: (scenario: BaselineJson) => void): string {
  const scenario = JSON.parse(readFileSync('scenarios/baseline.json', 'utf8')) as BaselineJson;
  edit(scenario);
  const file = join(mkdtempSync(join(tmpdir(), 'fulfill-reserved-')), 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
  return file;
}

const POLICY_FIELDS: Array<[string, (scenario: BaselineJson, name: string) => void]> = [
  ['routing', (scenario, name) => void (scenario.warehouse.routing = name)],
  ['prioritization', (scenario, name) => void (scenario.processing = { ...scenario.processing, prioritization: name })],
  ['carrierSelection', (scenario, name) => void (scenario.shipping.selection = name)],
  ['batching', (scenario, name) => void (scenario.warehouse.batching = { ...scenario.warehouse.batching, policy: name })],
  ['allocation', (scenario, name) => void (scenario.inventory.allocation = name)],
];

describe('findBuiltIn', () => {
  it('knows no inherited or reserved name in any family, nor such a family', () => {
    fc.assert(
      fc.property(fc.constantFrom(...POLICY_FAMILY_NAMES), fc.constantFrom(...INHERITED), (family, name) => {
        expect(findBuiltIn(family, name)).toBeUndefined();
        expect(() => lookupBuiltIn(family, name)).toThrow(RangeError);
        expect(isPolicyFamily(name)).toBe(false);
      }),
    );
  });
});

describe('validate and run with prototype names', () => {
  for (const [family, edit] of POLICY_FIELDS) {
    it(`rejects ${family} policies named after Object.prototype members with exit 2`, async () => {
      for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
        const file = baselineWith((scenario) => edit(scenario, name));
        for (const args of [
          ['validate', file],
          ['run', file, '--reps', '1', '--horizon', '15d', '--workers', '1'],
        ]) {
          const result = await cli(...args);
          const command = args[0];
          expect(result.code, `${command} ${family} "${name}": ${result.out}`).toBe(2);
          expect(result.out).toMatch(/unknown policy|reserved name/);
          expect(result.out).not.toMatch(/internal error|TypeError/);
        }
      }
    });
  }

  it('rejects "__proto__" as a key instead of silently dropping it, naming the JSON path', async () => {
    const file = baselineWith((scenario) => {
      Object.defineProperty(scenario.channels[0].serviceMix, '__proto__', { value: 1, enumerable: true });
    });
    const { code, out } = await cli('validate', file);
    expect(code).toBe(2);
    expect(out).toContain('$.channels[0].serviceMix.__proto__: "__proto__" is a reserved name');
  });

  it('rejects reserved names as channel or carrier names', async () => {
    const file = baselineWith((scenario) => void (scenario.shipping.carriers[0].name = '__proto__'));
    const { code, out } = await cli('validate', file);
    expect(code).toBe(2);
    expect(out).toContain('$.shipping.carriers[0].name: "__proto__" is a reserved name');
  });
});

describe('reservedNameProblems', () => {
  it('finds reserved keys at any depth and refuses nesting deeper than the limit without overflowing', () => {
    expect(reservedNameProblems(JSON.parse('{"a":[{"b":{"constructor":1}}]}'))).toEqual([
      { path: ['a', 0, 'b', 'constructor'], message: '"constructor" is a reserved name and cannot be used as a key' },
    ]);
    let deep = '1';
    for (let level = 0; level < 100_000; level++) deep = `[${deep}]`;
    expect(reservedNameProblems(JSON.parse(deep))[0]?.message).toMatch(/nested more than 64 levels/);
  });
});

describe('route with prototype names', () => {
  it('answers an unknown policy with a ScenarioError, not a TypeError', () => {
    for (const name of ['constructor', 'toString', '__proto__']) {
      const request = JSON.stringify({ layout: { aisles: 4, aisleLength: 10, aisleSpacing: 3 }, picks: [[1, 2]], policy: name });
      expect(() => routeCommand({ stdout: () => undefined, stderr: () => undefined, interactive: false }, () => request)).toThrow(
        /unknown policy/,
      );
    }
  });
});

describe('check-policy with prototype names', () => {
  it('exits 2 for family:constructor', async () => {
    const { code, out } = await cli('check-policy', 'routing:constructor');
    expect(code).toBe(2);
    expect(out).toMatch(/unknown routing policy "constructor"/);
  });
});

describe('setPath and mergeScenario', () => {
  it('never reach Object.prototype', () => {
    expect(setPath({}, '__proto__.polluted', 1)).toMatch(/reserved name/);
    expect(setPath({}, 'constructor.prototype.polluted', 1)).toMatch(/reserved name/);
    const merged = mergeScenario({ a: 1 }, JSON.parse('{"__proto__": {"polluted": 1}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
