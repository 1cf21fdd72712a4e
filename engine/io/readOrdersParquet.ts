import { readFileSync, statSync } from 'node:fs';
import { parquetMetadata, parquetReadObjects, type FileMetaData } from 'hyparquet';
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

/**
 * Rows a decode of `replication` holds, from the row groups' statistics of the `replication`
 * column (before decoding anything): the rows of every group that may hold it; a group
 * without statistics (another writer) counts whole.
 */
function rowsOfReplication(metadata: FileMetaData, replication: number): number {
  const column = metadata.schema.slice(1).findIndex((element) => element.name === 'replication');
  let rows = 0;
  for (const group of metadata.row_groups) {
    const statistics = column < 0 ? undefined : group.columns[column]?.meta_data?.statistics;
    const min = statistics?.min_value ?? statistics?.min;
    const max = statistics?.max_value ?? statistics?.max;
    const outside = typeof min === 'number' && typeof max === 'number' && (replication < min || replication > max);
    if (!outside) rows += Number(group.num_rows);
  }
  return rows;
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
  const held = rowsOfReplication(parquetMetadata(buffer), replication);
  if (held > MAX_PARQUET_ORDERS) throw new TooManyOrders(held);
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
