import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvMutation, mutateCsv } from '../helpers/csvMutation.js';
import { readRateCard } from '../../engine/io/readRateCard.js';
import { ScenarioError } from '../../engine/scenario/ScenarioError.js';
import { cli } from '../helpers/cli.js';

const CARD = [
  'weightKg,2,3,4,5,6,7,8',
  '1,7.10,7.40,7.80,8.10,8.50,8.90,9.30',
  '5,9.50,10.10,10.80,11.40,12.10,12.80,13.50',
  '30,23.10,25.00,27.00,28.90,30.90,32.90,34.90',
];

function file(text: string, name = 'ground.csv'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'fulfill-rate-card-')), name);
  writeFileSync(path, text);
  return path;
}

/** The ScenarioError message of reading `text` as a rate card. */
async function problem(text: string): Promise<string> {
  const error: unknown = await readRateCard(file(text), 'ground.csv').then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ScenarioError);
  return (error as ScenarioError).message;
}

/** A scenario beside `card` whose parcelco ground service prices from it. */
function scenarioFor(card: string, service: Record<string, unknown> = { perKgOverRateCard: 0.9 }): string {
  const directory = join(card, '..');
  const scenario = join(directory, 'scenario.json');
  writeFileSync(
    scenario,
    JSON.stringify({
      extends: join(process.cwd(), 'scenarios/baseline.json'),
      replications: 1,
      horizon: '3d',
      warmup: '1d',
      shipping: {
        carriers: [
          { name: 'parcelco', rates: { fuelPercent: 8, dimDivisor: 5000 }, services: { ground: { rateCard: 'ground.csv', ...service } } },
        ],
        freight: { overWeightKg: 100, ratePerPallet: 60 },
      },
    }),
  );
  return scenario;
}

describe('rate-card CSV', () => {
  it('reads weight breaks and zone prices, columns in any order and case, blank lines skipped', async () => {
    const card = await readRateCard(
      file('8,7,6,5,4,3,2,WEIGHTKG\n\n9.3,8.9,8.5,8.1,7.8,7.4,7.1,1\n13.5,12.8,12.1,11.4,10.8,10.1,9.5,5\n'),
      'g.csv',
    );
    expect(card).toEqual({
      format: 'fulfill-rate-card',
      source: 'g.csv',
      weightKg: [1, 5],
      prices: [
        [7.1, 7.4, 7.8, 8.1, 8.5, 8.9, 9.3],
        [9.5, 10.1, 10.8, 11.4, 12.1, 12.8, 13.5],
      ],
    });
  });

  it.each([
    ['weightKg,2,3,4,5,6,7\n1,1,1,1,1,1,1\n', 'ground.csv:1', 'missing 8'],
    [
      'weightKg,2,3,4,5,6,7,8,9\n',
      'ground.csv:1',
      'and no others (the header has 9 columns: known: weightKg, 2, 3, 4, 5, 6, 7, 8; 1 other not repeated, in case the file is not the CSV meant)',
    ],
    ['Weight kg,2,3,4,5,6,7,8\n', 'ground.csv:1', '"Weight kg" (did you mean weightKg?)'],
    ['weightKg,2,3,4,5,6,7,8,2\n', 'ground.csv:1', 'appears twice'],
    [`${CARD.slice(0, 2).join('\n')}\n1,1,1,1,1,1,1,1\n`, 'ground.csv:3: $.weightKg', 'ascending order, 1 follows 1'],
    [`${CARD.slice(0, 3).join('\n')}\n30,1,1,x,1,1,1,1\n`, 'ground.csv:4: $["4"]', 'expected a number >= 0 such as 12.5, got "x"'],
    [`${CARD.slice(0, 2).join('\n')}\n5,1,1,-2,1,1,1,1\n`, 'ground.csv:3: $["4"]', 'got "-2"'],
    [
      `${CARD.slice(0, 2).join('\n')}\n5,1,99999999999999999999999,1,1,1,1,1\n`,
      'ground.csv:3: $["3"]',
      'expected at most 1,000,000,000,000, got "99999999999999999999999"',
    ],
    [`${CARD.join('\n')}\n40,1,1,1\n`, 'ground.csv:5', 'expected 8 fields as in the header, got 4'],
    [`${CARD.slice(0, 2).join('\n')}\n0,1,1,1,1,1,1,1\n`, 'ground.csv:3: $.weightKg', 'weight break > 0 kg'],
    [`${CARD.slice(0, 2).join('\n')}\n"5,1,1,1,1,1,1,1\n9,1,1,1,1,1,1,1\n`, 'ground.csv:3', 'never closed'],
    ['', 'ground.csv:1', 'the file is empty'],
    ['weightKg,2,3,4,5,6,7,8\n\n', 'ground.csv', 'at least one weight break'],
    [`weightKg,2,3,4,5,6,7,8\n${'9'.repeat(400)},1,1,1,1,1,1,1\n`, 'ground.csv:2: $.weightKg', 'expected a number'],
  ])('refuses %j with file, line and column', async (text, where, message) => {
    const text_ = await problem(text);
    expect(text_).toContain(where);
    expect(text_).toMatch(new RegExp(message.replace(/[.*+?^${}()[\]\\]/g, (character) => (character === '|' ? '|' : `\\${character}`))));
  });

  it('validate exits 2 naming the file and line of a malformed rate card, and 0 for a good one', async () => {
    const bad = file(`${CARD.slice(0, 2).join('\n')}\n0.5,1,1,1,1,1,1,1\n`);
    const refused = await cli('validate', scenarioFor(bad));
    expect(refused.code).toBe(2);
    expect(refused.out).toMatch(/ground\.csv:3: \$\.weightKg: expected weight breaks in ascending order/);
    expect(refused.out).not.toMatch(/\n\s+at .+:\d+:\d+/);
    const missing = await cli('validate', scenarioFor(join(mkdtempSync(join(tmpdir(), 'fulfill-rate-card-')), 'ground.csv')));
    expect(missing.code).toBe(2);
    expect(missing.out).toMatch(/ground\.csv.*rate card: file not found/);
    const good = file(`${CARD.join('\n')}\n`);
    expect((await cli('validate', scenarioFor(good))).code).toBe(0);
    const noRateBeyond = await cli('validate', scenarioFor(good, {}));
    expect(noRateBeyond.code).toBe(2);
    expect(noRateBeyond.out).toMatch(/shipping\.carriers\[0\]\.services\.ground\.perKgOverRateCard/);
  });

  it('a run prices parcels from the card: exit 0, no parcel of parcelco ground below the cheapest price with fuel', async () => {
    const good = file(`${CARD.join('\n')}\n`);
    const out = join(good, '..', 'out');
    const ran = await cli('run', scenarioFor(good), '--workers', '1', '--out', out);
    expect(ran.code, ran.out.slice(0, 500)).toBe(0);
    const [header, ...rows] = readFileSync(join(out, 'scenario.orders.csv'), 'utf8').trim().split('\n');
    const column = (name: string): number => (header ?? '').split(',').indexOf(name);
    const [carrier, service, cost] = [column('carrier'), column('service'), column('shippingCost')];
    const charges = rows
      .map((row) => row.split(','))
      .filter((cells) => cells[carrier] === 'parcelco' && cells[service] === 'ground')
      .map((cells) => Number(cells[cost]));
    expect(charges.length).toBeGreaterThan(0);
    // The cheapest cell (7.10, zone 2, up to 1 kg) plus 8% fuel: 7.668.
    for (const charge of charges) expect(charge).toBeGreaterThanOrEqual(7.66);
  });
});

const HOSTILE_CELLS = [
  '',
  '-1',
  '1e308',
  '1e999',
  'NaN',
  'Infinity',
  '0x10',
  ' 3 ',
  '"',
  '"a,b"',
  '"line\nbreak"',
  ',',
  '__proto__',
  '9'.repeat(330),
];

const mutation = csvMutation({ columns: 9, hostileCells: HOSTILE_CELLS, cutAt: 60, maxLength: 12 });

describe('hostile rate cards', () => {
  it('validate and run of a scenario pricing from a mutated rate card exit 0 or 2, never 1, with no stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(CARD.length - 1), mutation, async (index, change) => {
        const card = file(mutateCsv(CARD, index, change));
        const scenario = scenarioFor(card);
        const label = `line ${index + 1} ${JSON.stringify(change)}`;
        const validated = await cli('validate', scenario);
        expect([0, 2], `${label}\n${validated.out.slice(0, 1000)}`).toContain(validated.code);
        expect(validated.out, label).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/);
        if (validated.code === 2) expect(validated.out, label).toMatch(/ground\.csv/);
        const ran = await cli('run', scenario, '--workers', '1', '--out', join(card, '..', 'out'));
        expect(ran.code, `run and validate disagree: ${label}\n${ran.out.slice(0, 1000)}`).toBe(validated.code);
      }),
      { numRuns: Number(process.env.FULFILL_HOSTILE_RUNS ?? 25), seed: Number(process.env.FULFILL_HOSTILE_SEED ?? 20261130) },
    );
  });
});
