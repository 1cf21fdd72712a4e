import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_NAMED, readOrderHistory } from '../../engine/io/readOrderHistory.js';
import { historyOrders, type HistoryColumns } from '../../engine/scenario/historyColumns.js';

const HEADER = 'timestamp,order,channel,sku,quantity,service';
let directory: string;

beforeAll(() => (directory = mkdtempSync(join(tmpdir(), 'fulfill-every-channel-'))));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Reads `rows` as `fulfill calibrate` does: every channel, any service. */
function readEvery(rows: readonly string[]): ReturnType<typeof readOrderHistory> {
  const file = join(directory, 'history.csv');
  writeFileSync(file, `${HEADER}\n${rows.join('\n')}\n`);
  return readOrderHistory({
    file,
    display: 'history.csv',
    channels: [],
    scenarioChannels: [],
    services: [],
    everyChannel: true,
    anyService: true,
  });
}

describe('readOrderHistory with everyChannel and anyService', () => {
  it('reads every channel the file names, with any service', async () => {
    const histories = await readEvery([
      '2024-03-04T09:00:00,A,web,X,1,ground',
      '2024-03-04T09:05:00,B,shop,Y,2,courier',
      '2024-03-04T09:05:00,B,shop,Z,1,courier',
      '2024-03-05T10:00:00,C,web,X,3,',
    ]);
    expect([...histories.keys()]).toEqual(['web', 'shop']);
    expect(historyOrders(histories.get('web') as HistoryColumns)).toBe(2);
    const shop = histories.get('shop');
    expect(shop?.services[(shop.orderService[0] as number) - 1]).toBe('courier');
    expect(Array.from(shop?.lineUnits ?? [])).toEqual([2, 1]);
  });

  it('refuses an empty channel name and more than MAX_NAMED channels, with the line', async () => {
    await expect(readEvery(['2024-03-04T09:00:00,A,web,X,1,', '2024-03-04T09:00:00,B,,X,1,'])).rejects.toThrow(
      'history.csv:3: $.channel: expected a channel name',
    );
    const many = Array.from({ length: MAX_NAMED + 1 }, (_, index) => `2024-03-04T09:00:00,O${index},c${index},X,1,`);
    await expect(readEvery(many)).rejects.toThrow(`history.csv:${MAX_NAMED + 2}: $.channel: expected at most ${MAX_NAMED} channels`);
  });
});
