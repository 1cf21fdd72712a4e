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
/**
 * Rows a column holds in plain arrays, doubled as it grows, before it reserves: a run of fewer
 * orders (about 40 days of the baseline) never makes a resizable buffer, so thousands of short runs
 * leave no mappings behind them, not even ones awaiting the collector (see KEEP_FROM_ROWS). A
 * column made for more rows expected (below KEEP_FROM_ROWS) starts with one plain array that size.
 */
export const PLAIN_ROWS = 1 << 16;
/**
 * From this many rows, `finish` hands the column over in its own memory; a shorter one is copied
 * into an array of its own. Each resizable buffer kept alive holds one or two memory mappings,
 * and Linux allows a process 65,530: kept by the thousand (`run --reps 2000 --out` keeps every
 * replication's records until it writes them), short runs' columns would reach that limit
 * long before the memory. From 524,288 rows a replication's records take about 90 MB, so the
 * thousand replications that would reach the limit need some 95 GB: more than such a machine
 * has (24 GB here). Below, the copy is at most 4 MB a column.
 */
export const KEEP_FROM_ROWS = 1 << 19;
/**
 * A column made for the rows a run was expected to add hands that first array over, without a
 * copy, when the rows fill at least this share of it (the rest is memory the run never touched);
 * an emptier one is copied, as a column made without an expectation always is below KEEP_FROM_ROWS.
 */
export const HAND_OVER_FROM_SHARE = 0.85;
/** The largest resizable buffer this engine's V8 makes (larger ones throw "Invalid array buffer max length"). */
const MOST_BYTES = 2 ** 32;

/**
 * A column of numbers that grows in place: its first PLAIN_ROWS rows in plain arrays, then a
 * resizable ArrayBuffer that reserves the column's most rows as address space and commits
 * memory a step at a time, so growing copies no more (unless a run outgrows the reservation).
 * Blocks of rows needed one more copy to join them at the end, and doubling arrays up to two;
 * a large DC's year of per-order records (about 1.2 GB) was held two or three times over. `values` holds the rows added and more; `finish`
 * hands exactly the rows over, without a copy from KEEP_FROM_ROWS rows on. (Node 20 leaves
 * resizable buffers out of `process.memoryUsage().arrayBuffers`, and counts in `external`, the
 * external memory that paces V8's collections, only the length one is made with, not its growth
 * or shrinking: their memory is in the RSS.)
 */
export class ReservedColumn<T extends ColumnArray> {
  /** The resizable buffer once the column has outgrown its plain arrays. */
  private buffer: ArrayBuffer | undefined;
  /** The rows of the first array when it was made for rows expected (see the constructor), else 0. */
  private readonly expectedLength: number;
  /** The rows so far and room for more (past PLAIN_ROWS, a view that follows the buffer as it grows); replaced when the column moves. */
  values: T;

  /**
   * `expectedRows`: the rows the column is likely to take (a run's expected orders and some room).
   * Below KEEP_FROM_ROWS and its reservation, its first array holds them, so a run that adds about
   * as many never doubles, moves or copies the column: a 90-day baseline replication's columns
   * allocate about 22 MB instead of 63, counted from their sizes (docs/measurements.md, fourteenth
   * pass; the page faults measured did not fall beyond the noise). Not above:
   * a longer column grows in place and is handed over without a copy anyway, while a plain buffer
   * counts in V8's external memory from the start, which paces its collections (made for a large
   * DC's year, the plain arrays took its peak RSS from 2.06 to 2.30 GB). Without, it starts small.
   */
  constructor(
    private readonly type: ColumnArrayType<T>,
    private readonly reservedRows = FIRST_RESERVED_ROWS,
    expectedRows = 0,
  ) {
    // A comparison, not Math.max: a NaN expectation makes no room (and no empty array, which doubling never grows).
    const sized = expectedRows > STEP_ROWS && expectedRows < Math.min(KEEP_FROM_ROWS, reservedRows);
    this.expectedLength = sized ? Math.ceil(expectedRows) : 0;
    this.values = new type(new ArrayBuffer((sized ? this.expectedLength : STEP_ROWS) * type.BYTES_PER_ELEMENT));
  }

  /** Makes room for `rows` rows (new rows are 0). */
  ensure(rows: number): void {
    if (rows <= this.values.length) return;
    if (this.buffer === undefined && rows <= PLAIN_ROWS) {
      let length = this.values.length * 2;
      while (length < rows) length *= 2;
      length = Math.min(length, PLAIN_ROWS);
      const larger = new this.type(new ArrayBuffer(length * this.type.BYTES_PER_ELEMENT));
      larger.set(this.values);
      this.values = larger;
      return;
    }
    const bytes = Math.ceil(rows / STEP_ROWS) * STEP_ROWS * this.type.BYTES_PER_ELEMENT;
    if (this.buffer === undefined || bytes > this.buffer.maxByteLength) this.moveTo(bytes);
    else this.buffer.resize(bytes);
  }

  /** The rows in a column of a wider type with as many rows reserved (label codes past 65,536 labels), copied once. */
  widen<U extends ColumnArray>(type: ColumnArrayType<U>): ReservedColumn<U> {
    const wider = new ReservedColumn(type, this.reservedRows);
    wider.ensure(this.values.length);
    wider.values.set(this.values);
    return wider;
  }

  /**
   * The first `rows` rows in an array of exactly that length: the column's own memory from
   * KEEP_FROM_ROWS rows, or the first array made for the rows expected when they fill
   * HAND_OVER_FROM_SHARE of it (a view of those rows, the rest of its buffer unused), else a copy.
   * The column takes no more rows.
   */
  finish(rows: number): T {
    this.ensure(rows);
    const buffer = this.buffer;
    if (buffer === undefined && rows === this.values.length) return this.values;
    // A plain buffer is no resizable one: kept by the thousand, it holds no more memory mappings than its copy would.
    if (buffer === undefined && this.values.length === this.expectedLength && rows >= this.expectedLength * HAND_OVER_FROM_SHARE)
      return new this.type(this.values.buffer as ArrayBuffer, 0, rows);
    if (buffer === undefined || rows < KEEP_FROM_ROWS) {
      const copy = this.values.slice(0, rows) as T;
      // Its memory back at once (0.4 ms a column of a megabyte): V8 does not count a resizable
      // buffer's memory, so would not hurry to collect it, and it would add to the run's peak.
      buffer?.resize(0);
      return copy;
    }
    buffer.resize(rows * this.type.BYTES_PER_ELEMENT);
    return new this.type(buffer, 0, rows);
  }

  /** Moves the rows to a new resizable buffer of `bytes` committed, reserving twice the old reservation or more; copies them once. */
  private moveTo(bytes: number): void {
    if (bytes > MOST_BYTES)
      throw new RangeError(
        `per-order records: more than ${(MOST_BYTES / this.type.BYTES_PER_ELEMENT).toLocaleString('en-US')} orders in one replication; run fewer days, or without per-order records`,
      );
    const reserved = this.buffer === undefined ? this.reservedRows * this.type.BYTES_PER_ELEMENT : this.buffer.maxByteLength * 2;
    const buffer = new ArrayBuffer(bytes, { maxByteLength: Math.min(MOST_BYTES, Math.max(bytes, reserved)) });
    const values = new this.type(buffer);
    values.set(this.values);
    this.buffer = buffer;
    this.values = values;
  }
}
