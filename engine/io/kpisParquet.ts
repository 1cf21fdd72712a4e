import type { ColumnSource } from 'hyparquet-writer';
import type { ReplicationResult } from '../experiment/runReplication.js';
import { KPI_NAMES } from '../kpi/definitions.js';
import { writeParquetAtomic } from './writeParquet.js';

/** The rows of kpis.csv: each scenario's (or sweep point's) replications. */
export type KpiRows = ReadonlyArray<{
  readonly scenario: string;
  readonly seed: number;
  readonly runs: readonly ReplicationResult[];
  readonly columns?: Readonly<Record<string, string>>;
}>;

/**
 * Writes `path`, the rows and columns of kpis.csv as Parquet: scenario and setting columns as
 * text, seed as a 64-bit integer, replication as a 32-bit one, every KPI as a double (null
 * where the CSV is empty: a KPI with no value in that replication).
 */
export function writeKpisParquet(path: string, rows: KpiRows): void {
  const extra = [...new Set(rows.flatMap((row) => Object.keys(row.columns ?? {})))];
  const runs = rows.flatMap((row) => row.runs.map((run) => ({ row, run })));
  const columnData: ColumnSource[] = [
    { name: 'scenario', data: runs.map(({ row }) => row.scenario), type: 'STRING', nullable: false },
    ...extra.map((key): ColumnSource => ({
      name: key,
      data: runs.map(({ row }) => row.columns?.[key] ?? ''),
      type: 'STRING',
      nullable: false,
    })),
    { name: 'seed', data: BigInt64Array.from(runs, ({ row }) => BigInt(row.seed)), type: 'INT64', nullable: false },
    { name: 'replication', data: Int32Array.from(runs, ({ run }) => run.replication), type: 'INT32', nullable: false },
    ...KPI_NAMES.map((kpi): ColumnSource => ({
      name: kpi,
      data: runs.map(({ run }) => (Number.isFinite(run.kpis[kpi]) ? run.kpis[kpi] : null)),
      type: 'DOUBLE',
      nullable: true,
    })),
  ];
  writeParquetAtomic(path, columnData, [columnData]);
}
