import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../engine/cli/main.js';
import { readOrderHistory } from '../../engine/io/readOrderHistory.js';
import { buildModel } from '../../engine/model/buildModel.js';
import { ScenarioError } from '../../engine/scenario/ScenarioError.js';
import { scenarioWith } from '../helpers/scenarios.js';

function csv(text: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'fulfill-history-'));
  const file = join(directory, 'orders.csv');
  writeFileSync(file, text);
  return file;
}

const problem = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof ScenarioError) return error.message;
    throw error;
  }
  return '';
};

describe('readOrderHistory', () => {
  it('groups lines into orders for one channel, with hours from the Monday 00:00 before the first timestamp', () => {
    const file = csv(
      [
        'timestamp,order,channel,sku,quantity,service',
        '2024-03-06T10:30:00,A1,web,X,2,ground',
        '2024-03-06T10:30:00,A1,web,Y,1,ground',
        '2024-03-06T10:30:00,A1,web,X,1,ground',
        '2024-03-05T08:00:00,B1,b2b,Z,5,',
        '2024-03-07T00:00:00,A2,web,Y,3,',
      ].join('\n'),
    );
    const web = readOrderHistory(file, 'web');
    // Earliest timestamp Tuesday 2024-03-05: the replay starts Monday 2024-03-04 00:00.
    expect(web).toEqual([
      { hour: 48 + 10.5, id: 'A1', lines: [{ sku: 'X', units: 3 }, { sku: 'Y', units: 1 }], service: 'ground' },
      { hour: 72, id: 'A2', lines: [{ sku: 'Y', units: 3 }] },
    ]);
    expect(readOrderHistory(file, 'b2b')).toEqual([{ hour: 32, id: 'B1', lines: [{ sku: 'Z', units: 5 }] }]);
  });

  it('names the file and line of a bad row, and a missing column', () => {
    const bad = csv('timestamp,order,channel,sku,quantity,service\n2024-03-06T10:30:00,A1,web,X,2,ground\n2024-03-06T10:31:00,A2,web,X,two,ground\n');
    expect(problem(() => readOrderHistory(bad, 'web', 'orders.csv'))).toBe('orders.csv:3: $.quantity: expected a whole number of units >= 1, got "two"');
    const when = csv('timestamp,order,channel,sku,quantity,service\nyesterday,A1,web,X,2,ground\n');
    expect(problem(() => readOrderHistory(when, 'web', 'orders.csv'))).toMatch(/^orders.csv:2: \$.timestamp: expected an ISO date-time/);
    const columns = csv('time,order,channel,sku,quantity\n');
    expect(problem(() => readOrderHistory(columns, 'web', 'orders.csv'))).toMatch(/^orders.csv:1: \$: expected the columns .* missing timestamp, service/);
  });

  it('fulfill validate exits 2 naming the CSV file and line', async () => {
    const bad = csv('timestamp,order,channel,sku,quantity,service\n2024-03-06T10:30:00,A1,web,X,0,ground\n');
    const scenario = join(mkdtempSync(join(tmpdir(), 'fulfill-replay-')), 'replay.json');
    writeFileSync(scenario, JSON.stringify({ extends: join(process.cwd(), 'scenarios/baseline.json'), channels: [{ name: 'web', orderHistory: bad }] }));
    let stderr = '';
    const code = await main(['validate', scenario], { stdout: () => undefined, stderr: (text) => void (stderr += text), interactive: false });
    expect(code).toBe(2);
    expect(stderr).toMatch(/orders\.csv:2: \$\.quantity: expected a whole number of units >= 1, got "0"/);
  });
});

describe('order-history replay', () => {
  it('places exactly the history orders before the horizon, the same in every replication', () => {
    const scenario = scenarioWith('scenarios/replay/sample.json', { horizon: '7d', warmup: '1d' });
    const web = readOrderHistory('scenarios/data/orders-sample.csv', 'web');
    const b2b = readOrderHistory('scenarios/data/orders-sample.csv', 'b2b');
    const expected = [...web, ...b2b].filter((order) => order.hour < 7 * 24);
    const placed = (replication: number) => {
      const model = buildModel(scenario, replication);
      const orders: Array<{ at: number; channel: string; lines: number[] }> = [];
      model.context.events.on('orderPlaced', ({ order }) => {
        if (order.origin === 'customer') orders.push({ at: order.placedAt, channel: order.channel, lines: order.lines.map((line) => line.units) });
      });
      model.run();
      return { orders };
    };
    const first = placed(0);
    expect(first.orders).toHaveLength(expected.length);
    expect(first.orders.map((order) => order.at).sort((p, q) => p - q)).toEqual(expected.map((order) => order.hour * 3600).sort((p, q) => p - q));
    expect(placed(1).orders).toEqual(first.orders);
    expect(first.orders.filter((order) => order.channel === 'b2b')).toHaveLength(b2b.filter((order) => order.hour < 7 * 24).length);
  });
});
