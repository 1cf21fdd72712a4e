import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { temporaryFile, type AtomicFile } from './writeResults.js';
import type { PolicyDecision } from '../policies/instrumentPolicy.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { runReplication } from '../experiment/runReplication.js';

/** A scenario to trace, by the name its lines carry. */
export interface TracedScenario {
  readonly name: string;
  readonly scenario: Scenario;
}

/**
 * Replays replication 0 of each scenario in this thread with every policy decision traced to
 * `file`: one JSON line per decision (`scenario`, `replication`, `time` in engine seconds,
 * `family`, `policy`, `orders`, `inputs`, `choice`), all of them or those concerning `orders`.
 * Tracing draws no random numbers, so the traced run is the same run. Returns the lines written.
 * The file appears whole or not at all (written beside it, then renamed), unless it is a device
 * such as /dev/stdout, which is written as the trace goes.
 */
export function writeDecisionTrace(
  file: string,
  scenarios: readonly TracedScenario[],
  seed: number | undefined,
  orders: ReadonlySet<number> | undefined,
): number {
  const output = openTrace(file);
  let buffer = '';
  let lines = 0;
  const flush = (): void => {
    writeSync(output.descriptor, buffer);
    buffer = '';
  };
  try {
    for (const { name, scenario } of scenarios) {
      const decided = (decision: PolicyDecision): void => {
        if (orders !== undefined && !decision.orders.some((id) => orders.has(id))) return;
        buffer += `${JSON.stringify({ scenario: name, replication: 0, ...decision })}\n`;
        lines++;
        if (buffer.length > 1 << 20) flush();
      };
      runReplication(scenario, 0, { ...(seed === undefined ? {} : { seed }), observer: { decided } });
    }
    flush();
    output.commit();
  } catch (error) {
    output.abandon();
    throw error;
  }
  return lines;
}

/** A regular file (or a new one) is written atomically; a device is written in place (renaming over /dev/null would replace it). */
function openTrace(file: string): AtomicFile {
  const existing = statSync(file, { throwIfNoEntry: false });
  if (existing === undefined || existing.isFile()) return temporaryFile(file);
  const descriptor = openSync(file, 'w');
  const close = (): void => closeSync(descriptor);
  return { descriptor, commit: close, abandon: close };
}
