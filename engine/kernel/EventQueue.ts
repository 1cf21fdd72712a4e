import { BinaryHeap } from './BinaryHeap.js';

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
 * Future-event list: a binary heap ordered by (time, priority, seq).
 * Cancellation is lazy (the event is flagged and dropped when popped), which keeps
 * cancel O(1) and the heap free of index bookkeeping.
 */
export class EventQueue {
  private readonly heap = new BinaryHeap<ScheduledEvent>(before);
  private nextSeq = 0;

  /** Number of events in the heap, cancelled ones included. */
  get size(): number {
    return this.heap.size;
  }

  /** Adds an event and returns it (keep it to cancel it later). */
  push(time: number, priority: number, action: () => void): ScheduledEvent {
    const event: ScheduledEvent = { time, priority, seq: this.nextSeq++, action, cancelled: false };
    this.heap.push(event);
    return event;
  }

  /** The earliest event that is not cancelled, without removing it. */
  peek(): ScheduledEvent | undefined {
    this.dropCancelledTop();
    return this.heap.peek();
  }

  /** Removes and returns the earliest event that is not cancelled. */
  pop(): ScheduledEvent | undefined {
    this.dropCancelledTop();
    return this.heap.pop();
  }

  /** Removes and returns the earliest live event if it is due at or before `until`. */
  popUntil(until: number): ScheduledEvent | undefined {
    const heap = this.heap;
    for (;;) {
      const top = heap.peek();
      if (top === undefined || top.time > until) return undefined;
      heap.pop();
      if (!top.cancelled) return top;
    }
  }

  private dropCancelledTop(): void {
    while (this.heap.peek()?.cancelled === true) this.heap.pop();
  }
}
