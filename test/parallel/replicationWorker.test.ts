import { transferableSymbol, valueSymbol } from 'piscina';
import { describe, expect, it } from 'vitest';
import { runJob } from '../../engine/experiment/replicationRunner.js';
import { decodeFromThread, orderBuffers, type ThreadResult } from '../../engine/experiment/resultCodec.js';
import { replicationJobs } from '../../engine/experiment/runScenario.js';
import replicationWorker, { answerWith, MOVE_FROM_BYTES } from '../../engine/parallel/replicationWorker.js';
import { scenarioWith } from '../helpers/scenarios.js';

/** What Piscina reads off a moved answer: the buffers it transfers, and the value it posts. */
interface Marked {
  readonly [transferableSymbol]: ArrayBuffer[];
  readonly [valueSymbol]: ThreadResult;
}

describe('replicationWorker', () => {
  const scenario = scenarioWith('scenarios/baseline.json', { horizon: '4d', warmup: '1d' });

  it('moves the per-order columns beside the bytes, not serialised in them, and the result decodes whole', async () => {
    const [job] = replicationJobs(scenario, { recordOrders: 'all' }, 0, 1);
    const answer = (await replicationWorker(job!)) as unknown as Marked;
    const moved = answer[transferableSymbol];
    const value = answer[valueSymbol];
    expect(value.orders).toBeDefined();
    // Every column's buffer, each once; the bytes are small, so they are copied, not moved.
    expect(moved).toEqual(orderBuffers(value.orders!));
    expect(new Set(moved).size).toBe(moved.length);
    expect(moved.length).toBeGreaterThan(20);
    expect(value.bytes.length).toBeLessThan(MOVE_FROM_BYTES);
    // The bytes hold no column: far smaller than the columns they travel with.
    const columnBytes = moved.reduce((sum, buffer) => sum + buffer.byteLength, 0);
    expect(value.bytes.length).toBeLessThan(columnBytes);
    expect(JSON.stringify(decodeFromThread(value))).toBe(JSON.stringify(runJob(job!)));
  });

  it('answers plain bytes, nothing to move, without per-order records; and one deflated piece for the queue', async () => {
    const [job] = replicationJobs(scenario, {}, 0, 1);
    const plain = (await replicationWorker(job!)) as ThreadResult;
    expect(transferableSymbol in plain).toBe(false);
    expect(plain.orders).toBeUndefined();
    const [recorded] = replicationJobs(scenario, { recordOrders: 'all' }, 0, 1);
    const queued = (await replicationWorker({ ...recorded!, deflate: true })) as ThreadResult;
    expect(transferableSymbol in queued).toBe(false);
    expect(queued.orders).toBeUndefined();
    expect(JSON.stringify(decodeFromThread(queued))).toBe(JSON.stringify(runJob(recorded!)));
  });

  it('moves encoded bytes of MOVE_FROM_BYTES or more, copies smaller ones', async () => {
    const large = { bytes: new Uint8Array(MOVE_FROM_BYTES) };
    const moved = (await answerWith(large)) as unknown as Marked;
    expect(moved[transferableSymbol]).toEqual([large.bytes.buffer]);
    expect(moved[valueSymbol]).toBe(large);
    const small = { bytes: new Uint8Array(MOVE_FROM_BYTES - 1) };
    expect(await answerWith(small)).toBe(small);
  });
});
