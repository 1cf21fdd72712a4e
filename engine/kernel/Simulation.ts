import { CallBatch, type BatchRunner } from './CallBatch.js';
import { EventQueue, type ScheduledEvent } from './EventQueue.js';

/**
 * The simulation kernel: a clock and a future-event list driven by a plain synchronous
 * loop. It knows nothing about the domain; models schedule callbacks on it.
 */
export class Simulation {
  private readonly queue = new EventQueue();
  private clock = 0;
  private processed = 0;
  private stopRequested = false;

  /** Current simulation time (engine time unit). */
  get now(): number {
    return this.clock;
  }

  /** Events executed so far. */
  get eventsProcessed(): number {
    return this.processed;
  }

  /** Schedules `action` after `delay` (>= 0); lower `priority` runs first at equal times. Returns the event's id, for `cancel`. */
  schedule(delay: number, action: () => void, priority = 0): ScheduledEvent {
    if (!(delay >= 0)) throw new RangeError(`Simulation.schedule: delay must be >= 0, got ${delay}`);
    return this.queue.push(this.clock + delay, priority, action);
  }

  /** Schedules `action` at absolute time `time` (not in the past). */
  scheduleAt(time: number, action: () => void, priority = 0): ScheduledEvent {
    if (!(time >= this.clock)) {
      throw new RangeError(`Simulation.scheduleAt: time ${time} is before now (${this.clock})`);
    }
    return this.queue.push(time, priority, action);
  }

  /**
   * Schedules `handler(subject)` after `delay` (>= 0). Prefer it to a closure per event where a
   * handler can be made once: see `EventHandler`.
   */
  scheduleCall<Subject>(delay: number, handler: (subject: Subject) => void, subject: Subject, priority = 0): ScheduledEvent {
    if (!(delay >= 0)) throw new RangeError(`Simulation.scheduleCall: delay must be >= 0, got ${delay}`);
    return this.queue.pushCall(this.clock + delay, priority, handler, subject);
  }

  /** Schedules `handler(subject)` at absolute time `time` (not in the past). */
  scheduleCallAt<Subject>(time: number, handler: (subject: Subject) => void, subject: Subject, priority = 0): ScheduledEvent {
    if (!(time >= this.clock)) {
      throw new RangeError(`Simulation.scheduleCallAt: time ${time} is before now (${this.clock})`);
    }
    return this.queue.pushCall(time, priority, handler, subject);
  }

  /**
   * A batch of calls due at `time` that share one queue entry, each in the place of an event
   * scheduled when it is added (see CallBatch); `emptied` runs once all added so far are made.
   */
  callBatchAt(time: number, priority = 0, emptied?: () => void): CallBatch {
    if (!(time >= this.clock)) {
      throw new RangeError(`Simulation.callBatchAt: time ${time} is before now (${this.clock})`);
    }
    if (!Number.isFinite(priority)) throw new RangeError(`Simulation.callBatchAt: priority must be a finite number, got ${priority}`);
    return new CallBatch(this.queue, this.batchRunner, time, priority, emptied);
  }

  /** The simulation as its batches see it. */
  private readonly batchRunner: BatchRunner = ((simulation: Simulation): BatchRunner => ({
    get now(): number {
      return simulation.clock;
    },
    get stopping(): boolean {
      return simulation.stopRequested;
    },
    countCall(): void {
      simulation.processed++;
    },
    running(batch: CallBatch | undefined): void {
      simulation.batchRunning = batch;
    },
  }))(this);

  /** The batch making a call now (undefined between batches): its calls left are due now, though not in the queue. */
  private batchRunning: CallBatch | undefined = undefined;

  /** Cancels a scheduled event; cancelling twice or after it fired is harmless. */
  cancel(event: ScheduledEvent): void {
    this.queue.cancel(event);
  }

  /** Time of the next pending event, or Infinity when none. */
  peekTime(): number {
    if (this.batchRunning?.callsLeft === true) return this.clock;
    return this.queue.peekTime();
  }

  /** Asks `run` to return after the current event. */
  stop(): void {
    this.stopRequested = true;
  }

  /**
   * Executes events in order until the list is empty, `stop` is called or the next event
   * lies after `until`; the clock then stands at `until` (if finite and not stopped).
   */
  run(until = Infinity): void {
    if (Number.isNaN(until)) throw new RangeError('Simulation.run: until is NaN');
    // The batch's calls left are out of the queue: a nested run would make later events first.
    if (this.batchRunning !== undefined)
      throw new Error('Simulation.run: called from a batched call (CallBatch), which cannot run the simulation');
    this.stopRequested = false;
    const queue = this.queue;
    for (;;) {
      const handler = queue.nextDue(until);
      if (handler === undefined) break;
      this.clock = queue.time;
      this.processed++;
      const subject = queue.subject;
      // A closure event (no subject) is called with no argument: rest parameters and `arguments` see none.
      if (subject === undefined) (handler as () => void)();
      else handler(subject);
      if (this.stopRequested) return;
    }
    if (until !== Infinity && until > this.clock) this.clock = until;
  }
}
