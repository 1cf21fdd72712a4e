/**
 * A waiting request, ordered by `priority` then `seq`: the resource grants it by calling `grant`
 * with `subject` (`requestCall`), or with no argument (`request`). Callers hold it only to cancel.
 */
export interface PendingRequest {
  readonly priority: number;
  readonly seq: number;
  readonly grant: (subject?: unknown) => void;
  /** What `grant` is called with; the resource's own marker for a request made by `request`. */
  readonly subject: unknown;
  cancelled: boolean;
}

/** Queue discipline of a resource: first come first served, or lowest priority value first. */
export type QueueDiscipline = 'fifo' | 'priority';

/** The waiting line of a resource; FIFO or a (priority, seq) binary heap. */
export interface RequestQueue {
  readonly length: number;
  push(request: PendingRequest): void;
  shift(): PendingRequest | undefined;
}

/** FIFO line on a growable array with a moving head (amortised O(1)). */
class FifoQueue implements RequestQueue {
  private items: PendingRequest[] = [];
  private head = 0;
  get length(): number {
    return this.items.length - this.head;
  }
  push(request: PendingRequest): void {
    this.items.push(request);
  }
  shift(): PendingRequest | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head++];
    // Compact now and then so a long run does not keep every granted request alive.
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

function precedes(a: PendingRequest, b: PendingRequest): boolean {
  return a.priority !== b.priority ? a.priority < b.priority : a.seq < b.seq;
}

/** Priority line: a binary heap on (priority, seq), so equal priorities stay FIFO. */
class PriorityQueue implements RequestQueue {
  private readonly heap: PendingRequest[] = [];
  get length(): number {
    return this.heap.length;
  }
  push(request: PendingRequest): void {
    const heap = this.heap;
    let index = heap.length;
    heap.push(request);
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = heap[parentIndex] as PendingRequest;
      if (!precedes(request, parent)) break;
      heap[index] = parent;
      index = parentIndex;
    }
    heap[index] = request;
  }
  shift(): PendingRequest | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && precedes(heap[right] as PendingRequest, heap[left] as PendingRequest) ? right : left;
      const childItem = heap[child] as PendingRequest;
      if (!precedes(childItem, last)) break;
      heap[index] = childItem;
      index = child;
    }
    heap[index] = last;
    return top;
  }
}

/** Creates the waiting line for a discipline. */
export function createRequestQueue(discipline: QueueDiscipline): RequestQueue {
  return discipline === 'fifo' ? new FifoQueue() : new PriorityQueue();
}
