import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOrderRecords, splitCsvLine } from '../../engine/io/readOrdersCsv.js';

describe('splitCsvLine', () => {
  it('splits quoted fields with commas and doubled quotes', () => {
    expect(splitCsvLine('1,"a, b","say ""hi""",,x')).toEqual(['1', 'a, b', 'say "hi"', '', 'x']);
  });
});

describe('readOrderRecords', () => {
  it('reads one replication, typing numbers, booleans and empty cells', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fulfill-csv-')), 'x.orders.csv');
    writeFileSync(file, 'replication,id,channel,shippedHours,onTime,carrier\n0,1,web,12.5,true,parcelco\n1,1,web,3,false,x\n0,2,b2b,,,\n');
    expect(readOrderRecords(file)).toEqual([
      { id: 1, channel: 'web', shippedHours: 12.5, onTime: true, carrier: 'parcelco' },
      { id: 2, channel: 'b2b', shippedHours: null, onTime: null, carrier: '' },
    ]);
    expect(readOrderRecords(file, 1)).toHaveLength(1);
  });
});
