import type { ColumnSource } from 'hyparquet-writer';
import { cellOf, ORDER_FIELDS, type OrderColumns, type OrderColumnStorage, type OrderFieldKind } from '../experiment/orderColumns.js';
import type { ReplicationResult } from '../experiment/runReplication.js';
import { writeParquetAtomic } from './writeParquet.js';

type ParquetType = 'INT32' | 'DOUBLE' | 'BOOLEAN' | 'STRING';

/** The Parquet type of each kind of record field, and whether it may be null. */
const PARQUET_TYPES: Readonly<Record<OrderFieldKind, readonly [ParquetType, boolean]>> = {
  integer: ['INT32', false],
  number: ['DOUBLE', false],
  optionalNumber: ['DOUBLE', true],
  boolean: ['BOOLEAN', false],
  optionalBoolean: ['BOOLEAN', true],
  label: ['STRING', false],
  text: ['STRING', false],
};

/** The columns of `<scenario>.orders.parquet`: the CSV's, with their Parquet types (a nullable one is empty in the CSV when null). */
export const ORDERS_PARQUET_COLUMNS: ReadonlyArray<readonly [string, ParquetType, boolean]> = [
  ['replication', 'INT32', false],
  ...ORDER_FIELDS.map(([name, kind]) => [name, ...PARQUET_TYPES[kind]] as const),
];

function columnValues(kind: OrderFieldKind, column: OrderColumnStorage[OrderFieldKind], count: number): ColumnSource['data'] {
  // Whole numbers and never-null numbers go as they are stored; the rest row by row (null where the CSV is empty).
  if (kind === 'integer' || kind === 'number') return (column as Int32Array | Float64Array).subarray(0, count);
  return Array.from({ length: count }, (_, row) => cellOf(kind, column, row));
}

/** One replication's records as Parquet columns. */
function replicationColumns(replication: number, columns: OrderColumns): ColumnSource[] {
  const fields = columns.fields as Readonly<Record<string, OrderColumnStorage[OrderFieldKind]>>;
  const { count } = columns;
  return [
    { name: 'replication', data: new Int32Array(count).fill(replication), type: 'INT32', nullable: false },
    ...ORDER_FIELDS.map(([name, kind]): ColumnSource => {
      const [type, nullable] = PARQUET_TYPES[kind];
      return { name, data: columnValues(kind, fields[name] as OrderColumnStorage[OrderFieldKind], count), type, nullable };
    }),
  ];
}

/** Writes `path`: every replication's per-order records, one row group per replication, the rows of `<scenario>.orders.csv`. */
export function writeOrdersParquet(path: string, replications: readonly ReplicationResult[]): void {
  const schema = ORDERS_PARQUET_COLUMNS.map(([name, type, nullable]): ColumnSource => ({ name, data: [], type, nullable }));
  function* groups(): Generator<ColumnSource[]> {
    for (const result of replications) if (result.orders !== undefined) yield replicationColumns(result.replication, result.orders);
  }
  writeParquetAtomic(path, schema, groups());
}
