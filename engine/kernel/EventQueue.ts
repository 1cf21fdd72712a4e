/**
 * A scheduled event's identity: its insertion sequence number, unique per queue. Keep it
 * to cancel the event later; the queue holds no object per event.
 */
export type ScheduledEvent = number;

const INITIAL_CAPACITY = 1024;

/**
 * Future-event list: a 4-ary heap ordered by (time, priority, seq), seq being the insertion
 * sequence, so equal (time, priority) run FIFO. The heap is kept in parallel typed arrays
 * (struct of arrays) rather than one object per event: a baseline replication schedules
 * about 900,000 events over a heap of some 7,500, and comparing keys in contiguous memory
 * instead of chasing objects roughly halves the loop's time and its garbage; four children a
 * node halve the heap's depth (siblings share a cache line).
 * Cancellation is lazy (the id is remembered and the event dropped when it reaches the top),
 * which keeps cancel O(1) and the heap free of index bookkeeping.
 */
export class EventQueue {
  private times = new Float64Array(INITIAL_CAPACITY);
  private priorities = new Float64Array(INITIAL_CAPACITY);
  private seqs = new Float64Array(INITIAL_CAPACITY);
  private actions: Array<(() => void) | undefined> = [];
  private length = 0;
  private nextSeq = 0;
  /** Ids of cancelled events still in the heap (and of some that had fired when cancelled). */
  private readonly cancelled = new Set<number>();
  /** Due time of the last event `pop` or `popUntil` returned (cancelled ones dropped on the way do not count). */
  time = 0;

  /** Number of events in the heap, cancelled ones included. */
  get size(): number {
    return this.length;
  }

  /** Adds an event and returns its id (keep it to cancel the event later). */
  push(time: number, priority: number, action: () => void): ScheduledEvent {
    // NaN has no place in the order (and a NaN priority would sort differently in the heap's two directions).
    if (Number.isNaN(time)) throw new RangeError('EventQueue.push: time is NaN');
    if (!Number.isFinite(priority)) throw new RangeError(`EventQueue.push: priority must be a finite number, got ${priority}`);
    if (this.length === this.times.length) this.grow();
    const { times, priorities } = this;
    const seq = this.nextSeq++;
    let index = this.length++;
    while (index > 0) {
      const parent = (index - 1) >> 2;
      const parentTime = times[parent] as number;
      // Stop once the parent fires first; seq is the newest, so an equal (time, priority) parent does.
      if (parentTime < time || (parentTime === time && (priorities[parent] as number) <= priority)) break;
      this.moveSlot(parent, index);
      index = parent;
    }
    this.setSlot(index, time, priority, seq, action);
    return seq;
  }

  /**
   * Marks an event of this queue so it never fires; cancelling twice or after it fired is
   * harmless. An id this queue never gave is refused (an id of another queue cannot be told apart).
   */
  cancel(event: ScheduledEvent): void {
    if (!Number.isInteger(event) || event < 0 || event >= this.nextSeq)
      throw new RangeError(`EventQueue.cancel: ${String(event)} is not an event of this queue`);
    this.cancelled.add(event);
    // Ids of events that had already fired stay in the set: drop them once they could outnumber the heap.
    if (this.cancelled.size > this.length) this.forgetFiredCancellations();
  }

  /** Time of the earliest event that is not cancelled, or Infinity when none. */
  peekTime(): number {
    this.dropCancelledTop();
    return this.length > 0 ? (this.times[0] as number) : Infinity;
  }

  /** Removes the earliest event that is not cancelled and returns its action (`time` tells when it was due). */
  pop(): (() => void) | undefined {
    this.dropCancelledTop();
    if (this.length === 0) return undefined;
    this.time = this.times[0] as number;
    return this.removeTop();
  }

  /** Removes the earliest live event if it is due at or before `until` and returns its action (`time` tells when). */
  popUntil(until: number): (() => void) | undefined {
    for (;;) {
      if (this.length === 0 || (this.times[0] as number) > until) return undefined;
      if (this.cancelled.size > 0 && this.cancelled.delete(this.seqs[0] as number)) {
        this.removeTop();
        continue;
      }
      this.time = this.times[0] as number;
      return this.removeTop();
    }
  }

  private forgetFiredCancellations(): void {
    const pending = new Set<number>();
    for (let index = 0; index < this.length; index++) {
      const seq = this.seqs[index] as number;
      if (this.cancelled.has(seq)) pending.add(seq);
    }
    this.cancelled.clear();
    for (const seq of pending) this.cancelled.add(seq);
  }

  private dropCancelledTop(): void {
    while (this.length > 0 && this.cancelled.size > 0 && this.cancelled.delete(this.seqs[0] as number)) this.removeTop();
  }

  /** Removes the top event (the heap is not empty) and returns its action. */
  private removeTop(): () => void {
    const { times, priorities, seqs, actions } = this;
    const top = actions[0] as () => void;
    const size = --this.length;
    const lastTime = times[size] as number;
    const lastPriority = priorities[size] as number;
    const lastSeq = seqs[size] as number;
    const lastAction = actions[size];
    actions[size] = undefined;
    if (size === 0) return top;
    let index = 0;
    for (;;) {
      const first = 4 * index + 1;
      if (first >= size) break;
      // The earliest of up to four children.
      let child = first;
      const end = Math.min(first + 4, size);
      for (let other = first + 1; other < end; other++) if (this.before(other, child)) child = other;
      const childTime = times[child] as number;
      // Stop once `last` fires no later than the smaller child.
      if (
        lastTime < childTime ||
        (lastTime === childTime &&
          (lastPriority < (priorities[child] as number) || (lastPriority === priorities[child] && lastSeq < (seqs[child] as number))))
      )
        break;
      this.moveSlot(child, index);
      index = child;
    }
    this.setSlot(index, lastTime, lastPriority, lastSeq, lastAction);
    return top;
  }

  private setSlot(index: number, time: number, priority: number, seq: number, action: (() => void) | undefined): void {
    this.times[index] = time;
    this.priorities[index] = priority;
    this.seqs[index] = seq;
    this.actions[index] = action;
  }

  private moveSlot(from: number, to: number): void {
    this.setSlot(to, this.times[from] as number, this.priorities[from] as number, this.seqs[from] as number, this.actions[from]);
  }

  /** True when the event in slot `a` must fire before the one in slot `b`. */
  private before(a: number, b: number): boolean {
    const { times, priorities } = this;
    if (times[a] !== times[b]) return (times[a] as number) < (times[b] as number);
    if (priorities[a] !== priorities[b]) return (priorities[a] as number) < (priorities[b] as number);
    return (this.seqs[a] as number) < (this.seqs[b] as number);
  }

  private grow(): void {
    const capacity = this.times.length * 2;
    const grown = (from: Float64Array): Float64Array<ArrayBuffer> => {
      const to = new Float64Array(capacity);
      to.set(from);
      return to;
    };
    this.times = grown(this.times);
    this.priorities = grown(this.priorities);
    this.seqs = grown(this.seqs);
  }
}
