import { closeSync, openSync, writeSync } from 'node:fs';
import type { LoadedScenario } from '../io/readScenario.js';
import { runReplication } from '../experiment/runReplication.js';
import type { PolicyDecision } from '../policies/instrumentPolicy.js';

/** Parses `--trace-orders 12,40,41` into order ids (undefined: every decision). */
export function parseTraceOrders(text: string | undefined): ReadonlySet<number> | undefined {
  if (text === undefined) return undefined;
  const ids = text.split(',').map((part) => part.trim());
  if (ids.some((id) => !/^\d+$/.test(id))) return undefined;
  return new Set(ids.map(Number));
}

/**
 * Replays replication 0 of each scenario in this thread with every policy decision traced:
 * one JSON line per decision (`scenario`, `replication`, `time` in engine seconds, `family`,
 * `policy`, `orders`, `inputs`, `choice`), all of them or those concerning `orders`. Tracing
 * draws no random numbers, so the traced run is the same run. Returns the lines written.
 */
export function traceDecisions(
  file: string,
  scenarios: readonly LoadedScenario[],
  seed: number | undefined,
  orders: ReadonlySet<number> | undefined,
): number {
  const descriptor = openSync(file, 'w');
  let buffer = '';
  let lines = 0;
  const flush = (): void => {
    writeSync(descriptor, buffer);
    buffer = '';
  };
  try {
    for (const loaded of scenarios) {
      const decided = (decision: PolicyDecision): void => {
        if (orders !== undefined && !decision.orders.some((id) => orders.has(id))) return;
        buffer += `${JSON.stringify({ scenario: loaded.name, replication: 0, ...decision })}\n`;
        lines++;
        if (buffer.length > 1 << 20) flush();
      };
      runReplication(loaded.scenario, 0, { ...(seed === undefined ? {} : { seed }), observer: { decided } });
    }
    flush();
  } finally {
    closeSync(descriptor);
  }
  return lines;
}
