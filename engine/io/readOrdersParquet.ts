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
  let rows = 0;
  for (const group of metadata.row_groups) {
    // The top-level `replication` column, by its path (a nested field of that name is another column).
    const chunk = group.columns.find(
      ({ meta_data }) => meta_data?.path_in_schema.length === 1 && meta_data.path_in_schema[0] === 'replication',
    );
    const statistics = chunk?.meta_data?.statistics;
    const min = asNumber(statistics?.min_value ?? statistics?.min);
    const max = asNumber(statistics?.max_value ?? statistics?.max);
    const outside = min !== undefined && max !== undefined && (replication < min || replication > max);
    if (!outside) rows += Number(group.num_rows);
  }
  return rows;
}

/** A statistic as a number: INT32 comes as a number, INT64 (pandas, pyarrow) as a bigint; anything else is no bound. */
function asNumber(value: unknown): number | undefined {
  if (typeof value === 'bigint') return Number(value);
  return typeof value === 'number' ? value : undefined;
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
  const metadata = parquetMetadata(buffer);
  const held = rowsOfReplication(metadata, replication);
  if (held > MAX_PARQUET_ORDERS) throw new TooManyOrders(held);
  // An INT64 column (pandas) decodes as bigint, and the filter compares exactly.
  const wide = metadata.schema.some((element, index) => index > 0 && element.name === 'replication' && element.type === 'INT64');
  const wanted = wide ? BigInt(replication) : replication;
  const rows = await parquetReadObjects({ file: buffer, filter: { replication: { $eq: wanted } }, rowFormat: 'object' });
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
