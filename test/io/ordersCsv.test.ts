import { describe, expect, it } from 'vitest';
import { orderRecordsOf, ORDER_FIELDS, type OrderColumns } from '../../engine/experiment/orderColumns.js';
import { runReplication, type ReplicationResult } from '../../engine/experiment/runReplication.js';
import { csvField } from '../../engine/io/csvField.js';
import { ordersCsvChunks } from '../../engine/io/ordersCsv.js';
import { scenarioWith } from '../helpers/scenarios.js';

/** The per-order CSV as its definition has it: each record's values through csvField, joined. */
function expectedCsv(replications: readonly ReplicationResult[]): string {
  const header = ['replication', ...ORDER_FIELDS.map(([name]) => name)].join(',');
  const rows = replications.flatMap((result) =>
    [...orderRecordsOf(result.orders as OrderColumns)].map((record) =>
      [result.replication, ...Object.values(record)].map((value) => csvField(value as string | number | boolean | null)).join(','),
    ),
  );
  return `${[header, ...rows].join('\n')}\n`;
}

/** The chunks joined, each copied as it comes: a chunk is valid until the next is asked for. */
const joined = (chunks: Iterable<string | Uint8Array>): string => {
  const copies: Buffer[] = [];
  for (const chunk of chunks) copies.push(Buffer.from(chunk));
  return Buffer.concat(copies).toString('utf8');
};

describe('ordersCsvChunks', () => {
  const scenario = scenarioWith('scenarios/baseline.json', { horizon: '5d', warmup: '1d', returns: { changedMindRate: 0.3 } });
  const replications = [0, 1].map((replication) => runReplication(scenario, replication, { recordOrders: true }));

  it('writes every record as csvField writes its values, in chunks of any size', () => {
    const expected = expectedCsv(replications);
    expect(expected.split('\n').length).toBeGreaterThan(2000);
    for (const chunkBytes of [1 << 20, 4096, 64]) expect(joined(ordersCsvChunks(replications, chunkBytes))).toBe(expected);
  });

  it('quotes labels and text that need it, and keeps any UTF-8', () => {
    const [first] = replications as [ReplicationResult];
    const orders = first.orders as OrderColumns;
    const texts = Array.from(
      { length: orders.count },
      (_, row) => ['', 'H-1', 'a,b', 'say "hi"', 'line\nbreak', 'Zürich ✓ 東京', 'x'.repeat(300)][row % 7] as string,
    );
    const carriers = {
      codes: orders.fields.carrier.codes,
      values: orders.fields.carrier.values.map((value, index) => (index === 0 ? `"${value}", ünï` : value)),
    };
    const odd: ReplicationResult = {
      ...first,
      orders: { ...orders, fields: { ...orders.fields, historyOrder: texts, carrier: carriers } },
    };
    const expected = expectedCsv([odd]);
    expect(expected).toContain('"say ""hi"""');
    for (const chunkBytes of [1 << 20, 100, 1]) expect(joined(ordersCsvChunks([odd], chunkBytes))).toBe(expected);
  });

  it('writes only the header when no replication recorded its orders', () => {
    const unrecorded = replications.map(({ orders: _orders, ...rest }) => rest);
    expect(joined(ordersCsvChunks(unrecorded))).toBe('replication,id\n');
  });
});
