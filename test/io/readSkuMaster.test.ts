import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSkuMaster } from '../../engine/io/readSkuMaster.js';
import { ScenarioError } from '../../engine/scenario/ScenarioError.js';
import { skuMasterProblem } from '../../engine/scenario/skuMasterColumns.js';

function csv(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'fulfill-skus-')), 'skus.csv');
  writeFileSync(file, text);
  return file;
}

async function problem(text: string): Promise<string> {
  try {
    await readSkuMaster(csv(text), 'skus.csv');
  } catch (error) {
    if (error instanceof ScenarioError) return error.message;
    throw error;
  }
  return '';
}

describe('readSkuMaster', () => {
  it('reads every column, in any order and case, into plain columns', async () => {
    const master = await readSkuMaster(
      csv(
        [
          'Bay,SKU,unitprice,UNITWEIGHTKG,lengthCm,widthCm,heightCm,fragile,aisle,positionM,level,zone,onHand,reorderPoint,orderQuantity,orderUpTo,demandWeight,description,ignored',
          ',M-1,5.5,0.4,10,10,12,Yes,A10,4.5,2,front,100,20,50,,3,"Mug, blue",x',
          '3,M-2,12,1.25,,,,0,A9,,,,,,,40,1,Plate,y',
          '',
          '7,M-3,0,0,20,20,8,,A09,,1,back,0,,,,0,,z',
        ].join('\r\n'),
      ),
      'skus.csv',
    );
    expect(skuMasterProblem(master)).toBeUndefined();
    expect(master.codes).toEqual(['M-1', 'M-2', 'M-3']);
    expect(master.line).toEqual([2, 3, 5]);
    expect(master.descriptions).toEqual(['Mug, blue', 'Plate', '']);
    expect(master.unitPrice).toEqual([5.5, 12, 0]);
    expect(master.unitWeightKg).toEqual([0.4, 1.25, 0]);
    expect(master.unitVolumeLitres).toEqual([1.2, null, 3.2]);
    expect(master.fragile).toEqual([1, 0, 0]);
    // Natural order: A09 and A9 are both nine (text order between them), A10 comes after.
    expect(master.aisleLabels).toEqual(['A09', 'A9', 'A10']);
    expect(master.aisle).toEqual([2, 1, 0]);
    expect(master.positionM).toEqual([4.5, null, null]);
    expect(master.bay).toEqual([null, 3, 7]);
    expect(master.level).toEqual([2, null, 1]);
    expect(master.zone).toEqual(['front', '', 'back']);
    expect(master.onHand).toEqual([100, null, 0]);
    expect(master.reorderPoint).toEqual([20, null, null]);
    expect(master.orderQuantity).toEqual([50, null, null]);
    expect(master.orderUpTo).toEqual([null, 40, null]);
    expect(master.demandWeight).toEqual([3, 1, 0]);
  });

  it('leaves the optional columns a file lacks empty', async () => {
    const master = await readSkuMaster(csv('sku,unitPrice,unitWeightKg\nA,1,2\n'), 'skus.csv');
    expect(skuMasterProblem(master)).toBeUndefined();
    expect(master.aisle).toEqual([]);
    expect(master.aisleLabels).toEqual([]);
    expect(master.onHand).toEqual([]);
    expect(master.demandWeight).toEqual([]);
    expect(master.unitVolumeLitres).toEqual([null]);
  });

  it.each([
    ['', 'skus.csv:1: $: the file is empty'],
    ['sku,unitPrice\nA,1\n', 'skus.csv:1: $: expected the columns sku, unitPrice, unitWeightKg in the header; missing unitWeightKg'],
    ['sku,unitPrice,unitWeightKg\n', 'skus.csv:1: $: expected at least one SKU after the header'],
    ['sku,SKU,unitPrice,unitWeightKg\n', 'skus.csv:1: $: the column "sku" appears twice'],
    ['sku,unitPrice,unitWeightKg,lengthCm\nA,1,1,1\n', 'skus.csv:1: $: expected all three of lengthCm, widthCm, heightCm or none'],
    ['sku,unitPrice,unitWeightKg,aisle\nA,1,1,A1\n', 'skus.csv:1: $: expected a positionM or bay column beside aisle'],
    ['sku,unitPrice,unitWeightKg,bay\nA,1,1,1\n', 'skus.csv:1: $: expected an aisle column with positionM, bay or level'],
    [
      'sku,unitPrice,unitWeightKg\nA,1,1\n\nB,12.5.0,1\n',
      'skus.csv:4: $.unitPrice: expected a number from 0 to 1,000,000,000, got "12.5.0"',
    ],
    ['sku,unitPrice,unitWeightKg\nA,1,-2\n', 'skus.csv:2: $.unitWeightKg: expected a number from 0 to 100,000, got "-2"'],
    ['sku,unitPrice,unitWeightKg\nA,,1\n', 'skus.csv:2: $.unitPrice: expected unitPrice, got an empty field'],
    ['sku,unitPrice,unitWeightKg\nA,1,1\nB,1,1\nA,2,2\n', 'skus.csv:4: $.sku: the SKU code "A" repeats (first on line 2)'],
    ['sku,unitPrice,unitWeightKg\n ,1,1\n', 'skus.csv:2: $.sku: expected a SKU code'],
    ['sku,unitPrice,unitWeightKg\nA,1,1,9\n', 'skus.csv:2: $: expected 3 fields as in the header, got 4'],
    [
      'sku,unitPrice,unitWeightKg,lengthCm,widthCm,heightCm\nA,1,1,10,,5\n',
      'skus.csv:2: $.widthCm: expected all three of lengthCm, widthCm, heightCm or none',
    ],
    [
      'sku,unitPrice,unitWeightKg,fragile\nA,1,1,maybe\n',
      'skus.csv:2: $.fragile: expected true, false, yes, no, 1, 0 or empty, got "maybe"',
    ],
    ['sku,unitPrice,unitWeightKg,aisle,bay\nA,1,1,,2\n', 'skus.csv:2: $.aisle: expected an aisle label'],
    ['sku,unitPrice,unitWeightKg,aisle,bay\nA,1,1,A1,2.5\n', 'skus.csv:2: $.bay: expected a whole number from 1 to 100,000, got "2.5"'],
    [
      'sku,unitPrice,unitWeightKg,aisle,bay,positionM\nA,1,1,A1,2,3\n',
      'skus.csv:2: $.positionM: expected either positionM (metres) or bay, not both or neither',
    ],
    [
      'sku,unitPrice,unitWeightKg,reorderPoint\nA,1,1,5\n',
      'skus.csv:2: $.reorderPoint: expected orderQuantity (an r,Q policy) or orderUpTo (an s,S policy) with reorderPoint',
    ],
    [
      'sku,unitPrice,unitWeightKg,reorderPoint,orderUpTo\nA,1,1,5,5\n',
      'skus.csv:2: $.orderUpTo: expected orderUpTo above reorderPoint (5)',
    ],
    [
      'sku,unitPrice,unitWeightKg,demandWeight\nA,1,1,0\n',
      'skus.csv:2: $.demandWeight: expected at least one SKU with a demand weight above 0',
    ],
    ['sku,unitPrice,unitWeightKg\nA,"1,1\n', 'skus.csv:2: $: a quoted field that starts in this record is never closed'],
  ])('refuses %j with the file, line and column', async (text, expected) => {
    expect(await problem(text)).toContain(expected);
  });

  it('reports a missing file, a directory and a special file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'fulfill-skus-'));
    await expect(readSkuMaster(join(directory, 'none.csv'), 'none.csv')).rejects.toThrow('none.csv: $: SKU master: file not found');
    await expect(readSkuMaster(directory, 'dir')).rejects.toThrow('dir: $: SKU master: is a directory, not a file');
  });
});
