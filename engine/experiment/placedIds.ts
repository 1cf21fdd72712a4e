/**
 * The ids of the orders placed so far, in placement order, and the row (placement index) of
 * an id. Ids grow with placement, so the list is sorted; in today's model an id is its row.
 */
export class PlacedIds {
  private ids = new Int32Array(1024);
  private count = 0;

  push(id: number): void {
    if (this.count > 0 && id <= (this.ids[this.count - 1] as number))
      throw new RangeError(`PlacedIds: order ${id} placed after order ${this.ids[this.count - 1]}`);
    if (this.count === this.ids.length) {
      const wider = new Int32Array(this.count * 2);
      wider.set(this.ids);
      this.ids = wider;
    }
    this.ids[this.count++] = id;
  }

  /** The row of order `id`. */
  rowOf(id: number): number {
    const { ids, count } = this;
    if (id < count && ids[id] === id) return id;
    let low = 0;
    let high = count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = ids[middle] as number;
      if (found === id) return middle;
      if (found < id) low = middle + 1;
      else high = middle - 1;
    }
    throw new RangeError(`PlacedIds: order ${id} was never placed`);
  }
}
