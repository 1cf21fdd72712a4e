import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeHistoryFile } from '../../bench/historyFile.js';
import { main } from '../../engine/cli/main.js';
import { readOrderHistory } from '../../engine/io/readOrderHistory.js';
import { historyOrderId, type HistoryColumns } from '../../engine/scenario/historyColumns.js';
import { ScenarioError } from '../../engine/scenario/ScenarioError.js';
import { buildModel } from '../../engine/model/buildModel.js';
import { replayScenarioWith } from '../helpers/scenarios.js';

const HEADER = 'timestamp,order,channel,sku,quantity,service';

function csv(text: string | Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'fulfill-history-')), 'orders.csv');
  writeFileSync(file, text);
  return file;
}

/** Reads `file` as the web and b2b channels of a scenario that also has a marketplace channel. */
function load(file: string, channels: readonly string[] = ['web', 'b2b']): Promise<Map<string, HistoryColumns>> {
  return readOrderHistory({
    file,
    display: 'orders.csv',
    channels,
    scenarioChannels: ['web', 'marketplace', 'b2b'],
    services: ['ground', 'two-day', 'next-day'],
  });
}

/** The orders of a history as plain objects, for comparisons. */
function orders(
  history: HistoryColumns | undefined,
): Array<{ hour: number; id: string; lines: Array<{ sku: string; units: number }>; service?: string }> {
  if (history === undefined) return [];
  return Array.from(history.hours, (hour, order) => {
    const lines = [];
    for (let line = history.lineStart[order] as number; line < (history.lineStart[order + 1] as number); line++) {
      lines.push({ sku: history.skuCodes[history.lineSku[line] as number] as string, units: history.lineUnits[line] as number });
    }
    const service = history.orderService[order] as number;
    return {
      hour,
      id: historyOrderId(history, order),
      lines,
      ...(service === 0 ? {} : { service: history.services[service - 1] as string }),
    };
  });
}

async function problem(text: string | Buffer, channels?: readonly string[]): Promise<string> {
  try {
    await load(csv(text), channels);
  } catch (error) {
    if (error instanceof ScenarioError) return error.message;
    throw error;
  }
  return '';
}

describe('readOrderHistory', () => {
  it('groups lines into orders per channel, with hours from the Monday 00:00 before the first timestamp, reading the file once', async () => {
    const file = csv(
      [
        HEADER,
        '2024-03-06T10:30:00,A1,web,X,2,ground',
        '2024-03-06T10:30:00,A1,web,Y,1,ground',
        '2024-03-06T10:30:00,A1,web,X,1,ground',
        '2024-03-05T08:00:00,B1,b2b,Z,5,',
        '2024-03-07T00:00:00,A2,web,Y,3,',
      ].join('\n'),
    );
    const histories = await load(file);
    // Earliest timestamp Tuesday 2024-03-05: the replay starts Monday 2024-03-04 00:00.
    expect(orders(histories.get('web'))).toEqual([
      {
        hour: 48 + 10.5,
        id: 'A1',
        lines: [
          { sku: 'X', units: 3 },
          { sku: 'Y', units: 1 },
        ],
        service: 'ground',
      },
      { hour: 72, id: 'A2', lines: [{ sku: 'Y', units: 3 }] },
    ]);
    expect(orders(histories.get('b2b'))).toEqual([{ hour: 32, id: 'B1', lines: [{ sku: 'Z', units: 5 }] }]);
    expect(histories.get('web')?.linesRead).toBe(4);
    expect(histories.get('web')?.start).toBe('2024-03-04T00:00:00.000Z');
  });

  it('accepts a BOM, CRLF line ends, blank rows, extra columns, any column order and quoted fields with commas, quotes and line breaks', async () => {
    const text = `\uFEFFSKU,Order,note,Channel,Quantity,Service,Timestamp\r\n"A,1",o1,"two\r\nlines",web,1,ground,2024-03-04 09:30\r\n\r\n,,,,,,\r\n"say ""hi""",o2,,web,2,,2024-03-04T10:00:00.5Z\r\nX,o3,,web,x,,2024-03-04T11:00Z\r\n`;
    // The bad quantity sits on physical line 7: the quoted line break and the blank rows count.
    expect(await problem(text, ['web'])).toBe('orders.csv:7: $.quantity: expected a whole number of units >= 1, got "x"');
    const web = orders((await load(csv(text.replace(',x,', ',3,')), ['web'])).get('web'));
    expect(web.map((order) => order.lines[0]?.sku)).toEqual(['A,1', 'say "hi"', 'X']);
    expect(web.map((order) => order.hour)).toEqual([9.5, 10 + 0.5 / 3600, 11]);
  });

  it('refuses timestamps that are not an ISO 8601 date and time, naming file, line and value', async () => {
    const row = (timestamp: string): string => `${HEADER}\n2024-03-04T09:00:00,A0,web,X,1,\n${timestamp},A1,web,X,1,ground\n`;
    expect(await problem(row('2024-03-04'))).toMatch(
      /^orders\.csv:3: \$\.timestamp: a date alone has no time of day: expected an ISO 8601 date and time such as 2024-03-04T09:30:00 .*got "2024-03-04"$/,
    );
    expect(await problem(row('1'))).toMatch(/^orders\.csv:3: \$\.timestamp: expected an ISO 8601 .*got "1"$/);
    expect(await problem(row('13/05/2011 10:00'))).toMatch(
      /^orders\.csv:3: \$\.timestamp: day-first or month-first dates are not guessed \(set the scenario's replay\.timestampFormat/,
    );
    expect(await problem(row('05/06/2011 10:00'))).toMatch(/day-first or month-first dates are not guessed/);
    expect(await problem(row('2024-02-30T10:00:00'))).toBe('orders.csv:3: $.timestamp: 2024-02 has no day 30: got "2024-02-30T10:00:00"');
    expect(await problem(row('2023-02-29T10:00:00'))).toMatch(/2023-02 has no day 29/);
    expect(await problem(row('2024-13-01T00:00'))).toBe('orders.csv:3: $.timestamp: month 13 does not exist: got "2024-13-01T00:00"');
    expect(await problem(row('2024-03-04T24:61'))).toMatch(/^orders\.csv:3: \$\.timestamp: 24:61 is not a time of day/);
    expect(await problem(row('2024-03-04T10:00:00+25:00'))).toMatch(/offset \+25:00 does not exist/);
    expect(await problem(row('2024-02-29T23:59:59.999-05:00'))).toBe('');
  });

  it('refuses bytes that are not UTF-8 at their line: two ids that differ only there would become one order', async () => {
    // "Aé" and "Aè" in Latin-1: as UTF-8 both decode to "A" and U+FFFD.
    const latin1 = Buffer.concat([
      Buffer.from(`${HEADER}\n2024-03-04T09:00:00,A`),
      Buffer.from([0xe9]),
      Buffer.from(',web,X,1,ground\n2024-03-04T10:00:00,A'),
      Buffer.from([0xe8]),
      Buffer.from(',web,Y,1,ground\n'),
    ]);
    expect(await problem(latin1)).toMatch(
      /^orders\.csv:2: \$: order history: holds U\+FFFD, the replacement character: the file is not UTF-8 text there/,
    );
  });

  it('refuses an invisible character in an id, code or name at its line and column (O1 and O1 with a zero-width space look alike)', async () => {
    expect(await problem(`${HEADER}\n2024-03-04T09:00:00,O1,web,X,1,\n2024-03-04T09:00:00,O1\u200B,web,X,1,\n`)).toBe(
      'orders.csv:3: $.order: expected an order id without invisible characters, got one holding U+200B at position 3 (two that differ only by it would look alike: remove it)',
    );
    for (const [row, column, code] of [
      ['2024-03-04T09:00:00,O1\u0000,web,X,1,', 'order', '0000'],
      ['2024-03-04T09:00:00,"O\t1",web,X,1,', 'order', '0009'],
      ['2024-03-04T09:00:00,O1,web,X\u0080,1,', 'sku', '0080'],
      ['2024-03-04T09:00:00,O1,web,\u202EX,1,', 'sku', '202E'],
      ['2024-03-04T09:00:00,O1,web,X\uFEFFY,1,', 'sku', 'FEFF'],
    ])
      expect(await problem(`${HEADER}\n${row}\n`)).toMatch(new RegExp(`^orders\\.csv:2: \\$\\.${column}: .*holding U\\+${code} `));
    // Columns fulfill does not read may hold what they like (an exporter's U+000B line break in a note).
    expect(await problem(`${HEADER},note\n2024-03-04T09:00:00,O1,web,X,1,,"a\u000Bb"\n`)).toBe('');
  });

  it('refuses a channel that does not replay the file and a service the scenario lacks, naming the names expected', async () => {
    expect(await problem(`${HEADER}\n2024-03-04T09:00:00,A1,shop,X,1,\n`)).toBe(
      'orders.csv:2: $.channel: expected a channel replaying this file (web, b2b), got "shop"',
    );
    expect(await problem(`${HEADER}\n2024-03-04T09:00:00,A1,marketplace,X,1,\n`)).toMatch(
      /got "marketplace" \(channel "marketplace" does not replay this file: give it "orderHistory" too, or remove its rows\)/,
    );
    expect(await problem(`${HEADER}\n2024-03-04T09:00:00,A1,web,X,1,\n2024-03-04T09:00:00,A1,web,Y,1,express\n`)).toBe(
      'orders.csv:3: $.service: expected a service of the scenario (ground, two-day, next-day) or empty to draw it from the channel\'s serviceMix, got "express"',
    );
  });

  it('refuses an order id on a second channel, at its row: an order belongs to one channel', async () => {
    expect(
      await problem(`${HEADER}\n2024-03-04T09:00:00,A1,web,X,1,\n2024-03-04T10:00:00,B7,b2b,X,1,\n2024-03-05T09:00:00,A1,b2b,Y,1,\n`),
    ).toBe(
      'orders.csv:4: $.channel: order "A1" is on channel "web" on an earlier row and on "b2b" here; an order belongs to one channel (give each channel\'s orders their own ids)',
    );
  });

  it('read for every channel and service (calibrate), refuses reserved names at their row', async () => {
    const every = async (row: string): Promise<string> =>
      readOrderHistory({
        file: csv(`${HEADER}\n${row}\n`),
        display: 'orders.csv',
        channels: [],
        scenarioChannels: [],
        services: [],
        everyChannel: true,
        anyService: true,
      }).then(
        () => '',
        (error: Error) => error.message,
      );
    expect(await every('2024-03-04T09:00:00,A1,__proto__,X,1,')).toBe(
      'orders.csv:2: $.channel: "__proto__" is a reserved name and cannot name a channel; rename it in the file',
    );
    expect(await every('2024-03-04T09:00:00,A1,web,X,1,constructor')).toBe(
      'orders.csv:2: $.service: "constructor" is a reserved name and cannot name a service; rename it in the file',
    );
    expect(await every('2024-03-04T09:00:00,A1,toString,X,1,valueOf')).toBe('');
  });

  it('refuses quantities that are not whole numbers from 1 to 1,000,000, and merged lines past that', async () => {
    const row = (quantity: string): string => `${HEADER}\n2024-03-04T09:00:00,A1,web,X,${quantity},\n`;
    for (const bad of ['0', '1.5', '-2', 'two', ''])
      expect(await problem(row(bad))).toBe(`orders.csv:2: $.quantity: expected a whole number of units >= 1, got "${bad}"`);
    expect(await problem(row('1000001'))).toBe('orders.csv:2: $.quantity: expected at most 1,000,000 units, got "1000001"');
    expect(await problem(row('1000000'))).toBe('');
    // Named at the row that passes the bound, among rows of other orders and SKUs.
    const merged = [
      '2024-03-04T09:00:00,A1,web,X,600000,',
      '2024-03-04T09:00:00,B1,web,X,900000,',
      '2024-03-04T09:00:00,A1,web,Y,900000,',
      '2024-03-04T09:00:00,A1,web,X,300000,',
      '2024-03-04T09:00:00,A1,web,X,200000,',
    ];
    expect(await problem(`${HEADER}\n${merged.join('\n')}\n`)).toBe(
      'orders.csv:6: $.quantity: order "A1": SKU "X" totals 1,100,000 units with its earlier rows; expected at most 1,000,000 per order line',
    );
  });

  it('names the problem of an empty file, a header alone, a bad or repeated header, ragged rows and broken quotes', async () => {
    expect(await problem('')).toMatch(
      /^orders\.csv:1: \$: the file is empty: expected a header with the columns timestamp, order, channel, sku, quantity, service/,
    );
    expect(await problem('\uFEFF\r\n')).toMatch(/the file is empty/);
    expect(await problem(`${HEADER}\r\n`)).toBe('orders.csv:1: $: expected at least one order line after the header');
    expect(await problem('time,order,channel,sku,quantity\n')).toMatch(
      /^orders\.csv:1: \$: expected the columns .* missing timestamp, service/,
    );
    expect(await problem(`${HEADER},SKU\n`)).toBe('orders.csv:1: $: the column "sku" appears twice in the header');
    expect(await problem(`${HEADER}\n2024-03-04T09:00:00,A1,web,X,1\n`)).toBe('orders.csv:2: $: expected 6 fields as in the header, got 5');
    expect(await problem(`${HEADER}\n2024-03-04T09:00:00,A1,web,X,1,,extra\n`)).toBe(
      'orders.csv:2: $: expected 6 fields as in the header, got 7',
    );
    expect(await problem(`${HEADER}\n2024-03-04T09:00:00,A1,web,X,1,\n2024-03-04T09:00:00,"A2,web,X,1,\n`)).toMatch(
      /^orders\.csv:3: \$: a quoted field that starts in this record is never closed/,
    );
    expect(await problem(`${HEADER}\n2024-03-04T09:00:00,A"1,web,X,1,\n`)).toMatch(/^orders\.csv:2: \$: a quote inside an unquoted field/);
    expect(await problem(`${HEADER}\n2024-03-04T09:00:00,"${'x'.repeat(70_000)}`)).toMatch(
      /^orders\.csv:2: \$: a record longer than 65,536 characters/,
    );
    expect(await problem(`${HEADER}\n2024-03-04T09:00:00,,web,X,1,\n`)).toBe('orders.csv:2: $.order: expected an order id');
    expect(await problem(`${HEADER}\n2024-03-04T09:00:00,A1,web, ,1,\n`)).toBe('orders.csv:2: $.sku: expected a SKU code');
  });

  it('names a missing file and a directory', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'fulfill-history-')), 'none.csv');
    await expect(load(missing)).rejects.toThrow('orders.csv: $: order history: file not found');
    await expect(load(tmpdir())).rejects.toThrow('orders.csv: $: order history: is a directory, not a file');
  });

  it('loads a 200,000-line history (the old reader overflowed the stack past ~125,000 lines)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fulfill-history-')), 'big.csv');
    const written = writeHistoryFile(file, { lines: 200_000 });
    const histories = await load(file);
    const web = histories.get('web') as HistoryColumns;
    const b2b = histories.get('b2b') as HistoryColumns;
    expect(web.linesRead + b2b.linesRead).toBe(200_000);
    expect(web.hours.length + b2b.hours.length).toBe(written);
    expect(web.hours.every((hour, order) => order === 0 || hour >= (web.hours[order - 1] as number))).toBe(true);
  }, 60_000);

  it('loading a mutated history either succeeds or throws a ScenarioError naming the line (never another error)', async () => {
    const valid = readFileSync('scenarios/data/orders-sample.csv', 'utf8').split('\n').slice(0, 40);
    const junk = fc.oneof(
      fc.constantFrom(
        '',
        ' ',
        '"',
        '""',
        ',',
        '\n',
        '\r\n',
        '0',
        '-1',
        '1e3',
        '99999999',
        'NaN',
        '2024-02-30T10:00:00',
        '2023-13-01T00:00',
        '31/12/2024 10:00',
        '2024-03-04',
        '24:61',
        'web',
        'b2b',
        'marketplace',
        'express',
        '__proto__',
        'constructor',
        '\uFEFF',
      ),
      fc.string({ maxLength: 12 }),
    );
    const mutation = fc.record({ row: fc.nat(39), cell: fc.nat(6), value: junk, truncate: fc.option(fc.nat(60)) });
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const rows = valid.map((row) => row.split(','));
        for (const { row, cell, value, truncate } of mutations) {
          const cells = rows[row] as string[];
          cells[cell % cells.length] = value;
          if (truncate !== null) rows[row] = cells.join(',').slice(0, truncate).split(',');
        }
        try {
          await load(csv(rows.map((cells) => cells.join(',')).join('\n')));
        } catch (error) {
          expect(error).toBeInstanceOf(ScenarioError);
          expect((error as ScenarioError).message).toMatch(/^orders\.csv:\d+: \$/);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('fulfill validate and run with an order history', () => {
  const scenarioFor = (history: string, overrides: Record<string, unknown> = {}): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'fulfill-replay-')), 'replay.json');
    const channels = [
      { name: 'web', orderHistory: history },
      { name: 'marketplace', ordersPerDay: 0 },
      { name: 'b2b', orderHistory: history },
    ];
    writeFileSync(file, JSON.stringify({ extends: join(process.cwd(), 'scenarios/baseline.json'), channels, ...overrides }));
    return file;
  };
  const cli = async (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    let stdout = '';
    let stderr = '';
    const code = await main(args, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), interactive: false });
    return { code, stdout, stderr };
  };

  it('validate exits 2 naming the CSV file and line', async () => {
    const bad = csv(`${HEADER}\n2024-03-06T10:30:00,A1,web,X,0,ground\n`);
    const { code, stderr } = await cli(['validate', scenarioFor(bad)]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/orders\.csv:2: \$\.quantity: expected a whole number of units >= 1, got "0"/);
  });

  it('run warns of the orders past the horizon and reports them in the result', async () => {
    const file = csv(
      `${HEADER}\n2024-03-04T10:00:00,A1,web,X,1,\n2024-03-05T10:00:00,A2,web,X,1,\n2024-03-20T10:00:00,A3,web,Y,2,\n2024-03-05T11:00:00,B1,b2b,Y,4,ground\n`,
    );
    const { code, stdout, stderr } = await cli([
      'run',
      scenarioFor(file, { horizon: '3d', warmup: '1d' }),
      '--reps',
      '1',
      '--workers',
      '1',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /warning: .*orders\.csv: channel "web": 1 of 3 history orders fall at or after the horizon \(3d from 2024-03-04T00:00:00\.000Z\) and are not replayed/,
    );
    const result = JSON.parse(stdout) as { replay: unknown[]; runs: Array<{ ordersSimulated: number }> };
    expect(result.replay).toEqual([
      {
        channel: 'web',
        source: expect.stringMatching(/orders\.csv$/),
        start: '2024-03-04T00:00:00.000Z',
        linesRead: 3,
        orders: 3,
        ordersReplayed: 2,
        ordersInWarmup: 1,
        ordersAfterHorizon: 1,
      },
      {
        channel: 'b2b',
        source: expect.stringMatching(/orders\.csv$/),
        start: '2024-03-04T00:00:00.000Z',
        linesRead: 1,
        orders: 1,
        ordersReplayed: 1,
        ordersInWarmup: 0,
        ordersAfterHorizon: 0,
      },
    ]);
  });
});

describe('order-history replay', () => {
  it('places exactly the history orders before the horizon, the same in every replication', async () => {
    const scenario = await replayScenarioWith('scenarios/replay/sample.json', { horizon: '7d', warmup: '1d' });
    const histories = await load('scenarios/data/orders-sample.csv');
    const expected = [...orders(histories.get('web')), ...orders(histories.get('b2b'))].filter((order) => order.hour < 7 * 24);
    const placed = (replication: number) => {
      const model = buildModel(scenario, replication);
      const list: Array<{ at: number; channel: string; lines: number[] }> = [];
      model.context.events.on('orderPlaced', ({ order }) => {
        if (order.origin === 'customer')
          list.push({ at: order.placedAt, channel: order.channel, lines: order.lines.map((line) => line.units) });
      });
      model.run();
      return list;
    };
    const first = placed(0);
    expect(first).toHaveLength(expected.length);
    expect(first.map((order) => order.at).sort((p, q) => p - q)).toEqual(expected.map((order) => order.hour * 3600).sort((p, q) => p - q));
    expect(placed(1)).toEqual(first);
    expect(first.filter((order) => order.channel === 'b2b')).toHaveLength(
      orders(histories.get('b2b')).filter((order) => order.hour < 7 * 24).length,
    );
  });
});
