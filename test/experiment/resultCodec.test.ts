import { describe, expect, it } from 'vitest';
import { decodeFromThread, decodeResult, encodeForThread, encodeResult } from '../../engine/experiment/resultCodec.js';
import { KEEP_FROM_ROWS, ReservedColumn } from '../../engine/experiment/reservedColumn.js';
import { runReplication } from '../../engine/experiment/runReplication.js';
import { validateScenario } from '../../engine/scenario/validateScenario.js';

describe('resultCodec', () => {
  it('decodeResult(encodeResult(r)) gives the same JSON, key order, typed arrays and all', () => {
    const scenario = validateScenario(
      { horizon: '3d', warmup: '1d', channels: [{ name: 'web', ordersPerDay: 200 }], catalog: { skus: 50 } },
      'codec',
    );
    const result = runReplication(scenario, 1, { recordOrders: true });
    for (const deflate of [true, false]) {
      const decoded = decodeResult(encodeResult(result, deflate));
      expect(JSON.stringify(decoded)).toBe(JSON.stringify(result));
      expect(decoded.unitPrice).toBeInstanceOf(Float64Array);
      expect(Array.from(decoded.unitPrice)).toEqual(Array.from(result.unitPrice));
      expect(decoded.skus).toHaveLength(50);
    }
    // Deflated for the queue, plain between threads: the plain bytes are the larger.
    const plain = encodeResult(result, false);
    expect(encodeResult(result, true).length).toBeLessThan(plain.length);
    // A thread's answer is cloned whole, buffer and all: the plain bytes are their buffer, exactly.
    expect(plain.byteOffset).toBe(0);
    expect(plain.buffer.byteLength).toBe(plain.length);
    expect(plain[0]).toBe(0);
  });

  it("carries a long run's kept columns (views of resizable buffers) through the queue's bytes and a thread's answer", () => {
    const scenario = validateScenario({ horizon: '2d', warmup: '1d', channels: [{ name: 'web', ordersPerDay: 50 }] }, 'codec');
    const short = runReplication(scenario, 0, { recordOrders: true });
    // A column as a run of KEEP_FROM_ROWS orders hands it over: a view of its resizable buffer.
    const column = new ReservedColumn(Float64Array);
    column.ensure(KEEP_FROM_ROWS);
    for (let row = 0; row < KEEP_FROM_ROWS; row++) column.values[row] = row / 7;
    const kept = column.finish(KEEP_FROM_ROWS);
    expect(kept.buffer.resizable).toBe(true);
    const orders = short.orders!;
    const result = { ...short, orders: { count: KEEP_FROM_ROWS, fields: { ...orders.fields, value: kept } } };
    const expected = JSON.stringify(result);
    expect(JSON.stringify(decodeResult(encodeResult(result, true)))).toBe(expected);
    const answer = encodeForThread(result);
    expect(answer.orders?.fields.value).toBe(kept);
    expect(JSON.stringify(decodeFromThread(answer))).toBe(expected);
  });

  it('refuses bytes of an unknown format with a message', () => {
    expect(() => decodeResult(Uint8Array.of(7, 1, 2))).toThrow(/unknown result format 7/);
  });
});
