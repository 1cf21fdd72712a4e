import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ReplicationResult } from '../experiment/runReplication.js';
import type { ScenarioResult } from '../experiment/runScenario.js';
import { writeOrdersParquet } from './ordersParquet.js';
import { ordersCsvChunks } from './ordersCsv.js';

// Only the kinds of file fulfill writes into a results folder: a user's own `notes.partial-12` stays.
const TEMPORARY = /\.(?:json|jsonl|csv|parquet|html)\.partial-(\d+)$/;

/** A moment's sleep for a thread (Atomics.wait may block any thread but a browser's main one). */
const pause = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Writes every byte of `bytes`: a write may take fewer than asked (a full disk, a file-size
 * limit), and a descriptor opened non-blocking (a pipe whose reader is slow) may take none for a
 * while; a write that takes none and says no error is a failure, not a reason to loop forever.
 */
export function writeAll(descriptor: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) {
    let written: number;
    try {
      written = writeSync(descriptor, bytes, done, bytes.length - done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      pause(5);
      continue;
    }
    if (written === 0) throw Object.assign(new Error('write took no bytes'), { code: 'EIO', syscall: 'write' });
    done += written;
  }
}

/** Writes a file atomically: a temporary file in the same folder, then a rename; a failed write leaves no temporary behind. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  writeChunksAtomic(path, [content]);
}

/** The temporary file `path` is written to before it is renamed (a killed writer's is removed by removeStaleTemporaries). */
export const temporaryPathOf = (path: string): string => `${path}.partial-${process.pid}`;

/** A file being written atomically: written through `descriptor`, it becomes `path` on commit, or disappears on abandon. */
export interface AtomicFile {
  readonly descriptor: number;
  commit(): void;
  abandon(): void;
}

/** A temporary file beside `path` that becomes `path` on commit, or disappears on abandon. */
export function temporaryFile(path: string): AtomicFile {
  const temporary = temporaryPathOf(path);
  let descriptor: number | undefined = openSync(temporary, 'w');
  const close = (): void => {
    if (descriptor !== undefined) closeSync(descriptor);
    descriptor = undefined;
  };
  return {
    descriptor,
    commit() {
      close();
      renameSync(temporary, path);
    },
    abandon() {
      try {
        close();
      } finally {
        rmSync(temporary, { force: true });
      }
    },
  };
}

const bytesOf = (chunk: string | Uint8Array): Uint8Array => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk);

/** Writes a file atomically from pieces (never one string of the whole file: a large run's CSV would pass V8's string limit). */
export function writeChunksAtomic(path: string, chunks: Iterable<string | Uint8Array>): void {
  const file = temporaryFile(path);
  try {
    for (const chunk of chunks) writeAll(file.descriptor, bytesOf(chunk));
    file.commit();
  } catch (error) {
    file.abandon();
    throw error;
  }
}

/**
 * `writeChunksAtomic` that lets the event loop run between pieces: a command that writes one
 * scenario's files while worker threads simulate the next must keep handing them jobs (a
 * thread that finishes while the main thread is busy writing waits for it).
 */
export async function writeChunksAtomicYielding(path: string, chunks: Iterable<string | Uint8Array>): Promise<void> {
  const file = temporaryFile(path);
  try {
    for (const chunk of chunks) {
      writeAll(file.descriptor, bytesOf(chunk));
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    file.commit();
  } catch (error) {
    file.abandon();
    throw error;
  }
}

/** True when process `pid` is still running (it may still be writing its temporary files). */
function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the files of `directory` that `pidOf` names as a temporary file of a process no longer running. */
function removeStale(directory: string, pidOf: (name: string) => string | undefined): void {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = pidOf(name);
    if (pid === undefined || running(Number(pid))) continue;
    // A temporary is a file (or a link left in its place): a folder of that name is the user's.
    const path = join(directory, name);
    const kind = lstatSync(path, { throwIfNoEntry: false });
    if (kind !== undefined && !kind.isDirectory()) rmSync(path, { force: true });
  }
}

/** Removes the temporary files a killed writer left for `path` (`path.partial-PID` of a process no longer running). */
export function removeStaleTemporariesOf(path: string): void {
  const prefix = `${basename(path)}.partial-`;
  removeStale(dirname(path), (name) => {
    const pid = name.startsWith(prefix) ? name.slice(prefix.length) : '';
    return /^\d+$/.test(pid) ? pid : undefined;
  });
}

/** Removes the temporary files a killed writer left in `directory` (those of live processes stay). */
export function removeStaleTemporaries(directory: string): void {
  removeStale(directory, (name) => TEMPORARY.exec(name)?.[1]);
}

/** How a results folder holds the per-order records (and, with parquet, the KPIs too): see the README's `--format`. */
export type ResultsFormat = 'csv' | 'parquet';

/** The per-order file of scenario `name`: `<name>.orders.csv` or `<name>.orders.parquet`. */
export function ordersFileName(name: string, format: ResultsFormat = 'csv'): string {
  return `${name}.orders.${format}`;
}

/** `writeScenarioResults` for the CSV format, letting the event loop run while the per-order CSV is written (see writeChunksAtomicYielding). */
export async function writeScenarioResultsYielding(
  directory: string,
  result: ScenarioResult,
  replications: readonly ReplicationResult[],
): Promise<string[]> {
  mkdirSync(directory, { recursive: true });
  const jsonPath = join(directory, `${result.scenario}.json`);
  const ordersPath = join(directory, ordersFileName(result.scenario));
  writeFileAtomic(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
  await writeChunksAtomicYielding(ordersPath, ordersCsvChunks(replications));
  return [jsonPath, ordersPath];
}

/** Writes `<name>.json` (the result document) and the per-order records (`<name>.orders.csv` or `.parquet`) into `directory`. */
export function writeScenarioResults(
  directory: string,
  result: ScenarioResult,
  replications: readonly ReplicationResult[],
  format: ResultsFormat = 'csv',
): string[] {
  mkdirSync(directory, { recursive: true });
  const jsonPath = join(directory, `${result.scenario}.json`);
  const ordersPath = join(directory, ordersFileName(result.scenario, format));
  writeFileAtomic(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
  if (format === 'parquet') writeOrdersParquet(ordersPath, replications);
  else writeChunksAtomic(ordersPath, ordersCsvChunks(replications));
  return [jsonPath, ordersPath];
}
