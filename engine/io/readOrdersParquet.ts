import { readFileSync, statSync } from 'node:fs';
import { parquetReadObjects } from 'hyparquet';
import type { OrderRecord } from '../experiment/orderRecords.js';

const cache = new Map<string, { mtimeMs: number; records: OrderRecord[] }>();

/**
 * The order records of one replication from a `<scenario>.orders.parquet` written by
 * `run --out DIR --format parquet` (cached until the file changes): only the row groups whose
 * replication statistics can hold it are decoded. The records have the CSV reader's shape:
 * the file's columns less `replication`, null where the CSV is empty.
 */
export async function readOrderRecordsParquet(file: string, replication = 0): Promise<OrderRecord[]> {
  const key = `${file}#${replication}`;
  const { mtimeMs } = statSync(file);
  const cached = cache.get(key);
  if (cached !== undefined && cached.mtimeMs === mtimeMs) return cached.records;
  const bytes = readFileSync(file);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const rows = await parquetReadObjects({ file: buffer, filter: { replication: { $eq: replication } }, rowFormat: 'object' });
  const records = rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(row)) if (name !== 'replication') record[name] = value;
    return record as unknown as OrderRecord;
  });
  cache.set(key, { mtimeMs, records });
  return records;
}
