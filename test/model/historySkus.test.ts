import { describe, expect, it } from 'vitest';
import { mapHistorySkus } from '../../engine/model/historySkus.js';
import { historyFromOrders } from '../../engine/scenario/historyColumns.js';

describe('mapHistorySkus', () => {
  it('gives the most frequent code the most popular catalog SKU, ties by code, and refuses more codes than SKUs', () => {
    const history = historyFromOrders([
      {
        hour: 0,
        id: '1',
        lines: [
          { sku: 'B', units: 1 },
          { sku: 'A', units: 9 },
        ],
      },
      {
        hour: 1,
        id: '2',
        lines: [
          { sku: 'B', units: 1 },
          { sku: 'C', units: 1 },
        ],
      },
    ]);
    // The code table is B, A, C (first appearance): B has 2 lines, A and C one each (A before C).
    expect(history.skuCodes).toEqual(['B', 'A', 'C']);
    expect([...(mapHistorySkus([history], Int32Array.from([7, 3, 5]))[0] as Int32Array)]).toEqual([7, 3, 5]);
    expect(() => mapHistorySkus([history], Int32Array.from([0, 1]))).toThrow(/3 SKU codes in the histories, 2 in the catalog/);
  });

  it('mapHistorySkus counts lines over every history and maps a shared code table per history (-1 for codes a history does not use)', () => {
    const web = historyFromOrders([{ hour: 0, id: 'w', lines: [{ sku: 'Z', units: 1 }] }]);
    const b2b = historyFromOrders([
      { hour: 0, id: 'b', lines: [{ sku: 'Y', units: 1 }] },
      { hour: 2, id: 'c', lines: [{ sku: 'Y', units: 1 }] },
    ]);
    const shared = { ...web, skuCodes: ['Y', 'Z'], lineSku: Uint32Array.from([1]) };
    const [webSkus, b2bSkus] = mapHistorySkus([shared, b2b], Int32Array.from([10, 20]));
    expect([...(webSkus as Int32Array)]).toEqual([10, 20]);
    expect([...(b2bSkus as Int32Array)]).toEqual([10]);
    const unused = { ...web, skuCodes: ['Z', 'Q'] };
    expect([...(mapHistorySkus([unused], Int32Array.from([4]))[0] as Int32Array)]).toEqual([4, -1]);
  });
});
