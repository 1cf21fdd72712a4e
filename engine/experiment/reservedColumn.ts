/** A typed array type a reserved column may hold. */
export type ColumnArray = Int32Array | Float64Array | Uint8Array | Uint16Array | Uint32Array;

/** A constructor of one of those types, as the column needs it: over a buffer, tracking its length. */
export interface ColumnArrayType<T extends ColumnArray> {
  readonly BYTES_PER_ELEMENT: number;
  new (buffer: ArrayBuffer): T;
  new (buffer: ArrayBuffer, byteOffset: number, length: number): T;
}

/**
 * Rows reserved at first: address space only, committed as the column grows. 16,777,216 rows
 * hold a large DC's year (7.3 million orders) with room to spare, and reserve 128 MB of
 * address space for a column of doubles; a run that needs more moves once to twice as many.
 */
export const FIRST_RESERVED_ROWS = 1 << 24;
/** Rows committed at a time (a step of 64 KB for a column of doubles). */
export const STEP_ROWS = 1 << 13;
/** The largest resizable buffer this engine's V8 makes (larger ones throw "Invalid array buffer max length"). */
const MOST_BYTES = 2 ** 32;

/**
 * A column of numbers that grows in place: a resizable ArrayBuffer reserves the column's most
 * rows as address space and commits memory a step at a time as rows are added, so growing never
 * copies. Blocks of rows needed one more copy to join them at the end, and doubling arrays up to
 * two; a large DC's year of per-order records (about 1.2 GB) was held two or three times over.
 * `values` tracks the rows added; `finish` commits exactly the rows and hands them over without
 * a copy. (Node 20 leaves resizable buffers out of `process.memoryUsage().arrayBuffers`, and V8
 * out of the external memory that paces its collections: the memory is in the RSS only.)
 */
export class ReservedColumn<T extends ColumnArray> {
  private buffer: ArrayBuffer;
  /** The rows so far (a view that follows the buffer as it grows); replaced only when the column moves to a larger reservation. */
  values: T;

  constructor(
    private readonly type: ColumnArrayType<T>,
    reservedRows = FIRST_RESERVED_ROWS,
  ) {
    this.buffer = new ArrayBuffer(0, { maxByteLength: reservedRows * type.BYTES_PER_ELEMENT });
    this.values = new type(this.buffer);
  }

  /** Makes room for `rows` rows (new rows are 0). */
  ensure(rows: number): void {
    const bytes = this.type.BYTES_PER_ELEMENT;
    if (rows * bytes <= this.buffer.byteLength) return;
    const committed = Math.ceil(rows / STEP_ROWS) * STEP_ROWS * bytes;
    if (committed > this.buffer.maxByteLength) this.moveTo(committed);
    this.buffer.resize(Math.min(committed, this.buffer.maxByteLength));
  }

  /** The rows in a column of a wider type with as many rows reserved (label codes past 65,536 labels), copied once. */
  widen<U extends ColumnArray>(type: ColumnArrayType<U>): ReservedColumn<U> {
    const wider = new ReservedColumn(type, this.buffer.maxByteLength / this.type.BYTES_PER_ELEMENT);
    wider.ensure(this.values.length);
    wider.values.set(this.values);
    return wider;
  }

  /** The first `rows` rows in an array of exactly that length over the column's own memory (no copy); the column takes no more rows. */
  finish(rows: number): T {
    this.ensure(rows);
    this.buffer.resize(rows * this.type.BYTES_PER_ELEMENT);
    return new this.type(this.buffer, 0, rows);
  }

  /** Moves the rows to a new reservation of at least `bytes` (twice the old one or more), copying them once. */
  private moveTo(bytes: number): void {
    const reserved = Math.max(bytes, this.buffer.maxByteLength * 2);
    if (bytes > MOST_BYTES)
      throw new RangeError(
        `per-order records: more than ${MOST_BYTES / this.type.BYTES_PER_ELEMENT} rows in one column; run fewer days, or without per-order records`,
      );
    const buffer = new ArrayBuffer(this.buffer.byteLength, { maxByteLength: Math.min(reserved, MOST_BYTES) });
    const values = new this.type(buffer);
    values.set(this.values);
    this.buffer = buffer;
    this.values = values;
  }
}
