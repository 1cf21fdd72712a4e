import { ReservedColumn } from './reservedColumn.js';

/** A label column: codes into the distinct labels seen so far; 16-bit codes until more than 65,536 labels. */
export class LabelColumnBuilder {
  private codes: ReservedColumn<Uint16Array | Uint32Array>;
  private wide = false;
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  /** The label last written and its code: most rows repeat the row before (delivered, customer, no return reason). */
  private last: string | undefined;
  private lastCode = 0;

  constructor(reservedRows: number, expectedRows?: number) {
    this.codes = new ReservedColumn<Uint16Array>(Uint16Array, reservedRows, expectedRows);
  }

  ensure(rows: number): void {
    this.codes.ensure(rows);
  }

  set(row: number, label: string): void {
    if (label === this.last) {
      this.codes.values[row] = this.lastCode;
      return;
    }
    let code = this.index.get(label);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(label);
      this.index.set(label, code);
      if (code > 0xffff && !this.wide) {
        this.wide = true;
        this.codes = this.codes.widen(Uint32Array);
      }
    }
    this.last = label;
    this.lastCode = code;
    this.codes.values[row] = code;
  }

  /** The codes of the first `count` rows (see ReservedColumn.finish). */
  finish(count: number): Uint16Array | Uint32Array {
    return this.codes.finish(count);
  }
}
