/**
 * A scheduled event's identity: its insertion sequence number, unique per queue. Keep it
 * to cancel the event later; the queue holds no object per event.
 */
export type ScheduledEvent = number;

/**
 * What an event runs: a closure called with no argument, or a handler made once (per stage,
 * say) and called with the subject it was scheduled with (`nextDue` hands back the handler,
 * to be called with `subject`). A handler spares a closure per event, and an event that waits
 * days of simulated time keeps no closure alive for the garbage collector to copy and promote.
 */
export type EventHandler = (subject: unknown) => void;

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
  private handlers: Array<EventHandler | undefined> = [];
  private subjects: unknown[] = [];
  private length = 0;
  private nextSeq = 0;
  /** Ids of cancelled events still in the heap (and of some that had fired when cancelled). */
  private readonly cancelled = new Set<number>();
  /** Due time of the last event `pop`, `popUntil` or `nextDue` returned (cancelled ones dropped on the way do not count). */
  time = 0;
  /** Subject of the last event `nextDue` returned (undefined for a closure, and once nothing is due). */
  subject: unknown = undefined;

  /** Number of events in the heap, cancelled ones included. */
  get size(): number {
    return this.length;
  }

  /** Adds an event and returns its id (keep it to cancel the event later). */
  push(time: number, priority: number, action: () => void): ScheduledEvent {
    return this.insert(time, priority, action, undefined);
  }

  /** Adds an event that calls `handler(subject)` and returns its id. */
  pushCall<Subject>(time: number, priority: number, handler: (subject: Subject) => void, subject: Subject): ScheduledEvent {
    // The queue hands each handler back the subject it was given, so the wider type is safe.
    return this.insert(time, priority, handler as EventHandler, subject);
  }

  private insert(time: number, priority: number, handler: EventHandler, subject: unknown): ScheduledEvent {
    // NaN has no place in the order (and a NaN priority would sort differently in the heap's two directions).
    if (Number.isNaN(time)) throw new RangeError('EventQueue: time is NaN');
    if (!Number.isFinite(priority)) throw new RangeError(`EventQueue: priority must be a finite number, got ${priority}`);
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
    this.setSlot(index, time, priority, seq, handler, subject);
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

  /** Removes the earliest event that is not cancelled and returns what it runs (`time` tells when it was due). */
  pop(): (() => void) | undefined {
    return this.popUntil(Infinity);
  }

  /** Removes the earliest live event if it is due at or before `until` and returns what it runs (`time` tells when). */
  popUntil(until: number): (() => void) | undefined {
    const handler = this.nextDue(until);
    if (handler === undefined) return undefined;
    const subject = this.subject;
    return subject === undefined ? (handler as () => void) : () => handler(subject);
  }

  /**
   * Removes the earliest live event if it is due at or before `until` and returns its handler,
   * to be called with `subject` (`time` tells when it was due). The simulation's loop uses
   * this rather than `popUntil`, which makes a closure for an event with a subject.
   */
  nextDue(until: number): EventHandler | undefined {
    for (;;) {
      if (this.length === 0 || (this.times[0] as number) > until) {
        // Nothing due: let go of the last subject (an order, say), which the run no longer needs.
        this.subject = undefined;
        return undefined;
      }
      if (this.cancelled.size > 0 && this.cancelled.delete(this.seqs[0] as number)) {
        this.removeTop();
        continue;
      }
      this.time = this.times[0] as number;
      this.subject = this.subjects[0];
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

  /** Removes the top event (the heap is not empty) and returns its handler. */
  private removeTop(): EventHandler {
    const { times, priorities, seqs, handlers, subjects } = this;
    const top = handlers[0] as EventHandler;
    const size = --this.length;
    const lastTime = times[size] as number;
    const lastPriority = priorities[size] as number;
    const lastSeq = seqs[size] as number;
    const lastHandler = handlers[size];
    const lastSubject = subjects[size];
    handlers[size] = undefined;
    subjects[size] = undefined;
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
    this.setSlot(index, lastTime, lastPriority, lastSeq, lastHandler, lastSubject);
    return top;
  }

  private setSlot(index: number, time: number, priority: number, seq: number, handler: EventHandler | undefined, subject: unknown): void {
    this.times[index] = time;
    this.priorities[index] = priority;
    this.seqs[index] = seq;
    this.handlers[index] = handler;
    this.subjects[index] = subject;
  }

  private moveSlot(from: number, to: number): void {
    this.setSlot(
      to,
      this.times[from] as number,
      this.priorities[from] as number,
      this.seqs[from] as number,
      this.handlers[from],
      this.subjects[from],
    );
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
