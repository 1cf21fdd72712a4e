type NumberArray = Float64Array | Uint32Array | Uint16Array;

/** A typed array that grows by doubling as values are pushed: compact storage for a column of unknown length. */
export class GrowingColumn<T extends NumberArray> {
  private data: T;
  /** The number of values pushed. */
  length = 0;

  constructor(private readonly make: (size: number) => T) {
    this.data = make(1024);
  }

  /** Appends a value. */
  push(value: number): void {
    if (this.length === this.data.length) {
      const larger = this.make(this.data.length * 2);
      larger.set(this.data);
      this.data = larger;
    }
    this.data[this.length++] = value;
  }

  /** The value at `index` (< length). */
  at(index: number): number {
    return this.data[index] as number;
  }

  /** Replaces the value at `index` (< length). */
  set(index: number, value: number): void {
    this.data[index] = value;
  }

  /** A copy of the pushed values in an array of their exact length (a view would carry the spare capacity into clones). */
  values(): T {
    return this.data.slice(0, this.length) as T;
  }
}
