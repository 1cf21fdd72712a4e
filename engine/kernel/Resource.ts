import { createRequestQueue, type PendingRequest, type QueueDiscipline, type RequestQueue } from './RequestQueue.js';

// Returned for requests granted on the spot: nothing waits, so there is nothing to cancel.
const GRANTED: PendingRequest = Object.freeze({ priority: 0, seq: -1, grant: () => undefined, subject: undefined, cancelled: false });

// The subject of a request made by `request`: its handler is called with no argument, as it always was.
const NO_SUBJECT: unique symbol = Symbol('no subject');

/** Options of a `Resource`. */
export interface ResourceOptions {
  /** Units available at the start (>= 0). */
  readonly capacity: number;
  /** Waiting-line discipline; default `fifo`. */
  readonly discipline?: QueueDiscipline;
}

/** Called after every change of busy units or capacity, with the new values (a unit released straight to a waiting request is no change). */
export type ResourceListener = (busy: number, capacity: number) => void;

/**
 * A pool of identical units (pickers, packers, clerks). `request` grants a unit at once
 * when one is free, otherwise queues; `release` hands the unit to the next in line.
 * Capacity may change at any time (shifts): units already busy finish their work, and
 * no new grant happens while busy >= capacity.
 */
export class Resource {
  private busyUnits = 0;
  private units: number;
  private readonly waiting: RequestQueue;
  private nextSeq = 0;
  private readonly listeners: ResourceListener[] = [];

  constructor(options: ResourceOptions) {
    if (!(options.capacity >= 0) || !Number.isInteger(options.capacity)) {
      throw new RangeError(`Resource: capacity must be an integer >= 0, got ${options.capacity}`);
    }
    this.units = options.capacity;
    this.waiting = createRequestQueue(options.discipline ?? 'fifo');
  }

  /** Units in use. */
  get busy(): number {
    return this.busyUnits;
  }

  /** Units available now (may be below `busy` right after a capacity cut). */
  get capacity(): number {
    return this.units;
  }

  /** Requests waiting (cancelled ones may still be counted until they reach the front). */
  get queueLength(): number {
    return this.waiting.length;
  }

  /** Subscribes to changes of busy units or capacity. */
  onChange(listener: ResourceListener): void {
    this.listeners.push(listener);
  }

  /**
   * Asks for one unit; `onGrant` runs synchronously when it is granted (now or at a
   * later release). Lower `priority` is served first under the `priority` discipline.
   */
  request(onGrant: () => void, priority = 0): PendingRequest {
    if (this.busyUnits < this.units && this.waiting.length === 0) {
      this.take();
      onGrant();
      return GRANTED;
    }
    return this.enqueue(onGrant, NO_SUBJECT, priority);
  }

  /**
   * `request` for a handler made once (a stage's method bound to it, say) and the subject to
   * grant it with: a request waiting for hours keeps no closure alive, and none is made.
   */
  requestCall<Subject>(onGrant: (subject: Subject) => void, subject: Subject, priority = 0): PendingRequest {
    if (this.busyUnits < this.units && this.waiting.length === 0) {
      this.take();
      onGrant(subject);
      return GRANTED;
    }
    // Granted only with its own subject, so the wider type is safe (as EventQueue.pushCall).
    return this.enqueue(onGrant as (subject?: unknown) => void, subject, priority);
  }

  /** Withdraws a waiting request (no effect once granted). */
  cancel(request: PendingRequest): void {
    if (request === GRANTED) return;
    request.cancelled = true;
  }

  /**
   * Returns one unit and grants waiting requests while units are free. A unit that goes
   * straight to a waiting request is one change for the listeners, not a fall and a rise at
   * the same instant (a time-weighted level gains nothing from the zero-length step between).
   */
  release(): void {
    if (this.busyUnits <= 0) throw new RangeError('Resource.release: no unit is busy');
    this.busyUnits--;
    if (this.waiting.length > 0 && this.grantWaiting()) return;
    this.notify();
  }

  /** Changes the number of units (e.g. at a shift change). */
  setCapacity(capacity: number): void {
    if (!(capacity >= 0) || !Number.isInteger(capacity)) {
      throw new RangeError(`Resource.setCapacity: capacity must be an integer >= 0, got ${capacity}`);
    }
    this.units = capacity;
    this.notify();
    this.grantWaiting();
  }

  private enqueue(grant: (subject?: unknown) => void, subject: unknown, priority: number): PendingRequest {
    const request: PendingRequest = { priority, seq: this.nextSeq++, grant, subject, cancelled: false };
    this.waiting.push(request);
    return request;
  }

  private take(): void {
    this.busyUnits++;
    this.notify();
  }

  /** Grants waiting requests while units are free; true when it granted one. */
  private grantWaiting(): boolean {
    let granted = false;
    while (this.busyUnits < this.units) {
      const next = this.waiting.shift();
      if (next === undefined) break;
      if (next.cancelled) continue;
      this.take();
      granted = true;
      if (next.subject === NO_SUBJECT) next.grant();
      else next.grant(next.subject);
    }
    return granted;
  }

  private notify(): void {
    const listeners = this.listeners;
    if (listeners.length === 0) return;
    for (let i = 0; i < listeners.length; i++) (listeners[i] as ResourceListener)(this.busyUnits, this.units);
  }
}
