import { readFileSync, statSync } from 'node:fs';
import type { OrderRecord } from '../experiment/orderRecords.js';

/** Splits one CSV line (RFC 4180 quoting, as `ordersCsv` writes it) into fields. */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const character = line[i] as string;
    if (quoted) {
      if (character === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      fields.push(field);
      field = '';
    } else field += character;
  }
  fields.push(field);
  return fields;
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
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = splitCsvLine(lines[0] ?? '');
  const textColumns = new Set(['origin', 'channel', 'service', 'tier', 'state', 'carrier', 'returnReason']);
  const prefix = `${replication},`;
  const records: OrderRecord[] = [];
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] as string;
    if (!line.startsWith(prefix)) continue;
    const fields = splitCsvLine(line);
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
