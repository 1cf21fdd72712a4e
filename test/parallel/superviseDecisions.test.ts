import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { superviseDecisions } from '../../engine/parallel/superviseDecisions.js';
import { createDecisionBoard, useDecisionBoard, watchDecisionAsync } from '../../engine/policies/plugins/decisionWatch.js';

/** Runs a 300 ms call watched on a board under a 40 ms timeout; returns what overran, if anything. */
async function watchedCall(atLeastMs: number): Promise<string | undefined> {
  const board = createDecisionBoard();
  let overran: string | undefined;
  const stop = superviseDecisions(board, 40, (module, decision) => (overran = `${module}: ${decision}`));
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
    expect(await watchedCall(0)).toBe('plugin.ts: import (starting the TypeScript compiler, tsx)');
  });

  it('gives a call its least allowed time (the compiler start) even under a shorter timeout', async () => {
    expect(await watchedCall(5_000)).toBeUndefined();
  });
});
