/**
 * An array binary heap: `pop` returns the item that comes `before` every other. The order
 * must be total (break ties with an insertion sequence for FIFO), so that equal inputs give
 * equal runs. Used by the future-event list and by priority resource queues.
 */
export class BinaryHeap<T> {
  private readonly items: T[] = [];

  /** `before(a, b)`: true when `a` must come out before `b`. */
  constructor(private readonly before: (a: T, b: T) => boolean) {}

  /** Number of items held. */
  get size(): number {
    return this.items.length;
  }

  /** The first item, without removing it. */
  peek(): T | undefined {
    return this.items[0];
  }

  /** Adds an item (sift up: parents that come after it move down one level). */
  push(item: T): void {
    const items = this.items;
    let index = items.length;
    items.push(item);
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = items[parentIndex] as T;
      if (!this.before(item, parent)) break;
      items[index] = parent;
      index = parentIndex;
    }
    items[index] = item;
  }

  /** Removes and returns the first item (sift the last one down from the root). */
  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    const size = items.length;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= size) break;
      const right = left + 1;
      let child = left;
      let childItem = items[left] as T;
      if (right < size) {
        const rightItem = items[right] as T;
        if (this.before(rightItem, childItem)) {
          child = right;
          childItem = rightItem;
        }
      }
      if (!this.before(childItem, last)) break;
      items[index] = childItem;
      index = child;
    }
    items[index] = last;
    return top;
  }
}
