import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ReplicationResult } from '../experiment/runReplication.js';
import type { ScenarioResult } from '../experiment/runScenario.js';
import { writeOrdersParquet } from './ordersParquet.js';
import { cellOf, ORDER_FIELDS, type LabelColumn, type OrderColumnStorage, type OrderFieldKind } from '../experiment/orderColumns.js';

const TEMPORARY = /\.partial-(\d+)$/;

/** Writes every byte of `bytes` (a write may take fewer than asked). */
function writeAll(descriptor: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) done += writeSync(descriptor, bytes, done, bytes.length - done);
}

/** Writes a file atomically: a temporary file in the same folder, then a rename; a failed write leaves no temporary behind. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  writeChunksAtomic(path, [content]);
}

/** A temporary file beside `path` that becomes `path` on commit, or disappears on abandon. */
function temporaryFile(path: string): { readonly descriptor: number; commit(): void; abandon(): void } {
  const temporary = `${path}.partial-${process.pid}`;
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

/** Removes the temporary files a killed writer left in `directory` (those of live processes stay). */
export function removeStaleTemporaries(directory: string): void {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (match !== null && !running(Number(match[1]))) rmSync(join(directory, name), { force: true });
  }
}

/** One CSV field of a per-order record (every field is a string, a number, a boolean or null). */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const ROWS_PER_CHUNK = 4096;

/**
 * Writes one column's cell of row `row` as CSV text: the same text as `csvField(cellOf(...))`,
 * without the generic path per cell (a string per number, then a quote test): numbers and
 * booleans never need quotes, and a label column's few values are escaped once.
 */
function columnWriter(kind: OrderFieldKind, column: OrderColumnStorage[OrderFieldKind]): (row: number) => string {
  switch (kind) {
    case 'integer':
    case 'number': {
      const values = column as Float64Array | Int32Array;
      return (row) => String(values[row]);
    }
    case 'optionalNumber': {
      const values = column as Float64Array;
      return (row) => {
        const value = values[row] as number;
        return Number.isNaN(value) ? '' : String(value);
      };
    }
    case 'boolean':
    case 'optionalBoolean':
    case 'text':
      return (row) => csvField(cellOf(kind, column, row));
    case 'label': {
      const { codes, values } = column as LabelColumn;
      const escaped = values.map((value) => csvField(value));
      return (row) => escaped[codes[row] as number] as string;
    }
  }
}

/** The per-order CSV in pieces: a header, then one row per order of every replication (rows built a chunk at a time). */
export function* ordersCsvChunks(replications: readonly ReplicationResult[]): Generator<string> {
  const recorded = replications.some((result) => (result.orders?.count ?? 0) > 0);
  yield `${(recorded ? ['replication', ...ORDER_FIELDS.map(([name]) => name)] : ['replication', 'id']).join(',')}\n`;
  for (const result of replications) {
    const columns = result.orders;
    if (columns === undefined) continue;
    const fields = columns.fields as Readonly<Record<string, OrderColumnStorage[OrderFieldKind]>>;
    const writers = ORDER_FIELDS.map(([name, kind]) => columnWriter(kind, fields[name] as OrderColumnStorage[OrderFieldKind]));
    let rows = '';
    for (let row = 0; row < columns.count; row++) {
      let line = String(result.replication);
      for (const write of writers) line += `,${write(row)}`;
      rows += `${line}\n`;
      if ((row + 1) % ROWS_PER_CHUNK === 0) {
        yield rows;
        rows = '';
      }
    }
    if (rows !== '') yield rows;
  }
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
