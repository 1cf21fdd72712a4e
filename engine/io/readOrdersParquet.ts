import { readFileSync, statSync } from 'node:fs';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import type { OrderRecord } from '../experiment/orderRecords.js';

/**
 * Most orders of one replication the inspector decodes: a decoded record takes about 1.8 KB
 * against some 60 bytes on disk, so the file's size alone does not bound the memory.
 */
export const MAX_PARQUET_ORDERS = 600_000;

/** A Parquet file of orders too large for the order inspector (the answer names the count). */
export class TooManyOrders extends Error {
  constructor(readonly orders: number) {
    super(
      `${orders.toLocaleString('en-US')} orders in one replication, more than the ${MAX_PARQUET_ORDERS.toLocaleString('en-US')} the order inspector reads`,
    );
    this.name = 'TooManyOrders';
  }
}

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
  // One row group per replication: the largest one bounds what a decode of one replication holds.
  const largest = Math.max(0, ...parquetMetadata(buffer).row_groups.map((group) => Number(group.num_rows)));
  if (largest > MAX_PARQUET_ORDERS) throw new TooManyOrders(largest);
  const rows = await parquetReadObjects({ file: buffer, filter: { replication: { $eq: replication } }, rowFormat: 'object' });
  const records = rows.map((row) => {
    const record: Record<string, unknown> = {};
    // Other writers (pandas) store integers as INT64, decoded as bigint: JSON needs numbers.
    for (const [name, value] of Object.entries(row))
      if (name !== 'replication') record[name] = typeof value === 'bigint' ? Number(value) : value;
    return record as unknown as OrderRecord;
  });
  cache.set(key, { mtimeMs, records });
  return records;
}
