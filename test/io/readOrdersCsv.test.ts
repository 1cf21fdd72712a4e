import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotOrderRecords, readOrderRecords } from '../../engine/io/readOrdersCsv.js';
import { MAX_PARQUET_ORDERS, TooManyOrders } from '../../engine/io/readOrdersParquet.js';

/** A per-order CSV with `text` in a fresh folder. */
function csvFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'fulfill-csv-')), 'x.orders.csv');
  writeFileSync(file, text);
  return file;
}

describe('readOrderRecords', () => {
  it('reads one replication, typing numbers, booleans and empty cells', () => {
    const file = csvFile('replication,id,channel,shippedHours,onTime,carrier\n0,1,web,12.5,true,parcelco\n1,1,web,3,false,x\n0,2,b2b,,,\n');
    expect(readOrderRecords(file)).toEqual([
      { id: 1, channel: 'web', shippedHours: 12.5, onTime: true, carrier: 'parcelco' },
      { id: 2, channel: 'b2b', shippedHours: null, onTime: null, carrier: '' },
    ]);
    expect(readOrderRecords(file, 1)).toHaveLength(1);
  });

  it('readOrderRecords: quoted fields may hold commas, doubled quotes and line breaks', () => {
    const file = csvFile('replication,id,channel,carrier\n0,1,"a, b","say ""hi"""\n0,2,"two\nlines",x\n1,3,"one\n0,4,fake",y\n');
    expect(readOrderRecords(file)).toEqual([
      { id: 1, channel: 'a, b', carrier: 'say "hi"' },
      { id: 2, channel: 'two\nlines', carrier: 'x' },
    ]);
  });
});

describe('readOrderRecords on a file not written by run --out', () => {
  it('stops at the first record whose fields do not match the header, at once, and remembers it', () => {
    const file = csvFile(`replication,id,channel,carrier\n${'0,1\n'.repeat(200_000)}`);
    const thrown = (): unknown => {
      try {
        readOrderRecords(file);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const first = thrown();
    expect(first).toEqual(new NotOrderRecords('line 2 has 2 fields, the header 4'));
    // Remembered until the file changes: asked again, the same refusal, not a second parse.
    expect(thrown()).toBe(first);
    // Named by the file's own line, whatever lines of other replications come before it.
    const later = csvFile('replication,id,channel\n1,1,web\n\n0,1,web\n# note\n0,2\n');
    expect(() => readOrderRecords(later)).toThrow(new NotOrderRecords('line 6 has 2 fields, the header 3'));
  });

  it('refuses a replication of more orders than the inspector decodes, before building them', () => {
    const file = csvFile(`replication,id\n${'0,1\n'.repeat(MAX_PARQUET_ORDERS + 1)}`);
    expect(() => readOrderRecords(file)).toThrow(TooManyOrders);
  });

  it('reads a file saved with Windows line ends without a carriage return in its last field', () => {
    const file = csvFile('replication,id,historyOrder\r\n0,1,A1\r\n0,2,\r\n');
    expect(readOrderRecords(file)).toEqual([
      { id: 1, historyOrder: 'A1' },
      { id: 2, historyOrder: '' },
    ]);
  });

  it('ignores a column named like an Object.prototype member (no results file has one), leaving the record a plain object', () => {
    const file = csvFile('replication,id,__proto__\n0,1,x\n');
    const [record] = readOrderRecords(file);
    expect(record).toEqual({ id: 1 });
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
  });
});
