import { describe, expect, it } from 'vitest';
import { mapHistorySkus } from '../../engine/model/historySkus.js';

describe('mapHistorySkus', () => {
  it('gives the most frequent code the most popular catalog SKU, ties by code, and refuses more codes than SKUs', () => {
    const history = [
      { hour: 0, id: '1', lines: [{ sku: 'B', units: 1 }, { sku: 'A', units: 9 }] },
      { hour: 1, id: '2', lines: [{ sku: 'B', units: 1 }, { sku: 'C', units: 1 }] },
    ];
    const mapping = mapHistorySkus([history], Int32Array.from([7, 3, 5]));
    expect([...mapping.entries()]).toEqual([['B', 7], ['A', 3], ['C', 5]]);
    expect(() => mapHistorySkus([history], Int32Array.from([0, 1]))).toThrow(/3 SKU codes in the histories, 2 in the catalog/);
  });
});
