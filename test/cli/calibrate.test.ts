import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { syntheticHistory, type SyntheticHistoryOptions } from '../helpers/syntheticHistory.js';

/** A small history (2 weeks, one channel) for the command's behaviour; recovery is tested in test/experiment/calibration. */
const SMALL: SyntheticHistoryOptions = {
  seed: 3,
  weeks: 2,
  skus: 50,
  zipfExponent: 1,
  channels: [
    {
      name: 'web',
      ordersPerDay: 60,
      hourlyProfile: Array.from({ length: 24 }, (_, hour) => 1 + hour),
      weekdayProfile: [1, 1, 1, 1, 1, 1, 1],
      growthPerYear: 0,
      linesMean: 1,
      units: { dist: 'poisson', mean: 0.5 },
      serviceMix: { ground: 0.8, 'next-day': 0.2 },
    },
  ],
};

let directory: string;
let history: string;
let catalog: string;
let codes: string[];

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'fulfill-calibrate-cli-'));
  const generated = syntheticHistory(SMALL);
  codes = generated.skuCodes;
  history = join(directory, 'history.csv');
  writeFileSync(history, generated.csv);
  catalog = join(directory, 'skus.csv');
  // A whole SKU master (the written scenario names it as catalog.file): code, description, price, weight.
  writeFileSync(
    catalog,
    `sku,description,unitPrice,unitWeightKg\n${[...[...codes].reverse(), 'SKU-NEVER-ORDERED'].map((code) => `${code},x,10,0.5`).join('\n')}\n`,
  );
});

afterAll(() => rmSync(directory, { recursive: true, force: true }));

const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('fulfill calibrate', () => {
  it('prints each fit with its goodness of fit and writes a scenario that validates', async () => {
    const out = join(directory, 'calibrated.json');
    const run = await cli('calibrate', history, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const words of [
      'Channel web',
      'orders/day',
      'hourly profile',
      'vs flat: chi²',
      'lines/order',
      'units/line',
      'SKU popularity',
      'Wrote',
    ])
      expect(run.stdout).toContain(words);
    const scenario = read(out);
    expect(typeof scenario.extends).toBe('string');
    const channels = scenario.channels as Array<Record<string, unknown>>;
    const web = channels.find(({ name }) => name === 'web') as Record<string, unknown>;
    expect(web.orderHistory).toBeUndefined();
    expect(web.hourlyProfile).toHaveLength(24);
    // The baseline's other channels get no demand; its third service gets no share.
    expect(channels.filter(({ name }) => name !== 'web').every(({ ordersPerDay }) => ordersPerDay === 0)).toBe(true);
    expect((web.serviceMix as Record<string, number>)['two-day']).toBe(0);
    const validate = await cli('validate', out);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain('ok');
  });

  it('weights each catalog SKU by its own demand with --catalog', async () => {
    const out = join(directory, 'with-catalog.json');
    const run = await cli('calibrate', history, '--catalog', catalog, '--out', out);
    expect(run.code).toBe(0);
    const popularity = read(out).catalog as { skus: number; popularity: { dist: string; weights: number[] } };
    expect(popularity.skus).toBe(codes.length + 1);
    expect((read(out).catalog as { file: string }).file).toBe('skus.csv');
    expect(popularity.popularity.dist).toBe('empirical');
    // The catalog lists SKUs in reverse popularity rank (the most popular last), then one never ordered.
    const weights = popularity.popularity.weights;
    expect(weights[weights.length - 2]).toBe(Math.max(...weights));
    expect(weights[weights.length - 1]).toBe(0);
    expect((await cli('validate', out)).code).toBe(0);
    expect(run.stdout).toContain('the catalog names the SKUs');
  });

  it('exits 2 with the file, line or flag for bad input', async () => {
    const out = join(directory, 'bad.json');
    const write = (name: string, text: string): string => {
      const file = join(directory, name);
      writeFileSync(file, text);
      return file;
    };
    const cases: Array<[string[], string | RegExp]> = [
      [['calibrate', join(directory, 'missing.csv'), '--out', out], 'missing.csv: $: order history: file not found'],
      [['calibrate', write('empty.csv', ''), '--out', out], 'the file is empty'],
      [
        ['calibrate', write('header.csv', 'timestamp,order,channel,sku,quantity,service\n'), '--out', out],
        'expected at least one order line',
      ],
      [
        ['calibrate', write('short.csv', 'timestamp,order,channel,sku,quantity,service\n2024-03-04T10:00:00,A,web,X,1,\n'), '--out', out],
        'less than a week',
      ],
      [
        ['calibrate', write('badrow.csv', 'timestamp,order,channel,sku,quantity,service\n2024-03-04T10:00:00,A,web,X,0,\n'), '--out', out],
        'badrow.csv:2',
      ],
      [['calibrate', history, '--out', join(directory, 'no-such-folder', 'x.json')], '--out'],
      [['calibrate', history, '--out', directory], 'expected a file name, got a folder'],
      [['calibrate', history], 'expected --out FILE'],
      [['calibrate', history, '--out', history], 'is the history: give the written scenario another name'],
      [
        [
          'calibrate',
          history,
          '--base',
          write('child.json', JSON.stringify({ extends: 'parent.json' })),
          '--out',
          write('parent.json', '{}'),
        ],
        'would replace ' + join(directory, 'parent.json') + ', an input of the command',
      ],
      [['calibrate', '--out', out], 'missing required argument'],
      [['calibrate', history, history, '--out', out], 'too many arguments'],
      [['calibrate', history, '--out', out, '--bogus'], "unknown option '--bogus'"],
      [['calibrate', history, '--out', out, '--base', join(directory, 'none.json')], 'none.json: $: file not found'],
      [
        ['calibrate', history, '--out', out, '--catalog', write('nosku.csv', 'code,price\nA,1\n')],
        'nosku.csv:1: $: catalog: expected a header with a column named sku',
      ],
      [['calibrate', history, '--out', out, '--catalog', write('twice.csv', 'sku\nSKU-00001\nSKU-00001\n')], 'twice.csv:3'],
      [
        // Read back as the written scenario's catalog.file: its problem keeps the master's own file and line.
        ['calibrate', history, '--out', out, '--catalog', write('price.csv', readFileSync(catalog, 'utf8').replace(',x,10,', ',x,ten,'))],
        /price\.csv:2: \$\.unitPrice: expected a number .* got "ten" \(the calibrated scenario does not validate/,
      ],
      [
        ['calibrate', history, '--out', out, '--catalog', write('few.csv', 'sku\nSKU-00001\n')],
        /:\d+: \$\.sku: unknown SKU code "SKU-\d+": the SKU master .*few\.csv does not list it \(give --catalog the file that lists every SKU the history names\)/,
      ],
      [
        [
          'calibrate',
          history,
          '--out',
          out,
          '--base',
          write(
            'replaying.json',
            JSON.stringify({
              horizon: '30d',
              channels: [{ name: 'web', orderHistory: [{ hour: 1, id: 'a', lines: [{ sku: 'x', units: 1 }] }] }],
            }),
          ),
        ],
        'channels[0].orderHistory',
      ],
    ];
    for (const [args, message] of cases) {
      const run = await cli(...args);
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
      if (typeof message === 'string') expect(run.stderr).toContain(message);
      else expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toContain('    at ');
    }
    expect(existsSync(out)).toBe(false);
  });

  it('answers a mutated SKU master with exit 0 or 2, never a crash', async () => {
    const rows = ['sku,description', ...codes.map((code) => `${code},item`)];
    const hostile = ['', ',', '"', '""', 'sku', 'SKU-00001', '\u0000', 'a,b,c,d', '"unclosed', 'x'.repeat(70_000)];
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: rows.length - 1 }), fc.constantFrom(...hostile), async (row, value) => {
        const mutated = [...rows];
        mutated[row] = value;
        const file = join(directory, 'mutated.csv');
        writeFileSync(file, `${mutated.join('\n')}\n`);
        const run = await cli('calibrate', history, '--catalog', file, '--out', join(directory, 'mutated.json'));
        expect([0, 2]).toContain(run.code);
        expect(run.stderr).not.toContain('internal error');
      }),
      { numRuns: 25, seed: 14 },
    );
  });

  it('answers a history with a mutated field with exit 0 or 2, never a crash', async () => {
    const rows = readFileSync(history, 'utf8').trimEnd().split('\n');
    const hostile = [
      '',
      ' ',
      '"',
      '0',
      '-1',
      '1e9',
      '1000001',
      'NaN',
      '2024-02-30T10:00:00',
      '13/05/2011 10:00',
      '2099-01-01T00:00:00',
      '__proto__',
      'web',
      'b2b',
      '\u0000',
    ];
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: rows.length - 1 }), fc.nat({ max: 5 }), fc.constantFrom(...hostile), async (row, field, value) => {
        const mutated = [...rows];
        const fields = (mutated[row] as string).split(',');
        fields[field] = value;
        mutated[row] = fields.join(',');
        const file = join(directory, 'mutated-history.csv');
        writeFileSync(file, `${mutated.join('\n')}\n`);
        const run = await cli('calibrate', file, '--out', join(directory, 'mutated-history.json'));
        expect([0, 2]).toContain(run.code);
        expect(run.stderr).not.toContain('internal error');
      }),
      { numRuns: 40, seed: 14 },
    );
  });
});
