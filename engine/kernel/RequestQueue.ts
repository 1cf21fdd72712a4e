import { BinaryHeap } from './BinaryHeap.js';

/** A waiting request: granted by calling `grant`, ordered by `priority` then `seq`. */
export interface PendingRequest {
  readonly priority: number;
  readonly seq: number;
  readonly grant: () => void;
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
  private readonly heap = new BinaryHeap<PendingRequest>(precedes);
  get length(): number {
    return this.heap.size;
  }
  push(request: PendingRequest): void {
    this.heap.push(request);
  }
  shift(): PendingRequest | undefined {
    return this.heap.pop();
  }
}

/** Creates the waiting line for a discipline. */
export function createRequestQueue(discipline: QueueDiscipline): RequestQueue {
  return discipline === 'fifo' ? new FifoQueue() : new PriorityQueue();
}
