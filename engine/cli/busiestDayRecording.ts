import { join } from 'node:path';
import { busiestDay } from '../experiment/dayLog/busiestDay.js';
import type { ReplicationResult } from '../experiment/runReplication.js';
import type { LoadedScenario } from '../io/readScenario.js';
import { writeFileAtomic } from '../io/writeResults.js';
import type { WorkerPool } from '../parallel/workerPool.js';
import { resolveRun } from '../scenario/resolved/runSlice.js';
import type { CliIo } from './CliIo.js';
import { dayLogFileName } from './recordDays.js';

/** The baseline's busiest day, to be recorded, and where its log will be written. */
export interface BusiestDay {
  readonly loaded: LoadedScenario;
  readonly day: number;
  readonly file: string;
  readonly words: string;
}

/** A day being recorded on a pool thread while `start` goes on. */
export interface DayRecording extends BusiestDay {
  readonly text: Promise<string>;
}

/**
 * The busiest day of replication 0 (most orders placed after the warm-up, from its daily
 * series), to be recorded for the dashboard's playback; undefined when no day after the warm-up
 * had an order. Only the day is kept, not the replications.
 */
export function busiestDayOf(out: string, loaded: LoadedScenario, runs: readonly ReplicationResult[]): BusiestDay | undefined {
  const first = runs.find((run) => run.replication === 0);
  if (first === undefined) return undefined;
  const day = busiestDay(first.series.ordersPlaced, resolveRun(loaded.scenario).warmup);
  if (day === undefined) return undefined;
  return { loaded, day, file: join(out, dayLogFileName(loaded.name, day)), words: `${loaded.name}'s busiest day (day ${day})` };
}

/**
 * Starts recording `busiest`: a re-run of replication 0 up to that day's end on one of the
 * pool's threads, queued behind the replications asked for before it. `signal` (Ctrl-C) ends it.
 */
export function recordBusiestDay(pool: WorkerPool, busiest: BusiestDay, signal?: AbortSignal): DayRecording {
  const { loaded, day } = busiest;
  const text = pool.recordDay({ scenario: loaded.scenario, name: loaded.name, day, seed: loaded.scenario.seed }, signal);
  // Awaited after the other scenarios; an early failure must not be an unhandled rejection meanwhile.
  text.catch(() => undefined);
  return { ...busiest, text };
}

/**
 * Waits for the recording and writes it atomically, before the pool closes. The results are
 * written by then: a recording that fails is a warning (the playback page says no day is
 * recorded), and one still running when the user presses Ctrl-C is dropped, not waited for.
 */
export async function finishRecording(recording: DayRecording | undefined, io: CliIo, signal?: AbortSignal): Promise<void> {
  if (recording === undefined) return;
  const interrupted = (): void => io.stderr(`${recording.words} not recorded: interrupted\n`);
  let stopWaiting = (): void => undefined;
  const aborted = new Promise<undefined>((resolve) => {
    const stop = (): void => resolve(undefined);
    if (signal?.aborted === true) stop();
    signal?.addEventListener('abort', stop, { once: true });
    stopWaiting = () => signal?.removeEventListener('abort', stop);
  });
  try {
    const text = await Promise.race([recording.text, aborted]);
    if (text === undefined) return interrupted();
    writeFileAtomic(recording.file, text);
    io.stderr(`recorded ${recording.words} for the playback page\n`);
  } catch (error) {
    // Ctrl-C ends the recording's task with an AbortError, which may come before the signal's
    // news; any other failure is the recording's own, even when Ctrl-C came later.
    if (signal?.aborted === true && error instanceof Error && error.name === 'AbortError') return interrupted();
    io.stderr(
      `warning: ${recording.words} could not be recorded for the playback page: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  } finally {
    stopWaiting();
  }
}
