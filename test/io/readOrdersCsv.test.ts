import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOrderRecords } from '../../engine/io/readOrdersCsv.js';

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
