import { describe, expect, it } from 'vitest';
import { decodeHistory, encodeHistory } from '../../engine/distributed/historyBlob.js';
import { historyFromOrders } from '../../engine/scenario/historyColumns.js';
import { scenarioHash } from '../../engine/io/resultsDirectory.js';

const history = historyFromOrders([
  {
    hour: 3.25,
    id: 'A-1',
    lines: [
      { sku: 'X', units: 2 },
      { sku: 'Y', units: 1 },
    ],
    service: 'ground',
  },
  { hour: 1, id: 'B-7', lines: [{ sku: 'X', units: 5 }] },
]);

describe('encodeHistory', () => {
  it('encodeHistory and decodeHistory round-trip every column', () => {
    const decoded = decodeHistory(encodeHistory(history));
    expect(decoded).toEqual(history);
    expect(decoded.hours).toBeInstanceOf(Float64Array);
    expect([...decoded.hours]).toEqual([1, 3.25]);
  });

  it('decodeHistory refuses a forged history (indices out of range, unsorted hours, wrong lengths)', () => {
    const json = JSON.parse(encodeHistory(history)) as Record<string, unknown>;
    const forged = (change: Record<string, unknown>): string => JSON.stringify({ ...json, ...change });
    expect(() => decodeHistory(forged({ skuCodes: ['X'] }))).toThrow(/known SKU/);
    expect(() => decodeHistory(forged({ hours: Buffer.from(Float64Array.from([5, 1]).buffer).toString('base64') }))).toThrow(
      /ascending hours/,
    );
    expect(() => decodeHistory(forged({ idEnd: Buffer.from(Uint32Array.from([3]).buffer).toString('base64') }))).toThrow(
      /one entry per order/,
    );
    expect(() => decodeHistory(forged({ format: 'other' }))).toThrow(/not an order history/);
    expect(() => decodeHistory(forged({ hours: 'AAA' }))).toThrow(/partial element/);
  });
});

describe('encodeHistory with actual columns', () => {
  const actual = historyFromOrders([
    { hour: 1, id: 'A', lines: [{ sku: 'X', units: 1 }], shippedHour: 20, deliveredHour: 70.5 },
    { hour: 2, id: 'B', lines: [{ sku: 'Y', units: 2 }] },
  ]);

  it('carries shippedHours and deliveredHours (NaN where unknown) and leaves out promisedHours when no order gives it', () => {
    const decoded = decodeHistory(encodeHistory(actual));
    expect(decoded).toEqual(actual);
    expect(decoded.shippedHours).toBeInstanceOf(Float64Array);
    expect([...(decoded.shippedHours ?? [])]).toEqual([20, NaN]);
    expect([...(decoded.deliveredHours ?? [])]).toEqual([70.5, NaN]);
    expect(decoded.promisedHours).toBeUndefined();
    expect(decodeHistory(encodeHistory(history)).shippedHours).toBeUndefined();
  });

  it('refuses an actual column of the wrong length or a handover before placement', () => {
    const json = JSON.parse(encodeHistory(actual)) as Record<string, unknown>;
    const base64 = (values: number[]): string => Buffer.from(Float64Array.from(values).buffer).toString('base64');
    expect(() => decodeHistory(JSON.stringify({ ...json, shippedHours: base64([20]) }))).toThrow(
      /shippedHours to hold one number per order/,
    );
    expect(() => decodeHistory(JSON.stringify({ ...json, shippedHours: base64([0.5, NaN]) }))).toThrow(/not before the order's placement/);
    expect(() => decodeHistory(JSON.stringify({ ...json, deliveredHours: 7 }))).toThrow(/column deliveredHours is missing/);
  });
});

describe('scenarioHash', () => {
  it('scenarioHash covers the bytes of history columns', () => {
    const scenario = { channels: [{ name: 'web', orderHistory: history }] };
    const changed = { channels: [{ name: 'web', orderHistory: { ...history, lineUnits: Uint32Array.from([2, 1, 6]) } }] };
    expect(scenarioHash(scenario)).toBe(scenarioHash(structuredClone(scenario)));
    expect(scenarioHash(changed)).not.toBe(scenarioHash(scenario));
  });
});
