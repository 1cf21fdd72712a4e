import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvMutation, mutateCsv } from '../helpers/csvMutation.js';
import { cli } from '../helpers/cli.js';

const QUICK = { replications: 1, horizon: '3d', warmup: '1d' };
const HEADER =
  'sku,description,unitPrice,unitWeightKg,lengthCm,widthCm,heightCm,fragile,aisle,positionM,bay,level,zone,onHand,reorderPoint,orderQuantity,orderUpTo,demandWeight';

/** A generated SKU master of `count` SKUs over aisles A1..A5, alternating positions in metres and bays. */
function masterLines(count: number): string[] {
  const rows = Array.from({ length: count }, (_, index) => {
    const aisle = `A${1 + (index % 5)}`;
    const place = index % 2 === 0 ? `${2 + (index % 7)},` : `,${1 + (index % 9)}`;
    const dimensions = index % 3 === 0 ? ',,' : `${10 + index},${5 + (index % 4)},${3 + (index % 6)}`;
    const policy = index % 4 === 0 ? `${5 + index},${20 + index},` : index % 4 === 1 ? `,,${30 + index}` : ',,';
    return `SKU-${index},"item ${index}",${(1 + index * 1.5).toFixed(2)},${(0.1 + index / 10).toFixed(2)},${dimensions},${index % 5 === 0 ? 'yes' : 'no'},${aisle},${place},${1 + (index % 3)},Z${index % 2},${index % 6 === 0 ? '' : 40 + index},${policy},${1 + ((index * 7) % 11)}`;
  });
  return [HEADER, ...rows];
}

/** A history of `orders` orders naming master SKUs by code (and `extra` codes, if any). */
function historyLines(orders: number, skus: number, extra: readonly string[] = []): string[] {
  const lines = ['timestamp,order,channel,sku,quantity,service'];
  for (let order = 0; order < orders; order++) {
    const hour = String(order % 24).padStart(2, '0');
    const day = String(4 + Math.floor(order / 24)).padStart(2, '0');
    lines.push(`2024-03-${day}T${hour}:15:00,o${order},web,SKU-${(order * 3) % skus},${1 + (order % 3)},`);
    if (order % 4 === 0) lines.push(`2024-03-${day}T${hour}:15:00,o${order},web,SKU-${(order * 5 + 1) % skus},1,`);
  }
  extra.forEach((code, index) => lines.push(`2024-03-05T10:00:00,x${index},web,${code},1,`));
  return lines;
}

/** Writes skus.csv (and orders.csv when given) and a scenario replaying it; returns the scenario's path. */
function scenarioFiles(folder: string, master: string, history?: string, overrides: Record<string, unknown> = {}): string {
  writeFileSync(join(folder, 'skus.csv'), master);
  if (history !== undefined) writeFileSync(join(folder, 'orders.csv'), history);
  const channels =
    history === undefined
      ? [
          { name: 'web', ordersPerDay: 40 },
          { name: 'marketplace', ordersPerDay: 0 },
          { name: 'b2b', ordersPerDay: 0 },
        ]
      : [
          { name: 'web', orderHistory: 'orders.csv' },
          { name: 'marketplace', ordersPerDay: 0 },
          { name: 'b2b', ordersPerDay: 0 },
        ];
  const file = join(folder, 'scenario.json');
  writeFileSync(
    file,
    JSON.stringify({ extends: resolve('scenarios/baseline.json'), ...QUICK, catalog: { file: 'skus.csv' }, channels, ...overrides }),
  );
  return file;
}

const text = (lines: readonly string[]): string => `${lines.join('\n')}\n`;

describe('fulfill with a SKU master', () => {
  it('keeps the SKU codes in the per-SKU results and the worst-SKU table', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fulfill-master-cli-'));
    const scenario = scenarioFiles(folder, text(masterLines(12)), text(historyLines(60, 12)));
    const out = join(folder, 'out');
    const ran = await cli('run', scenario, '--workers', '1', '--out', out);
    expect(ran.code, ran.out.slice(0, 2000)).toBe(0);
    const result = JSON.parse(readFileSync(join(out, 'scenario.json'), 'utf8')) as {
      inventory: { skus: Array<{ sku: number; code: string; zone: string }> };
    };
    expect(result.inventory.skus.map((sku) => sku.code)).toEqual(Array.from({ length: 12 }, (_, index) => `SKU-${index}`));
    expect(result.inventory.skus.map((sku) => sku.zone)).toEqual(Array.from({ length: 12 }, (_, index) => `Z${index % 2}`));
    expect(ran.stdout).toMatch(/\nSKU-\d+ +[ABC] /);
  });

  it.each([
    [
      'a missing column',
      (lines: string[]) => lines.map((line) => line.split(',').slice(1).join(',')),
      'skus.csv:1: $: expected the columns',
    ],
    ['a bad number', (lines: string[]) => replaceCell(lines, 3, 3, 'heavy'), 'skus.csv:4: $.unitWeightKg: expected a number'],
    [
      'a repeated code',
      (lines: string[]) => replaceCell(lines, 5, 0, 'SKU-1'),
      'skus.csv:6: $.sku: the SKU code "SKU-1" repeats (first on line 3)',
    ],
    ['half the dimensions', (lines: string[]) => replaceCell(lines, 3, 5, ''), 'skus.csv:4: $.widthCm: expected all three of lengthCm'],
  ])('validate refuses %s with exit 2, file and line', async (_, change, expected) => {
    const folder = mkdtempSync(join(tmpdir(), 'fulfill-master-cli-'));
    const validated = await cli('validate', scenarioFiles(folder, text(change(masterLines(8)))));
    expect(validated.code, validated.out).toBe(2);
    expect(validated.stderr).toContain(expected);
  });

  it('validate refuses a location outside a layout the scenario sets, and an unknown history code, with file and line', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fulfill-master-cli-'));
    const outside = await cli('validate', scenarioFiles(folder, text(masterLines(8)), undefined, { warehouse: { layout: { aisles: 4 } } }));
    expect(outside.code, outside.out).toBe(2);
    expect(outside.stderr).toContain('skus.csv:6: $.aisle: aisle "A5" is aisle 5 from the left');
    // Ten orders, three of them with a second line: the unknown code's row is line 1 + 13 + 1.
    const unknown = await cli('validate', scenarioFiles(folder, text(masterLines(8)), text(historyLines(10, 8, ['NOPE']))));
    expect(unknown.code, unknown.out).toBe(2);
    expect(unknown.stderr).toContain('orders.csv:15: $.sku: unknown SKU code "NOPE": the SKU master');
    const mapped = await cli(
      'validate',
      scenarioFiles(folder, text(masterLines(8)), text(historyLines(10, 8, ['NOPE'])), {
        catalog: { file: 'skus.csv', unknownSkus: 'by-popularity' },
      }),
    );
    expect(mapped.code, mapped.out).toBe(0);
  });

  it("checks aisleX and zones against the aisles the master implies, not the base scenario's", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fulfill-master-aisles-'));
    const master = text(masterLines(8));
    // The baseline has 15 aisles; the master's labels A1..A5 make 5.
    const five = await cli('validate', scenarioFiles(folder, master, undefined, { warehouse: { layout: { aisleX: [0, 3, 6, 10, 14] } } }));
    expect(five.code, five.out).toBe(0);
    const four = await cli('validate', scenarioFiles(folder, master, undefined, { warehouse: { layout: { aisleX: [0, 3, 6, 10] } } }));
    expect(four.code, four.out).toBe(2);
    expect(four.stderr).toContain('$.warehouse.layout.aisleX: expected one x position per aisle (5), got 4');
    const zones = await cli('validate', scenarioFiles(folder, master, undefined, { warehouse: { zones: 6, pickers: 6 } }));
    expect(zones.code, zones.out).toBe(2);
    expect(zones.stderr).toContain('$.warehouse.zones: expected at most one zone per aisle (5)');
  });
});

/** `lines` with line `index`'s cell `column` replaced (quoted cells hold no commas here). */
function replaceCell(lines: readonly string[], index: number, column: number, value: string): string[] {
  const copy = [...lines];
  const cells = (copy[index] as string).split(',');
  cells[column] = value;
  copy[index] = cells.join(',');
  return copy;
}

const HOSTILE_CELLS = [
  '',
  'x',
  '__proto__',
  '-1',
  '0',
  '1.5',
  '1e9',
  '1e400',
  'NaN',
  'Infinity',
  '0x10',
  '"',
  '"a,b"',
  'yes',
  'A1',
  'SKU-1',
  ' 3 ',
];

const mutation = csvMutation({ columns: 18, hostileCells: HOSTILE_CELLS, cutAt: 200, maxLength: 10 });

describe('hostile SKU masters', () => {
  it('validate and run of a scenario naming a mutated SKU master exit 0 or 2 with no stack trace', async () => {
    const lines = masterLines(10);
    const folder = mkdtempSync(join(tmpdir(), 'fulfill-hostile-master-'));
    const intact = await cli('run', scenarioFiles(folder, text(lines)), '--workers', '1', '--json');
    expect(intact.code, intact.out.slice(0, 1000)).toBe(0);
    let index = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(lines.length - 1), mutation, async (at, change) => {
        const run = mkdtempSync(join(folder, `m${index++}-`));
        const scenario = scenarioFiles(run, mutateCsv(lines, at, change));
        const label = `line ${at + 1} ${JSON.stringify(change)}`;
        const validated = await cli('validate', scenario);
        expect([0, 2], `${label}\n${validated.out.slice(0, 1000)}`).toContain(validated.code);
        expect(validated.out, label).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/);
        const out = join(run, 'out');
        const ran = await cli('run', scenario, '--workers', '1', '--json', '--out', out);
        expect(ran.code, `run and validate disagree: ${label}\n${ran.out.slice(0, 1000)}`).toBe(validated.code);
        expect(ran.out, label).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/);
        if (ran.code === 2 && existsSync(out)) expect(readdirSync(out).filter((file) => file.includes('.partial'))).toEqual([]);
      }),
      { numRuns: Number(process.env.FULFILL_HOSTILE_RUNS ?? 30), seed: Number(process.env.FULFILL_HOSTILE_SEED ?? 20261130) },
    );
  });
});
