/**
 * CSV text written straight into byte buffers, a chunk at a time. A year of per-order records
 * is hundreds of millions of cells: building a string per cell and joining them cost about
 * 300 ns a cell, so numbers are written here as digits and labels as bytes encoded once.
 * Every number comes out as `String(number)` would write it (see `number`). Writes must be
 * covered by a `reserve` first: a typed array drops what is written past its end.
 */
export class CsvBytes {
  private buffer: Buffer = NO_CHUNK;
  private at = 0;

  /**
   * `reuse`: a chunk returned is written over once the next `reserve` or `take` needs room, so
   * the caller must be done with it by then (a writer that writes each chunk before asking for
   * more). A megabyte chunk made afresh is fresh memory: 256 page faults, some 15 us each on
   * these machines, about as long as writing its CSV.
   */
  constructor(
    private readonly chunkBytes = 1 << 20,
    private readonly reuse = false,
  ) {}

  /**
   * Makes room for `bytes` more bytes: when the current chunk lacks it, returns what it holds
   * (a view of its buffer, not written again unless `reuse`) and starts a new one.
   */
  reserve(bytes: number): Uint8Array | undefined {
    if (this.at + bytes <= this.buffer.length) return undefined;
    const last = this.buffer;
    const full = this.take();
    this.buffer = this.reuse && last.length >= bytes ? last : Buffer.allocUnsafe(Math.max(this.chunkBytes, bytes));
    return full;
  }

  /** What the current chunk holds (undefined when empty); the chunk is not written again unless `reuse`. */
  take(): Uint8Array | undefined {
    if (this.at === 0) return undefined;
    const full = this.buffer.subarray(0, this.at);
    if (!this.reuse) this.buffer = NO_CHUNK; // the next reserve takes a new one
    this.at = 0;
    return full;
  }

  byte(code: number): void {
    this.buffer[this.at++] = code;
  }

  /** Bytes as they are: a label's few bytes copied one by one (TypedArray#set costs some 40 ns a call, a dozen bytes' loop a few). */
  bytes(encoded: Uint8Array): void {
    const { buffer, at } = this;
    const length = encoded.length;
    if (length > 32) buffer.set(encoded, at);
    else for (let index = 0; index < length; index++) buffer[at + index] = encoded[index] as number;
    this.at = at + length;
  }

  /** UTF-8 text as it is (the caller quotes it when it must). */
  text(value: string): void {
    this.at += this.buffer.write(value, this.at, 'utf8');
  }

  /**
   * A number as `String(value)` writes it. Whole numbers below 10^15 and numbers of at most
   * four decimals below 10^11 (every time, amount and score of the records) are written as digits:
   * such a value is the double nearest to a decimal of at most 15 significant digits, and no
   * other decimal that short rounds to the same double, so that decimal is its shortest form,
   * the one `String` writes. Anything else (NaN, infinities, more decimals) goes through `String`.
   */
  number(value: number): void {
    if (Number.isInteger(value) && value < 1e15 && value > -1e15) {
      if (value < 0) {
        this.byte(MINUS);
        this.digits(-value);
      } else this.digits(value); // -0 too: String(-0) is "0"
      return;
    }
    const scaled = Math.round(value * TEN_THOUSAND);
    if (scaled / TEN_THOUSAND !== value || scaled >= 1e15 || scaled <= -1e15) {
      this.at += this.buffer.write(String(value), this.at, 'latin1');
      return;
    }
    let magnitude = scaled;
    if (scaled < 0) {
      this.byte(MINUS);
      magnitude = -scaled;
    }
    const whole = Math.floor(magnitude / TEN_THOUSAND);
    let fraction = magnitude - whole * TEN_THOUSAND; // 1 to 9,999: the value is not whole
    this.digits(whole);
    this.byte(POINT);
    // Four places, the trailing zeros left out (fraction is a whole number below 10,000).
    let places = 4;
    while (fraction % 10 === 0) {
      fraction /= 10;
      places--;
    }
    const { buffer } = this;
    for (let index = this.at + places - 1; index >= this.at; index--) {
      const next = (fraction / 10) | 0;
      buffer[index] = ZERO + (fraction - next * 10);
      fraction = next;
    }
    this.at += places;
  }

  /** A whole number from 0 to below 10^15, in decimal digits (32-bit arithmetic when it fits). */
  private digits(value: number): void {
    let count = 1;
    for (let power = 10; power <= value; power *= 10) count++;
    const { buffer } = this;
    let rest = value;
    let index = this.at + count - 1;
    for (; rest >= INT32_LIMIT; index--) {
      const next = Math.floor(rest / 10);
      buffer[index] = ZERO + (rest - next * 10);
      rest = next;
    }
    for (; index >= this.at; index--) {
      const next = (rest / 10) | 0;
      buffer[index] = ZERO + (rest - next * 10);
      rest = next;
    }
    this.at += count;
  }
}

const NO_CHUNK = Buffer.alloc(0);
const TEN_THOUSAND = 10_000;
const INT32_LIMIT = 2 ** 31;
const ZERO = 0x30;
const MINUS = 0x2d;
const POINT = 0x2e;

/** The most bytes `CsvBytes.number` writes for one number (`String` of a double is at most 25 characters). */
export const NUMBER_BYTES = 25;
