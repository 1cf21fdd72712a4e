/** A scheduled callback in the future-event list. */
export interface ScheduledEvent {
  /** Simulation time at which the event fires. */
  readonly time: number;
  /** Lower runs first among events at the same time. */
  readonly priority: number;
  /** Insertion sequence: the final tie-breaker, so equal (time, priority) run FIFO. */
  readonly seq: number;
  /** What the event does when it fires. */
  readonly action: () => void;
  /** Set by `cancel`; a cancelled event is skipped when it reaches the top. */
  cancelled: boolean;
}

/** True when event `a` must fire before event `b`. */
function before(a: ScheduledEvent, b: ScheduledEvent): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.priority !== b.priority) return a.priority < b.priority;
  return a.seq < b.seq;
}

/**
 * Future-event list: an array binary heap ordered by (time, priority, seq).
 * Cancellation is lazy (the event is flagged and dropped when popped), which keeps
 * cancel O(1) and the heap free of index bookkeeping.
 */
export class EventQueue {
  private readonly heap: ScheduledEvent[] = [];
  private nextSeq = 0;

  /** Number of events in the heap, cancelled ones included. */
  get size(): number {
    return this.heap.length;
  }

  /** Adds an event and returns it (keep it to cancel it later). */
  push(time: number, priority: number, action: () => void): ScheduledEvent {
    const event: ScheduledEvent = { time, priority, seq: this.nextSeq++, action, cancelled: false };
    const heap = this.heap;
    let index = heap.length;
    heap.push(event);
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = heap[parentIndex] as ScheduledEvent;
      if (!before(event, parent)) break;
      heap[index] = parent;
      index = parentIndex;
    }
    heap[index] = event;
    return event;
  }

  /** The earliest event that is not cancelled, without removing it. */
  peek(): ScheduledEvent | undefined {
    this.dropCancelledTop();
    return this.heap[0];
  }

  /** Removes and returns the earliest event that is not cancelled. */
  pop(): ScheduledEvent | undefined {
    this.dropCancelledTop();
    return this.removeTop();
  }

  /** Removes and returns the earliest live event if it is due at or before `until`. */
  popUntil(until: number): ScheduledEvent | undefined {
    const heap = this.heap;
    for (;;) {
      const top = heap[0];
      if (top === undefined || top.time > until) return undefined;
      this.removeTop();
      if (!top.cancelled) return top;
    }
  }

  private dropCancelledTop(): void {
    while (this.heap.length > 0 && (this.heap[0] as ScheduledEvent).cancelled) this.removeTop();
  }

  private removeTop(): ScheduledEvent | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    const size = heap.length;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= size) break;
      const right = left + 1;
      let child = left;
      let childEvent = heap[left] as ScheduledEvent;
      if (right < size) {
        const rightEvent = heap[right] as ScheduledEvent;
        if (before(rightEvent, childEvent)) {
          child = right;
          childEvent = rightEvent;
        }
      }
      if (!before(childEvent, last)) break;
      heap[index] = childEvent;
      index = child;
    }
    heap[index] = last;
    return top;
  }
}
