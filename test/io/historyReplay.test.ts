import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOrderHistory } from '../../engine/io/readOrderHistory.js';
import { readScenario } from '../../engine/io/readScenario.js';
import { buildModel } from '../../engine/model/buildModel.js';
import { historyOrderId, type HistoryColumns } from '../../engine/scenario/historyColumns.js';
import { ScenarioError } from '../../engine/scenario/ScenarioError.js';
import type { Scenario } from '../../engine/scenario/schema/scenario.js';
import { cli } from '../helpers/cli.js';
import { replayScenarioWith } from '../helpers/scenarios.js';

const HEADER = 'timestamp,order,channel,sku,quantity,service';
const HOUR_MS = 3_600_000;

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'fulfill-history-replay-'));
}

function write(directory: string, name: string, text: string): string {
  const file = join(directory, name);
  writeFileSync(file, text);
  return file;
}

/** A scenario of its own (no `extends`, so no horizon is inherited) whose channels replay the files given. */
function scenarioFile(directory: string, channels: Array<Record<string, unknown>>, fields: Record<string, unknown> = {}): string {
  return write(directory, 'replay.json', JSON.stringify({ channels, ...fields }));
}

/** Each history order's id with its hour from time 0. */
function hoursById(history: HistoryColumns | string | undefined): Map<string, number> {
  if (history === undefined || typeof history === 'string') throw new Error('expected loaded history columns');
  return new Map(Array.from(history.hours, (hour, order) => [historyOrderId(history, order), hour]));
}

const historyOf = (scenario: Scenario, channel: string): HistoryColumns | string | undefined =>
  scenario.channels.find((candidate) => candidate.name === channel)?.orderHistory;

/** One order a local hour, id "L<local date and hour>", written as the UTC instant (Z) of that London time in 2024. */
function londonHours(fromUtc: number, toUtc: number, channel: string): { rows: string[]; localHour: Map<string, number> } {
  const rows: string[] = [];
  const localHour = new Map<string, number>();
  // London in 2024: GMT (UTC) until 31 March 01:00 UTC, BST (UTC+1) until 27 October 01:00 UTC; hand-written here as the test's oracle.
  const offset = (instant: number): number => (instant >= Date.UTC(2024, 2, 31, 1) && instant < Date.UTC(2024, 9, 27, 1) ? HOUR_MS : 0);
  for (let instant = fromUtc; instant < toUtc; instant += HOUR_MS / 2) {
    const local = new Date(instant + offset(instant)).toISOString().slice(0, 16);
    const id = `L${local}${offset(instant) === 0 ? 'GMT' : 'BST'}`;
    localHour.set(id, Number(local.slice(11, 13)) + Number(local.slice(14, 16)) / 60);
    rows.push(`${new Date(instant).toISOString()},${id},${channel},SKU-${rows.length % 7},1,`);
  }
  return { rows, localHour };
}

describe('replay.timeZone', () => {
  it('lands every order of a history across both 2024 London clock changes at its true local hour, through a run to the per-order CSV', async () => {
    const directory = folder();
    const spring = londonHours(Date.UTC(2024, 2, 30, 0), Date.UTC(2024, 3, 1, 12), 'web');
    const file = write(directory, 'spring.csv', `${HEADER}\n${spring.rows.join('\n')}\n`);
    const scenario = scenarioFile(directory, [{ name: 'web', orderHistory: 'spring.csv' }], {
      warmup: '0d',
      replay: { timeZone: 'Europe/London' },
    });
    const out = join(directory, 'out');
    const { code, stderr } = await cli('run', scenario, '--reps', '1', '--workers', '1', '--out', out);
    expect(code, stderr).toBe(0);
    const records = parse<Record<string, string>>(readFileSync(join(out, 'replay.orders.csv'), 'utf8'), { columns: true });
    const replayed = records.filter((record) => record.historyOrder !== '');
    expect(replayed).toHaveLength(spring.rows.length);
    for (const record of replayed) {
      // Time 0 is Monday 25 March 00:00 local: hours of the day are the placed hours modulo 24.
      const hourOfDay = Number(record.placedHours) % 24;
      expect(hourOfDay, record.historyOrder).toBeCloseTo(spring.localHour.get(record.historyOrder as string) as number, 3);
    }
    expect(file).toMatch(/spring\.csv$/);

    // Autumn: the repeated hour 01:00-02:00 appears twice (BST then GMT), each at local 01:xx.
    const autumn = londonHours(Date.UTC(2024, 9, 26, 0), Date.UTC(2024, 9, 28, 12), 'web');
    const columns = await readOrderHistory({
      file: write(directory, 'autumn.csv', `${HEADER}\n${autumn.rows.join('\n')}\n`),
      display: 'autumn.csv',
      channels: ['web'],
      scenarioChannels: ['web'],
      services: [],
      timeZone: 'Europe/London',
    });
    const web = columns.get('web') as HistoryColumns;
    expect(web.start).toBe('2024-10-21T00:00:00.000+01:00');
    const hours = hoursById(web);
    expect(hours.size).toBe(autumn.rows.length);
    for (const [id, hour] of hours) expect(hour % 24, id).toBeCloseTo(autumn.localHour.get(id) as number, 9);
    expect(hours.get('L2024-10-27T01:30BST')).toBe(hours.get('L2024-10-27T01:30GMT'));
  });

  it('reads local timestamps without an offset; a skipped spring time lands after the gap; an unknown zone exits 2 at its JSON path', async () => {
    const directory = folder();
    write(
      directory,
      'local.csv',
      `${HEADER}\n2024-03-30 23:00,A,web,X,1,\n2024-03-31 00:30,B,web,X,1,\n2024-03-31 01:30,C,web,X,1,\n2024-03-31 02:30,D,web,X,1,\n`,
    );
    const file = scenarioFile(directory, [{ name: 'web', orderHistory: 'local.csv' }], {
      warmup: '0d',
      replay: { timeZone: 'Europe/London' },
    });
    const hours = hoursById(historyOf((await readScenario(file)).scenario, 'web'));
    // Time 0: Monday 25 March 2024 00:00; Saturday is day 5, Sunday day 6.
    expect([...hours]).toEqual([
      ['A', 5 * 24 + 23],
      ['B', 6 * 24 + 0.5],
      ['C', 6 * 24 + 2.5],
      ['D', 6 * 24 + 2.5],
    ]);
    const unknown = scenarioFile(directory, [{ name: 'web', orderHistory: 'local.csv' }], { replay: { timeZone: 'Europe/Lundon' } });
    const { code, stderr } = await cli('validate', unknown);
    expect(code).toBe(2);
    expect(stderr).toMatch(/\$\.replay\.timeZone: expected an IANA time zone name such as "Europe\/London"/);
  });
});

describe('replay.timestampFormat', () => {
  const rows = ['13/05/2011 09:30,A1,web,X,2,', '13/05/2011 09:30,A1,web,Y,1,', '02/06/2011 17:05,A2,web,X,1,'];

  it('reads a day-first file, and a row that does not match exits 2 naming the file, the line and the format', async () => {
    const directory = folder();
    write(directory, 'dayfirst.csv', `${HEADER}\n${rows.join('\n')}\n`);
    const fields = { replay: { timestampFormat: 'dd/MM/yyyy HH:mm' } };
    const file = scenarioFile(directory, [{ name: 'web', orderHistory: 'dayfirst.csv' }], fields);
    const { scenario } = await readScenario(file);
    const history = historyOf(scenario, 'web') as HistoryColumns;
    // Friday 13 May 2011; time 0 is Monday 9 May.
    expect(history.start).toBe('2011-05-09T00:00:00.000Z');
    expect([...hoursById(history)]).toEqual([
      ['A1', 4 * 24 + 9.5],
      ['A2', 24 * 24 + 17 + 5 / 60],
    ]);

    write(directory, 'dayfirst.csv', `${HEADER}\n${rows[0] as string}\n2011-05-13 10:00,A3,web,X,1,\n`);
    const wrong = await cli('validate', file);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(
      'dayfirst.csv:3: $.timestamp: expected a timestamp in the timestampFormat "dd/MM/yyyy HH:mm" such as 04/03/2024 09:30, got "2011-05-13 10:00"',
    );
    const badPattern = scenarioFile(directory, [{ name: 'web', orderHistory: 'dayfirst.csv' }], {
      replay: { timestampFormat: 'dd/MM/yyyy' },
    });
    const refused = await cli('validate', badPattern);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /\$\.replay\.timestampFormat: expected "iso" or a timestamp pattern: expected a day, month, year, hour and minute/,
    );
  });

  it('loading a mutated day-first history either succeeds or throws a ScenarioError naming the line (never another error)', async () => {
    const directory = folder();
    const valid = Array.from(
      { length: 20 },
      (_, index) => `${String(1 + index).padStart(2, '0')}/03/2024 1${index % 10}:15,O${index},web,S${index % 3},1,`,
    );
    const junk = fc.oneof(
      fc.constantFrom(
        '',
        '"',
        '31/02/2024 10:00',
        '2024-03-04 10:00',
        '1/3/2024 10:00',
        '01/13/2024 10:00',
        '01/03/2024 24:00',
        '01/03/24 10:00',
      ),
      fc.string({ maxLength: 16 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ row: fc.nat(19), cell: fc.nat(5), value: junk }), { minLength: 1, maxLength: 3 }),
        async (mutations) => {
          const cells = valid.map((row) => row.split(','));
          for (const { row, cell, value } of mutations) (cells[row] as string[])[cell] = value;
          const file = write(directory, 'mutated.csv', `${HEADER}\n${cells.map((row) => row.join(',')).join('\n')}\n`);
          try {
            await readOrderHistory({
              file,
              display: 'mutated.csv',
              channels: ['web'],
              scenarioChannels: ['web'],
              services: [],
              timeZone: 'Europe/London',
              timestampFormat: 'dd/MM/yyyy HH:mm',
            });
          } catch (error) {
            expect(error).toBeInstanceOf(ScenarioError);
            expect((error as ScenarioError).message).toMatch(/^mutated\.csv:\d+: \$/);
          }
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe('hostile replay settings', () => {
  it('validate of any replay section exits 0 or 2 (never 1), naming $.replay when it refuses it', async () => {
    const directory = folder();
    write(directory, 'orders.csv', `${HEADER}\n2024-03-04T10:00:00,A1,web,X,1,\n04/03/2024 11:00,A2,web,X,1,\n`);
    const text = fc.oneof(
      fc.constantFrom(
        'UTC',
        'Europe/London',
        'europe/london',
        'Etc/GMT+5',
        'iso',
        'dd/MM/yyyy HH:mm',
        'yyyy-MM-ddTHH:mm',
        '7d',
        '0s',
        '',
        '__proto__',
      ),
      fc.string({ maxLength: 20 }),
    );
    const value = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null));
    const replay = fc.record(
      { timeZone: value, timestampFormat: value, drain: value, synthetic: value, other: value },
      { requiredKeys: [] },
    );
    let index = 0;
    await fc.assert(
      fc.asyncProperty(replay, async (settings) => {
        const file = write(
          directory,
          `s${index++}.json`,
          JSON.stringify({ warmup: '0d', channels: [{ name: 'web', orderHistory: 'orders.csv' }], replay: settings }),
        );
        const { code, stderr } = await cli('validate', file);
        expect([0, 2], stderr).toContain(code);
        if (code === 2) expect(stderr).toMatch(/\$\.(replay|warmup)|orders\.csv:\d+: \$\.timestamp/);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe('one time origin and the horizon from the history', () => {
  const twoFiles = (directory: string): void => {
    // Web starts on Wednesday 6 March 2024, B2B in the week after next (Tuesday 19 March).
    write(directory, 'web.csv', `${HEADER}\n2024-03-06T10:00:00,W1,web,X,1,\n2024-03-08T12:30:00,W2,web,Y,1,\n`);
    write(directory, 'b2b.csv', `${HEADER}\n2024-03-19T10:00:00,B1,b2b,X,5,\n2024-03-21T16:45:00,B2,b2b,X,5,\n`);
  };
  const channels = [
    { name: 'web', orderHistory: 'web.csv' },
    { name: 'b2b', orderHistory: 'b2b.csv' },
  ];

  it('two files starting in different weeks share time 0, the Monday before the earliest timestamp, and keep their relative times', async () => {
    const directory = folder();
    twoFiles(directory);
    const { scenario } = await readScenario(scenarioFile(directory, channels, { horizon: '30d' }));
    const web = historyOf(scenario, 'web') as HistoryColumns;
    const b2b = historyOf(scenario, 'b2b') as HistoryColumns;
    expect([web.start, b2b.start]).toEqual(['2024-03-04T00:00:00.000Z', '2024-03-04T00:00:00.000Z']);
    expect([...hoursById(web)]).toEqual([
      ['W1', 2 * 24 + 10],
      ['W2', 4 * 24 + 12.5],
    ]);
    expect([...hoursById(b2b)]).toEqual([
      ['B1', 15 * 24 + 10],
      ['B2', 17 * 24 + 16.75],
    ]);
  });

  it('without a horizon anywhere in the extends chain, the horizon is the span to the last order plus replay.drain, and the run says so', async () => {
    const directory = folder();
    twoFiles(directory);
    const lastHour = 17 * 24 + 16.75;
    const derived = await readScenario(scenarioFile(directory, channels));
    expect(derived.scenario.horizon).toBe(`${Math.ceil(lastHour + 7 * 24)}h`);
    expect(derived.warnings[0]).toBe(
      `horizon not set: ${Math.ceil(lastHour + 7 * 24)}h (24.7d), the history's span from time 0 to its last order (424.75h) plus replay.drain 7d, so every replayed order can finish`,
    );
    const drained = await readScenario(scenarioFile(directory, channels, { replay: { drain: '2d' } }));
    expect(drained.scenario.horizon).toBe(`${Math.ceil(lastHour + 2 * 24)}h`);
    // A horizon set in a scenario this one extends stays as set, with today's warning about the orders past it.
    const base = write(directory, 'base.json', JSON.stringify({ horizon: '10d' }));
    const child = write(directory, 'child.json', JSON.stringify({ extends: base, channels, warmup: '1d' }));
    const inherited = await readScenario(child);
    expect(inherited.scenario.horizon).toBe('10d');
    expect(inherited.warnings).toEqual([
      expect.stringMatching(/b2b\.csv: channel "b2b": 2 of 2 history orders fall at or after the horizon/),
    ]);
    const { code, stderr } = await cli('validate', scenarioFile(directory, channels));
    expect(code).toBe(0);
    expect(stderr).toContain('warning: horizon not set: 593h');
    // A warm-up as long as the derived horizon is refused naming both.
    const late = await cli('validate', scenarioFile(directory, channels, { warmup: '30d' }));
    expect(late.code).toBe(2);
    expect(late.stderr).toMatch(
      /\$\.warmup: expected a warm-up shorter than the horizon, which is not set and so is the history's span plus replay\.drain \(593h\)/,
    );
  });
});

describe('history order ids and replay.synthetic', () => {
  it('keeps each history order id in the per-order CSV of run --out (empty for generated orders)', async () => {
    const directory = folder();
    write(directory, 'ids.csv', `${HEADER}\n2024-03-04T10:00:00,"ORD,1",web,X,1,\n2024-03-04T11:00:00,00042,web,Y,2,\n`);
    const file = scenarioFile(
      directory,
      [
        { name: 'web', orderHistory: 'ids.csv' },
        { name: 'shop', ordersPerDay: 24 },
      ],
      {
        horizon: '2d',
        warmup: '0d',
      },
    );
    const out = join(directory, 'out');
    const { code, stderr } = await cli('run', file, '--reps', '1', '--workers', '1', '--out', out);
    expect(code, stderr).toBe(0);
    const text = readFileSync(join(out, 'replay.orders.csv'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/,satisfaction,historyOrder$/);
    const records = parse<Record<string, string>>(text, { columns: true });
    const web = records.filter((record) => record.channel === 'web' && record.origin === 'customer');
    expect(web.map((record) => [record.placedHours, record.historyOrder])).toEqual([
      ['10', 'ORD,1'],
      ['11', '00042'],
    ]);
    const shop = records.filter((record) => record.channel === 'shop');
    expect(shop.length).toBeGreaterThan(0);
    expect(shop.every((record) => record.historyOrder === '')).toBe(true);
  });

  it('replay.synthetic false makes no exchange orders, holds or processing errors where the same replay with it true does', async () => {
    const rates = {
      horizon: '14d',
      warmup: '0d',
      processing: { automated: { errorRate: 0.2 }, manual: { errorRate: 0.2 }, hold: { share: 0.3 } },
      returns: { changedMindRate: 0.5, exchangeShare: 1 },
    };
    const count = (scenario: Scenario) => {
      const model = buildModel(scenario, 0);
      const seen = { orders: 0, exchanges: 0, holds: 0, errors: 0 };
      model.context.events.on('orderPlaced', ({ order }) => {
        seen.orders++;
        if (order.origin === 'exchange') seen.exchanges++;
      });
      model.context.events.on('orderStateChanged', ({ to }) => {
        if (to === 'held') seen.holds++;
      });
      model.context.events.on('orderVerified', ({ order }) => {
        if (order.processingError) seen.errors++;
      });
      model.run();
      return seen;
    };
    const synthetic = count(await replayScenarioWith('scenarios/replay/sample.json', rates));
    const faithful = count(await replayScenarioWith('scenarios/replay/sample.json', { ...rates, replay: { synthetic: false } }));
    expect(synthetic.exchanges).toBeGreaterThan(50);
    expect(synthetic.holds).toBeGreaterThan(500);
    expect(synthetic.errors).toBeGreaterThan(300);
    expect(faithful).toEqual({ orders: synthetic.orders - synthetic.exchanges, exchanges: 0, holds: 0, errors: 0 });
  });
});
