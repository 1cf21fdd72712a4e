import { describe, expect, it } from 'vitest';
import { decodeResult, encodeResult } from '../../engine/experiment/resultCodec.js';
import { runReplication } from '../../engine/experiment/runReplication.js';
import { validateScenario } from '../../engine/scenario/validateScenario.js';

describe('resultCodec', () => {
  it('decodeResult(encodeResult(r)) gives the same JSON, key order, typed arrays and all', () => {
    const scenario = validateScenario(
      { horizon: '3d', warmup: '1d', channels: [{ name: 'web', ordersPerDay: 200 }], catalog: { skus: 50 } },
      'codec',
    );
    const result = runReplication(scenario, 1, { recordOrders: true });
    const decoded = decodeResult(encodeResult(result));
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(result));
    expect(decoded.unitPrice).toBeInstanceOf(Float64Array);
    expect(Array.from(decoded.unitPrice)).toEqual(Array.from(result.unitPrice));
    expect(decoded.skus).toHaveLength(50);
  });
});
