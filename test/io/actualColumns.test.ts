import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOrderHistory } from '../../engine/io/readOrderHistory.js';
import { historyColumnsProblem, historyOrderId, type HistoryColumns } from '../../engine/scenario/historyColumns.js';
import { ScenarioError } from '../../engine/scenario/ScenarioError.js';
import { scenarioWith } from '../helpers/scenarios.js';

const HEADER = 'timestamp,order,channel,sku,quantity,service,shippedAt,deliveredAt,promisedBy';

function csv(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'fulfill-actual-')), 'orders.csv');
  writeFileSync(file, text);
  return file;
}

function load(text: string): Promise<Map<string, HistoryColumns>> {
  return readOrderHistory({
    file: csv(text),
    display: 'orders.csv',
    channels: ['web', 'b2b'],
    scenarioChannels: ['web', 'b2b'],
    services: ['ground', 'two-day'],
  });
}

async function problem(text: string): Promise<string> {
  try {
    await load(text);
  } catch (error) {
    if (error instanceof ScenarioError) return error.message;
    throw error;
  }
  return '';
}

describe('actual columns of an order history', () => {
  it('reads shippedAt, deliveredAt and promisedBy as hours from the replay start, one value per order, NaN when empty', async () => {
    const web = (
      await load(
        [
          HEADER,
          '2024-03-05T10:00:00,A2,web,X,1,ground,,,',
          // The rows of A1 agree; its second row leaves shippedAt empty, which is allowed.
          '2024-03-04T09:00:00,A1,web,X,1,ground,2024-03-04T15:30:00Z,2024-03-06T12:00:00+01:00,2024-03-07T12:00',
          '2024-03-04T09:00:00,A1,web,Y,2,ground,,2024-03-06 11:00,2024-03-07T12:00:00Z',
        ].join('\n'),
      )
    ).get('web') as HistoryColumns;
    // Orders in time order: A1 (Monday 09:00) then A2; time 0 is Monday 2024-03-04 00:00 UTC.
    expect([0, 1].map((order) => historyOrderId(web, order))).toEqual(['A1', 'A2']);
    expect([...(web.shippedHours ?? [])]).toEqual([15.5, NaN]);
    expect([...(web.deliveredHours ?? [])]).toEqual([48 + 11, NaN]);
    expect([...(web.promisedHours ?? [])]).toEqual([72 + 12, NaN]);
    expect(historyColumnsProblem(web)).toBeUndefined();
  });

  it('has no actual columns when the file has none, and only those it has', async () => {
    const plain = (await load('timestamp,order,channel,sku,quantity,service\n2024-03-04T09:00,A,web,X,1,\n')).get('web');
    expect(plain?.shippedHours).toBeUndefined();
    const shippedOnly = (
      await load('timestamp,order,channel,sku,quantity,service,ShippedAt\n2024-03-04T09:00,A,web,X,1,,2024-03-04T10:00\n')
    ).get('web');
    expect([...(shippedOnly?.shippedHours ?? [])]).toEqual([10]);
    expect(shippedOnly?.deliveredHours).toBeUndefined();
    expect(shippedOnly?.promisedHours).toBeUndefined();
  });

  it('refuses rows of one order that disagree, and times before the order, naming file, line and column', async () => {
    const rows = (...lines: string[]): string => [HEADER, '2024-03-04T09:00:00,A0,b2b,X,1,,,,', ...lines].join('\n');
    expect(
      await problem(rows('2024-03-04T09:00:00,A1,web,X,1,,2024-03-04T12:00,,', '2024-03-04T09:00:00,A1,web,Y,1,,2024-03-04T13:00,,')),
    ).toBe(
      'orders.csv:4: $.shippedAt: order "A1" has shippedAt 2024-03-04T12:00:00 on an earlier row: every row of an order must give the same shippedAt or leave it empty',
    );
    expect(await problem(rows('2024-03-04T09:00:00,A1,web,X,1,,2024-03-04T08:59,,'))).toBe(
      'orders.csv:3: $.shippedAt: the order shipped before it was placed (shippedAt is earlier than its timestamp)',
    );
    expect(
      await problem(rows('2024-03-04T09:00:00,A1,web,X,1,,2024-03-04T12:00,,', '2024-03-04T09:00:00,A1,web,Y,1,,,2024-03-04T11:00,')),
    ).toBe('orders.csv:4: $.deliveredAt: the order was delivered before it shipped (deliveredAt is earlier than shippedAt)');
    expect(await problem(rows('2024-03-04T09:00:00,A1,web,X,1,,,,2024-03-03T09:00'))).toMatch(
      /^orders\.csv:3: \$\.promisedBy: the promise is earlier/,
    );
    expect(await problem(rows('2024-03-04T09:00:00,A1,web,X,1,,04/03/2024 12:00,,'))).toMatch(
      /^orders\.csv:3: \$\.shippedAt: day-first or month-first dates are not guessed \(set the scenario.s replay\.timestampFormat/,
    );
    expect(await problem(`${HEADER},shippedat\n2024-03-04T09:00,A,web,X,1,,,,,\n`)).toBe(
      'orders.csv:1: $: the column "shippedAt" appears twice in the header',
    );
  });

  it('an inline history takes shippedHour, deliveredHour and promisedHour, and names the field of a bad one', () => {
    const inline = (order: Record<string, unknown>) =>
      scenarioWith('scenarios/baseline.json', {
        channels: [{ name: 'web', orderHistory: [{ hour: 5, id: 'A', lines: [{ sku: 'X', units: 1 }], ...order }] }],
      });
    const web = inline({ shippedHour: 9, promisedHour: 100 }).channels.find((channel) => channel.name === 'web')
      ?.orderHistory as HistoryColumns;
    expect([...(web.shippedHours ?? [])]).toEqual([9]);
    expect([...(web.promisedHours ?? [])]).toEqual([100]);
    expect(web.deliveredHours).toBeUndefined();
    expect(() => inline({ shippedHour: 4 })).toThrow(
      "$.channels[0].orderHistory[0].shippedHour: expected shippedHour not before the order's hour",
    );
    expect(() => inline({ deliveredHour: -1 })).toThrow(/\$\.channels\[0\]\.orderHistory\[0\]\.deliveredHour: Too small/);
  });

  it('an inline history is checked as a CSV is: times in order, each id once, merged lines bounded', () => {
    const inline = (...orders: Array<Record<string, unknown>>) =>
      scenarioWith('scenarios/baseline.json', {
        channels: [{ name: 'web', orderHistory: orders.map((order) => ({ hour: 5, id: 'A', lines: [{ sku: 'X', units: 1 }], ...order })) }],
      });
    expect(() => inline({ shippedHour: 6, deliveredHour: 5.5 })).toThrow(
      '$.channels[0].orderHistory[0].deliveredHour: expected deliveredHour not before its shippedHour',
    );
    expect(() => inline({ deliveredHour: 4 })).toThrow(
      "$.channels[0].orderHistory[0].deliveredHour: expected deliveredHour not before the order's hour",
    );
    expect(() => inline({ promisedHour: 4 })).toThrow(
      "$.channels[0].orderHistory[0].promisedHour: expected promisedHour not before the order's hour",
    );
    expect(() => inline({}, { id: 'B' }, { id: 'A', hour: 7 })).toThrow(
      '$.channels[0].orderHistory[2].id: order id "A" is also order 0\'s; expected each id once',
    );
    expect(() =>
      inline({
        lines: [
          { sku: 'X', units: 600_000 },
          { sku: 'Y', units: 1 },
          { sku: 'X', units: 600_000 },
        ],
      }),
    ).toThrow('$.channels[0].orderHistory[0].lines[2].units: SKU "X" totals 1,200,000 units over several lines; at most 1,000,000');
    expect(() =>
      inline({ shippedHour: 6, deliveredHour: 6, promisedHour: 5 }, { id: 'B', lines: [{ sku: 'X', units: 1_000_000 }] }),
    ).not.toThrow();
  });

  it('a mutated history with actual columns is read or refused with a ScenarioError, never another exception', async () => {
    const lines = [
      HEADER,
      '2024-03-04T09:00:00,A1,web,X,1,ground,2024-03-04T15:00:00Z,2024-03-06T10:00:00Z,2024-03-08T15:00:00Z',
      '2024-03-04T09:00:00,A1,web,Y,2,ground,2024-03-04T15:00:00Z,2024-03-06T10:00:00Z,2024-03-08T15:00:00Z',
      '2024-03-04T11:30:00,B1,b2b,Z,5,two-day,2024-03-05T15:00:00Z,,2024-03-06T15:00:00Z',
      '2024-03-05T08:00:00,A2,web,X,3,,,,',
    ];
    const cell = fc.oneof(
      fc.constantFrom('', ' ', '2024-03-04T08:00:00Z', '2024-03-09T00:00', '2024-02-30T10:00', '9999-12-31T23:59:59Z', '0000-01-01T00:00'),
      fc.string({ maxLength: 12 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.nat(lines.length - 2), fc.nat(8), cell, async (row, column, value) => {
        const copy = [...lines];
        const cells = (copy[row + 1] as string).split(',');
        cells[column] = value;
        copy[row + 1] = cells.join(',');
        try {
          for (const history of (await load(copy.join('\n'))).values()) expect(historyColumnsProblem(history)).toBeUndefined();
        } catch (error) {
          expect(error, JSON.stringify({ row, column, value })).toBeInstanceOf(ScenarioError);
        }
      }),
      { numRuns: 150, seed: 20261130 },
    );
  });
});
