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
/** Numbers kept per heap entry besides its time: priority, seq and the event's slot. */
const STRIDE = 3;
const PRIORITY = 0;
const SEQ = 1;
const SLOT = 2;

/**
 * Future-event list: a 4-ary heap ordered by (time, priority, seq), seq being the insertion
 * sequence, so equal (time, priority) run FIFO. The heap is two typed arrays rather than an
 * object per event: the times, which a sift compares (a node's four children on one or two
 * cache lines), and beside them each entry's priority, seq and slot, read on a tie and moved
 * with the time. A baseline replication schedules about 900,000 events over a heap of some
 * 7,500 (a large DC's, over 100,000); four children a node halve the depth of a binary heap.
 * What an event runs (handler and subject) sits in its slot and stays there while the heap
 * sifts: moving it with the keys cost two more cache lines and two write barriers per level
 * (the loop's write barriers were 1.7% of a replication). Freed slots are reused last in,
 * first out, so the next event's slot is still in cache.
 * Cancellation is lazy (the id is remembered and the event dropped when it reaches the top),
 * which keeps cancel O(1) and the heap free of index bookkeeping.
 */
export class EventQueue {
  private times = new Float64Array(INITIAL_CAPACITY);
  /** Priority, seq and slot of each heap entry, side by side. */
  private entries = new Float64Array(STRIDE * INITIAL_CAPACITY);
  private readonly handlers: Array<EventHandler | undefined> = [];
  private readonly subjects: unknown[] = [];
  /** Slots freed by fired or dropped events, reused last in, first out. */
  private freeSlots = new Int32Array(INITIAL_CAPACITY);
  private freeCount = 0;
  /** Slots ever handed out (each is free or holds an event in the heap). */
  private slotCount = 0;
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

  /**
   * Hands out the id of an event pushed later with `pushCallAs`: the event takes its place among
   * equal (time, priority) now, as if pushed now. CallBatch reserves one id a call.
   */
  reserve(): ScheduledEvent {
    return this.nextSeq++;
  }

  /** Adds an event under `event`, an id from `reserve` that no event in the queue holds. */
  pushCallAs<Subject>(event: ScheduledEvent, time: number, priority: number, handler: (subject: Subject) => void, subject: Subject): void {
    if (!Number.isInteger(event) || event < 0 || event >= this.nextSeq)
      throw new RangeError(`EventQueue.pushCallAs: ${String(event)} is not an id reserve() gave`);
    this.insert(time, priority, handler as EventHandler, subject, event);
  }

  /** True when a live event comes before (time, priority, event) in the queue's order. */
  firesBefore(time: number, priority: number, event: ScheduledEvent): boolean {
    this.dropCancelledTop();
    if (this.length === 0) return false;
    const top = this.times[0] as number;
    if (top !== time) return top < time;
    const topPriority = this.entries[PRIORITY] as number;
    if (topPriority !== priority) return topPriority < priority;
    return (this.entries[SEQ] as number) < event;
  }

  private insert(time: number, priority: number, handler: EventHandler, subject: unknown, reserved = -1): ScheduledEvent {
    // NaN has no place in the order (and a NaN priority would sort differently in the heap's two directions).
    if (Number.isNaN(time)) throw new RangeError('EventQueue: time is NaN');
    if (!Number.isFinite(priority)) throw new RangeError(`EventQueue: priority must be a finite number, got ${priority}`);
    if (this.length === this.times.length) this.grow();
    const slot = this.freeCount > 0 ? (this.freeSlots[--this.freeCount] as number) : this.slotCount++;
    this.handlers[slot] = handler;
    this.subjects[slot] = subject;
    const { times, entries } = this;
    const seq = reserved >= 0 ? reserved : this.nextSeq++;
    let index = this.length++;
    while (index > 0) {
      const parent = (index - 1) >> 2;
      const parentTime = times[parent] as number;
      // Stop once the parent fires first: earlier, or equal and ahead by priority, then by seq
      // (a new id is the newest; a reserved one may be older than an equal parent's).
      if (parentTime < time) break;
      if (parentTime === time) {
        const at = STRIDE * parent;
        const parentPriority = entries[at + PRIORITY] as number;
        if (parentPriority < priority || (parentPriority === priority && (entries[at + SEQ] as number) < seq)) break;
      }
      this.moveEntry(parent, index);
      index = parent;
    }
    this.setEntry(index, time, priority, seq, slot);
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
      // Asked as "not due by `until`", so that a NaN `until` finds nothing due rather than everything.
      if (this.length === 0 || !((this.times[0] as number) <= until)) {
        // Nothing due: let go of the last subject (an order, say), which the run no longer needs.
        this.subject = undefined;
        return undefined;
      }
      if (this.cancelled.size > 0 && this.cancelled.delete(this.entries[SEQ] as number)) {
        this.removeTop();
        continue;
      }
      const slot = this.entries[SLOT] as number;
      const handler = this.handlers[slot] as EventHandler;
      this.time = this.times[0] as number;
      this.subject = this.subjects[slot];
      this.removeTop();
      return handler;
    }
  }

  private forgetFiredCancellations(): void {
    const pending = new Set<number>();
    for (let index = 0; index < this.length; index++) {
      const seq = this.entries[STRIDE * index + SEQ] as number;
      if (this.cancelled.has(seq)) pending.add(seq);
    }
    this.cancelled.clear();
    for (const seq of pending) this.cancelled.add(seq);
  }

  private dropCancelledTop(): void {
    while (this.length > 0 && this.cancelled.size > 0 && this.cancelled.delete(this.entries[SEQ] as number)) this.removeTop();
  }

  /** Removes the top entry (the heap is not empty) and frees its slot. */
  private removeTop(): void {
    const { times, entries } = this;
    const slot = entries[SLOT] as number;
    this.handlers[slot] = undefined;
    this.subjects[slot] = undefined;
    this.freeSlots[this.freeCount++] = slot;
    const size = --this.length;
    if (size === 0) return;
    const lastTime = times[size] as number;
    const last = STRIDE * size;
    const lastPriority = entries[last + PRIORITY] as number;
    const lastSeq = entries[last + SEQ] as number;
    const lastSlot = entries[last + SLOT] as number;
    let index = 0;
    for (;;) {
      const first = 4 * index + 1;
      if (first >= size) break;
      // The earliest of up to four children (times first: priority and seq only on a tie).
      let child = first;
      let childTime = times[first] as number;
      const end = Math.min(first + 4, size);
      for (let other = first + 1; other < end; other++) {
        const time = times[other] as number;
        if (time < childTime || (time === childTime && this.tieBefore(other, child))) {
          child = other;
          childTime = time;
        }
      }
      // Stop once `last` fires no later than the smaller child.
      if (lastTime < childTime) break;
      if (lastTime === childTime) {
        const at = STRIDE * child;
        const childPriority = entries[at + PRIORITY] as number;
        if (lastPriority < childPriority || (lastPriority === childPriority && lastSeq < (entries[at + SEQ] as number))) break;
      }
      this.moveEntry(child, index);
      index = child;
    }
    this.setEntry(index, lastTime, lastPriority, lastSeq, lastSlot);
  }

  /** Of two entries due at the same time, true when the one at heap index `a` fires first. */
  private tieBefore(a: number, b: number): boolean {
    const entries = this.entries;
    const x = STRIDE * a;
    const y = STRIDE * b;
    if (entries[x + PRIORITY] !== entries[y + PRIORITY]) return (entries[x + PRIORITY] as number) < (entries[y + PRIORITY] as number);
    return (entries[x + SEQ] as number) < (entries[y + SEQ] as number);
  }

  private setEntry(index: number, time: number, priority: number, seq: number, slot: number): void {
    this.times[index] = time;
    const at = STRIDE * index;
    const entries = this.entries;
    entries[at + PRIORITY] = priority;
    entries[at + SEQ] = seq;
    entries[at + SLOT] = slot;
  }

  private moveEntry(from: number, to: number): void {
    const entries = this.entries;
    const source = STRIDE * from;
    this.setEntry(
      to,
      this.times[from] as number,
      entries[source + PRIORITY] as number,
      entries[source + SEQ] as number,
      entries[source + SLOT] as number,
    );
  }

  private grow(): void {
    const capacity = this.times.length * 2;
    const grown = <Numbers extends Float64Array | Int32Array>(from: Numbers, to: Numbers): Numbers => {
      to.set(from);
      return to;
    };
    this.times = grown(this.times, new Float64Array(capacity));
    this.entries = grown(this.entries, new Float64Array(STRIDE * capacity));
    // A free slot is one whose entry left the heap: never more of them than entries.
    this.freeSlots = grown(this.freeSlots, new Int32Array(capacity));
  }
}
