import { readFileSync, statSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { MAX_PARQUET_ORDERS, TooManyOrders } from './readOrdersParquet.js';
import { RESERVED_NAMES } from '../scenario/reservedNames.js';
import type { OrderRecord } from '../experiment/orderRecords.js';

/** A CSV that is not per-order records as `run --out` writes them (the message says why). */
export class NotOrderRecords extends Error {
  override readonly name = 'NotOrderRecords';
}

/**
 * The header and the records of replication `replication` (first field) of a per-order CSV.
 * Without a quote in the file every record is one line, so only the header and the lines of
 * that replication go to the parser (the 18 MB file of a 3-replication baseline run: 1.5 s of
 * CPU instead of about 2.5 s); with quotes a field may hold a line break, and the whole file is
 * parsed. Each record is checked as it is parsed, so a file that is not one written by `run
 * --out` stops at its first wrong record, and one holding more orders than the inspector
 * decodes stops there (NotOrderRecords or TooManyOrders): the server never builds millions of rows.
 */
function replicationRows(text: string, replication: number): { header: string[]; rows: string[][] } {
  const prefix = `${replication},`;
  // The file's line of each line the parser sees (the kept ones, when lines are filtered first).
  let lineInFile = (line: number): number => line;
  let lines = text;
  if (!text.includes('"')) {
    // A file saved with Windows line ends: the \r goes with the \n, not into the last field.
    const all = text.split(/\r?\n/);
    const kept = all.flatMap((line, index) => (index === 0 || line.startsWith(prefix) ? [index + 1] : []));
    lines = kept.map((line) => all[line - 1] as string).join('\n');
    lineInFile = (line) => kept[line - 1] ?? line;
  }
  let header: string[] | undefined;
  let rows = 0;
  const records: string[][] = parse(lines, {
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    on_record: (record: string[], context: { lines: number }) => {
      if (header === undefined) {
        header = record;
        return null;
      }
      if (record[0] !== String(replication)) return null;
      if (record.length !== header.length)
        throw new NotOrderRecords(`line ${lineInFile(context.lines)} has ${record.length} fields, the header ${header.length}`);
      rows++;
      if (rows > MAX_PARQUET_ORDERS) throw new TooManyOrders(rowsAtLeast(text, prefix));
      return record;
    },
  });
  return { header: header ?? [], rows: records };
}

/** The lines of `text` that start with `prefix` (a replication's rows, in a file without line breaks in fields). */
function rowsAtLeast(text: string, prefix: string): number {
  let rows = 0;
  for (let at = text.indexOf(`\n${prefix}`); at >= 0; at = text.indexOf(`\n${prefix}`, at + 1)) rows++;
  return rows;
}

function value(text: string): string | number | boolean | null {
  if (text === '') return null;
  if (text === 'true' || text === 'false') return text === 'true';
  const number = Number(text);
  return Number.isFinite(number) && /^-?\d/.test(text) ? number : text;
}

// A file refused is remembered too: asking again must not parse it again.
const cache = new Map<string, { mtimeMs: number; records: OrderRecord[] } | { mtimeMs: number; refused: Error }>();

/**
 * The order records of one replication from a per-order CSV written by `run --out`
 * (cached until the file changes). Text columns stay text even when they look numeric.
 */
export function readOrderRecords(file: string, replication = 0): OrderRecord[] {
  const key = `${file}#${replication}`;
  const { mtimeMs } = statSync(file);
  const cached = cache.get(key);
  if (cached !== undefined && cached.mtimeMs === mtimeMs) {
    if ('refused' in cached) throw cached.refused;
    return cached.records;
  }
  let read: { header: string[]; rows: string[][] };
  try {
    read = replicationRows(readFileSync(file, 'utf8'), replication);
  } catch (error) {
    if (error instanceof NotOrderRecords || error instanceof TooManyOrders) cache.set(key, { mtimeMs, refused: error });
    throw error;
  }
  const { header, rows } = read;
  const textColumns = new Set(['origin', 'channel', 'service', 'tier', 'state', 'carrier', 'returnReason', 'historyOrder']);
  // Every column but the replication, and one named like an Object.prototype member (a hand-made
  // file), which would vanish into the prototype.
  const kept = header.map((name) => name !== 'replication' && !RESERVED_NAMES.has(name));
  const records: OrderRecord[] = [];
  for (const fields of rows) {
    const record: Record<string, unknown> = {};
    header.forEach((name, column) => {
      if (!kept[column]) return;
      const text = fields[column] ?? '';
      record[name] = textColumns.has(name) ? text : value(text);
    });
    records.push(record as unknown as OrderRecord);
  }
  cache.set(key, { mtimeMs, records });
  return records;
}
