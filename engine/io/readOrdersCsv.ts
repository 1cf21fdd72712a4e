import { readFileSync, statSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { OrderRecord } from '../experiment/orderRecords.js';

/**
 * The header and the records of replication `replication` (first field) of a per-order CSV.
 * Without a quote in the file every record is one line, so only the header and the lines of
 * that replication go to the parser (the 18 MB file of a 3-replication baseline run: 1.5 s of
 * CPU instead of about 2.5 s); with quotes a field may hold a line break, and the whole file is
 * parsed.
 */
function replicationRows(text: string, replication: number): { header: string[]; rows: string[][] } {
  const prefix = `${replication},`;
  const lines = text.includes('"')
    ? text
    : text
        .split('\n')
        .filter((line, index) => index === 0 || line.startsWith(prefix))
        .join('\n');
  const records: string[][] = parse(lines, { bom: true, skip_empty_lines: true, relax_column_count: true });
  const [header = [], ...rows] = records;
  return { header, rows: rows.filter((fields) => fields[0] === String(replication)) };
}

function value(text: string): string | number | boolean | null {
  if (text === '') return null;
  if (text === 'true' || text === 'false') return text === 'true';
  const number = Number(text);
  return Number.isFinite(number) && /^-?\d/.test(text) ? number : text;
}

const cache = new Map<string, { mtimeMs: number; records: OrderRecord[] }>();

/**
 * The order records of one replication from a per-order CSV written by `run --out`
 * (cached until the file changes). Text columns stay text even when they look numeric.
 */
export function readOrderRecords(file: string, replication = 0): OrderRecord[] {
  const key = `${file}#${replication}`;
  const { mtimeMs } = statSync(file);
  const cached = cache.get(key);
  if (cached !== undefined && cached.mtimeMs === mtimeMs) return cached.records;
  const { header, rows } = replicationRows(readFileSync(file, 'utf8'), replication);
  const textColumns = new Set(['origin', 'channel', 'service', 'tier', 'state', 'carrier', 'returnReason', 'historyOrder']);
  const records: OrderRecord[] = [];
  for (const fields of rows) {
    const record: Record<string, unknown> = {};
    header.forEach((name, column) => {
      if (name === 'replication') return;
      const text = fields[column] ?? '';
      record[name] = textColumns.has(name) ? text : value(text);
    });
    records.push(record as unknown as OrderRecord);
  }
  cache.set(key, { mtimeMs, records });
  return records;
}
