import type { EventHandler, EventQueue, ScheduledEvent } from './EventQueue.js';

/** What a CallBatch needs of the simulation that runs it, besides its queue. */
export interface BatchRunner {
  /** The simulation's clock. */
  readonly now: number;
  /** True once `stop` asked the run to return after the current event. */
  readonly stopping: boolean;
  /** Counts a call as an event executed (the loop counted the one that started the batch's turn). */
  countCall(): void;
  /** The batch making its calls (undefined once it stops): its calls left are still due, though out of the queue. */
  running(batch: CallBatch | undefined): void;
}

/**
 * Calls due at one time that share one entry of the future-event list, each keeping the place
 * it would have had as an event of its own: `add` reserves the call's id in the queue's order,
 * and the batch yields (queued again under the next call's id) whenever an event comes before
 * that call, whether queued between two `add`s or by a call just made. The results are the
 * same as one event a call, the events counted the same; what is saved is a heap entry and a
 * sift a call. Made for many calls at one instant booked over days (a carrier's pick-up).
 *
 * While the batch makes a call, its calls left are out of the queue: `Simulation.peekTime`
 * counts them, and `Simulation.run` refuses to be called from the call (it would run later
 * events first). A call that throws leaves the calls after it queued, as events would be. The
 * calls' ids are not handed out: they cannot be cancelled.
 */
export class CallBatch {
  /** The queue's handler for every batch, the batch its subject: the only way to its turn. */
  private static readonly runBatch = (batch: CallBatch): void => batch.runDue();
  private readonly handlers: EventHandler[] = [];
  private readonly subjects: unknown[] = [];
  private readonly ids: ScheduledEvent[] = [];
  /** Index of the next call to make. */
  private next = 0;
  /** In the queue or running: a call added now is made in turn without an entry of its own. */
  private pending = false;

  constructor(
    private readonly queue: EventQueue,
    private readonly runner: BatchRunner,
    readonly time: number,
    private readonly priority: number,
    /** Called once every call added so far has been made. */
    private readonly emptied?: () => void,
  ) {}

  /** Calls `handler(subject)` at the batch's time, in the place of an event scheduled now. */
  add<Subject>(handler: (subject: Subject) => void, subject: Subject): void {
    if (!(this.time >= this.runner.now)) throw new RangeError(`CallBatch.add: time ${this.time} is before now (${this.runner.now})`);
    const id = this.queue.reserve();
    // The queue hands each handler back the subject it was given, so the wider type is safe.
    this.handlers.push(handler as EventHandler);
    this.subjects.push(subject);
    this.ids.push(id);
    if (this.pending) return;
    this.pending = true;
    this.queue.pushCallAs(id, this.time, this.priority, CallBatch.runBatch, this);
  }

  /** True while calls added are still to be made. */
  get callsLeft(): boolean {
    return this.next < this.handlers.length;
  }

  /** The batch's turn (the queue's event): its calls in order until an event comes first. */
  private runDue(): void {
    const { handlers, subjects, ids, queue, runner } = this;
    runner.running(this);
    try {
      for (let first = true; this.next < handlers.length; first = false) {
        const index = this.next;
        if (!first) {
          if (runner.stopping || queue.firesBefore(this.time, this.priority, ids[index] as ScheduledEvent)) {
            this.queueNext();
            return;
          }
          runner.countCall();
        }
        this.next = index + 1;
        try {
          (handlers[index] as EventHandler)(subjects[index]);
        } catch (error) {
          // As with an event a call: the calls after it stay queued for a run that goes on.
          if (this.callsLeft) this.queueNext();
          else this.empty();
          throw error;
        }
      }
      this.empty();
    } finally {
      runner.running(undefined);
    }
  }

  /** Queues the batch again under its next call's id. */
  private queueNext(): void {
    this.queue.pushCallAs(this.ids[this.next] as ScheduledEvent, this.time, this.priority, CallBatch.runBatch, this);
  }

  /** Every call made: lets go of them; the next `add` queues the batch again. */
  private empty(): void {
    this.handlers.length = 0;
    this.subjects.length = 0;
    this.ids.length = 0;
    this.next = 0;
    this.pending = false;
    this.emptied?.();
  }
}
