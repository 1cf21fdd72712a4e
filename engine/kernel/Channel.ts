/** Listener of one event type. */
export type Listener<Payload> = (payload: Payload) => void;

/**
 * The listeners of one event name. An emitting site that holds its channel (taken once, when
 * the site is built) reaches the listeners through one fixed field, where `Emitter.emit` must
 * look the name up: that one look-up site sees every name a model emits, and V8 can only handle
 * it through its slowest, megamorphic path (docs/measurements.md, sixteenth pass).
 */
export class Channel<Payload> {
  /** In subscription order; only `subscribe` adds to it, so no emitting site can drop or reorder another's listeners. */
  private readonly listeners: Array<Listener<Payload>> = [];

  /** Adds `listener` after those already subscribed (`Emitter.on` calls this). */
  subscribe(listener: Listener<Payload>): void {
    this.listeners.push(listener);
  }

  /** True when anyone listens: hot paths check it before building a payload nobody reads. */
  get listening(): boolean {
    return this.listeners.length > 0;
  }

  /** Delivers `payload` to every listener, in subscription order. */
  emit(payload: Payload): void {
    const listeners = this.listeners;
    // Indexed (length re-read each time, like for-of): called millions of times per replication.
    for (let i = 0; i < listeners.length; i++) (listeners[i] as Listener<Payload>)(payload);
  }
}
