import { renameSync, rmSync } from 'node:fs';
import { fileWriter, ParquetWriter, schemaFromColumnData, type ColumnSource } from 'hyparquet-writer';

/**
 * Writes a Parquet file atomically (a temporary file in the same folder, then a rename), one
 * row group per item of `groups`, built only when the writer takes it — so a large run's rows
 * are held one group at a time.
 */
export function writeParquetAtomic(path: string, schemaColumns: readonly ColumnSource[], groups: Iterable<ColumnSource[]>): void {
  const temporary = `${path}.partial-${process.pid}`;
  try {
    const writer = new ParquetWriter({
      writer: fileWriter(temporary),
      schema: schemaFromColumnData({ columnData: [...schemaColumns] }),
      createdBy: 'fulfill',
    });
    for (const columnData of groups) {
      const rows = columnData[0]?.data.length ?? 0;
      // An empty group would only add metadata.
      if (rows > 0) void writer.write({ columnData, rowGroupSize: rows });
    }
    // The file writer flushes synchronously: the file is whole when finish returns.
    void writer.finish();
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
