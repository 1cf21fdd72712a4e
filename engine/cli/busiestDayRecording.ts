import { join } from 'node:path';
import { Piscina } from 'piscina';
import { busiestDay } from '../experiment/dayLog/busiestDay.js';
import type { ReplicationResult } from '../experiment/runReplication.js';
import type { LoadedScenario } from '../io/readScenario.js';
import { writeFileAtomic } from '../io/writeResults.js';
import type { DayRecordingTask } from '../parallel/dayRecordingWorker.js';
import { WORKER_EXEC_ARGV } from '../parallel/workerExecArgv.js';
import { parallelWorkerFile } from '../parallel/workerPool.js';
import { resolveRun } from '../scenario/resolved/runSlice.js';
import type { CliIo } from './CliIo.js';
import { dayLogFileName } from './recordDays.js';

/** A day being recorded on its own thread while `start` goes on, and where it will be written. */
export interface DayRecording {
  readonly pool: Piscina;
  readonly text: Promise<string>;
  readonly file: string;
  readonly words: string;
}

/**
 * Starts recording the baseline's busiest day of replication 0 (most orders placed after the
 * warm-up, from its daily series) for the dashboard's playback: a re-run of replication 0 up to
 * that day's end on a thread of its own, so it overlaps the other scenarios' replications.
 */
export function recordBusiestDay(out: string, loaded: LoadedScenario, runs: readonly ReplicationResult[]): DayRecording | undefined {
  const first = runs.find((run) => run.replication === 0);
  if (first === undefined) return undefined;
  const day = busiestDay(first.series.ordersPlaced, resolveRun(loaded.scenario).warmup);
  if (day === undefined) return undefined;
  const pool = new Piscina({
    filename: parallelWorkerFile('dayRecordingWorker.js'),
    minThreads: 1,
    maxThreads: 1,
    execArgv: [...WORKER_EXEC_ARGV],
  });
  const task: DayRecordingTask = { scenario: loaded.scenario, name: loaded.name, day, seed: loaded.scenario.seed };
  const text = pool.run(task) as Promise<string>;
  // Awaited after the other scenarios; an early failure must not be an unhandled rejection meanwhile.
  text.catch(() => undefined);
  return { pool, text, file: join(out, dayLogFileName(loaded.name, day)), words: `${loaded.name}'s busiest day (day ${day})` };
}

/**
 * Waits for the recording, writes it atomically and lets its thread go. The results are written
 * by then: a recording that fails is a warning (the playback page says no day is recorded), and
 * one still running when the user presses Ctrl-C is dropped, not waited for.
 */
export async function finishRecording(recording: DayRecording | undefined, io: CliIo, signal?: AbortSignal): Promise<void> {
  if (recording === undefined) return;
  try {
    const aborted = new Promise<undefined>((resolve) => {
      if (signal?.aborted === true) resolve(undefined);
      signal?.addEventListener('abort', () => resolve(undefined), { once: true });
    });
    const text = await Promise.race([recording.text, aborted]);
    if (text === undefined) {
      io.stderr(`${recording.words} not recorded: interrupted\n`);
      return;
    }
    writeFileAtomic(recording.file, text);
    io.stderr(`recorded ${recording.words} for the playback page\n`);
  } catch (error) {
    io.stderr(
      `warning: ${recording.words} could not be recorded for the playback page: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  } finally {
    await recording.pool.destroy();
  }
}
