import { closeSync, constants, openSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { streamTarget } from './streamTarget.js';
import { temporaryFile, temporaryPathOf, writeAll, type AtomicFile } from './writeResults.js';
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
 * The file appears whole or not at all (written beside it, then renamed; through a symbolic
 * link, beside the file the link leads to, so the link stays), unless it is the standard output
 * or error, a device or a named pipe, which is written as the trace goes.
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
    writeAll(output.descriptor, Buffer.from(buffer));
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

/** The regular file a trace to `file` replaces (the target of a link), or undefined when it is written in place. */
function replacedFile(file: string): string | undefined {
  const absolute = resolve(file);
  if (streamTarget(absolute) !== undefined) return undefined;
  const existing = statSync(absolute, { throwIfNoEntry: false });
  if (existing === undefined) return absolute;
  return existing.isFile() ? realpathSync(absolute) : undefined;
}

/** True when a trace to `file` is written as it goes (a device, a pipe, a descriptor), not beside it and renamed. */
export const traceWrittenInPlace = (file: string): boolean => replacedFile(file) === undefined;

/** The file a trace to `file` writes and its temporary file (a stopped thread leaves it behind), unless it is written in place. */
export function traceFiles(file: string): { readonly replaced: string; readonly temporary: string } | undefined {
  const replaced = replacedFile(file);
  return replaced === undefined ? undefined : { replaced, temporary: temporaryPathOf(replaced) };
}

/**
 * A regular file (or a new one) is written atomically; the standard output or error through its
 * descriptor; a device or a named pipe in place, appended to. Opened non-blocking: a named pipe that nobody reads then fails at
 * once (ENXIO) rather than blocking this thread inside open(), where not even Ctrl-C reaches it.
 */
function openTrace(file: string): AtomicFile {
  const replaced = replacedFile(file);
  if (replaced !== undefined) return temporaryFile(replaced);
  const target = streamTarget(file);
  if (target?.kind === 'descriptor') return { descriptor: target.descriptor, commit: () => undefined, abandon: () => undefined };
  const descriptor = openSync(file, constants.O_WRONLY | constants.O_APPEND | constants.O_NONBLOCK);
  const close = (): void => closeSync(descriptor);
  return { descriptor, commit: close, abandon: close };
}
