import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { overrunError, superviseDecisions } from '../../engine/parallel/superviseDecisions.js';
import { createDecisionBoard, useDecisionBoard, watchDecisionAsync } from '../../engine/policies/plugins/decisionWatch.js';

/** Runs a 300 ms call watched on a board under a 40 ms timeout; returns what overran, if anything, and the time it was allowed. */
async function watchedCall(atLeastMs: number): Promise<string | undefined> {
  const board = createDecisionBoard();
  let overran: string | undefined;
  const stop = superviseDecisions(board, 40, (module, decision, allowedMs) => (overran = `${module}: ${decision} (${allowedMs} ms)`));
  useDecisionBoard(board);
  try {
    await watchDecisionAsync('plugin.ts', 'import (starting the TypeScript compiler, tsx)', () => sleep(300), atLeastMs);
  } finally {
    stop();
  }
  return overran;
}

describe('superviseDecisions', () => {
  afterEach(() => useDecisionBoard(undefined));

  it('reports a call still in progress after the timeout, naming the module and the call', async () => {
    expect(await watchedCall(0)).toBe('plugin.ts: import (starting the TypeScript compiler, tsx) (40 ms)');
  });

  it('reports the time a call was allowed when that is more than the timeout', async () => {
    expect(await watchedCall(100)).toBe('plugin.ts: import (starting the TypeScript compiler, tsx) (100 ms)');
  });

  it('gives a call its least allowed time (the compiler start) even under a shorter timeout', async () => {
    expect(await watchedCall(5_000)).toBeUndefined();
  });
});

describe('overrunError', () => {
  it("blames the plugin's own call and points at --plugin-timeout", () => {
    expect(overrunError('p.ts', 'route(3 picks)', 2000, 2000).message).toBe(
      'policy module p.ts: route(3 picks) did not return within 2 s (raise the limit with --plugin-timeout)',
    );
  });

  it('says the time actually allowed, and not the flag, for a call allowed more than --plugin-timeout (the compiler start)', () => {
    const message = overrunError('p.ts', 'import (starting the TypeScript compiler, tsx)', 60_000, 2000).message;
    expect(message).toContain('did not return within 60 s');
    expect(message).toContain("runs none of the plugin's code");
    expect(message).not.toContain('--plugin-timeout');
  });
});
