import type { Order } from '../domain/Order.js';
import { ORDER_FIELDS, type OrderColumns } from './orderColumns.js';
import { LabelColumnBuilder } from './labelColumnBuilder.js';
import { growingColumns, writeOrderRow, type GrowingColumns } from './orderRowWriter.js';
import { FIRST_RESERVED_ROWS, ReservedColumn, STEP_ROWS } from './reservedColumn.js';

/**
 * Per-order records written into typed columns that grow in place (ReservedColumn), so that a
 * run keeps about 170 bytes per order rather than every `Order` object to the end, and holds
 * them once: `finish` hands a long run's columns over in their own memory (see ReservedColumn).
 * Rows may be written in any order and rewritten; `finish` ends the builder.
 */
export class OrderColumnsBuilder {
  private count = 0;
  /** Rows every reserved column has room for. */
  private committed = 0;
  private finished = false;
  private readonly columns: GrowingColumns;
  // Text columns stay dense arrays, one entry per row (a hole would turn them into a slow dictionary).
  private readonly texts: string[][];
  private readonly reserved: Array<ReservedColumn<Int32Array | Float64Array | Uint8Array> | LabelColumnBuilder>;

  /**
   * `reservedRows`: the rows each column reserves once past its plain arrays (see ReservedColumn;
   * tests make it small); `expectedRows`: the rows the run is likely to add, which each column
   * makes room for at once.
   */
  constructor(reservedRows = FIRST_RESERVED_ROWS, expectedRows = 0) {
    this.columns = growingColumns(reservedRows, expectedRows);
    this.committed = this.columns.id.values.length;
    const all = Object.values(this.columns);
    this.texts = all.filter((column): column is string[] => Array.isArray(column));
    this.reserved = all.filter((column): column is Exclude<typeof column, string[]> => !Array.isArray(column));
  }

  /** Reserves the next row (empty until written) and returns its index. */
  addRow(): number {
    if (this.finished) throw new Error('OrderColumnsBuilder: a row added after finish');
    if (this.count === this.committed) {
      this.committed += STEP_ROWS;
      for (const column of this.reserved) column.ensure(this.committed);
    }
    for (const text of this.texts) text.push('');
    return this.count++;
  }

  /** Writes (or rewrites) row `row` from the order as it stands (ORDER_CELLS define the fields). */
  writeOrder(row: number, order: Order): void {
    if (this.finished) throw new Error('OrderColumnsBuilder: a row written after finish');
    writeOrderRow(this.columns, row, order);
  }

  /** The columns, each an array of exactly the rows added: a long run's in the column's own memory, a shorter run's copied unless they fill the room made for the rows expected (see ReservedColumn.finish). */
  finish(): OrderColumns {
    if (this.finished) throw new Error('OrderColumnsBuilder: finished twice');
    this.finished = true;
    const { count } = this;
    const fields: Record<string, unknown> = {};
    ORDER_FIELDS.forEach(([name]) => {
      const column = this.columns[name];
      if (column instanceof LabelColumnBuilder) fields[name] = { codes: column.finish(count), values: [...column.values] };
      else if (column instanceof ReservedColumn) fields[name] = column.finish(count);
      else fields[name] = column; // exactly `count` entries: one pushed per row
    });
    return { count, fields: fields as unknown as OrderColumns['fields'] };
  }
}
