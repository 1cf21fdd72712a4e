import { Channel, type Listener } from './Channel.js';

export type { Listener } from './Channel.js';

/**
 * A typed publish/subscribe hub. The event map is declared once by the model; observers
 * subscribe by name and receive events synchronously, in subscription order. A busy emitting
 * site takes its name's `channel` once and emits through it.
 */
export class Emitter<Events extends { [Name in keyof Events]: unknown }> {
  private readonly channels = new Map<keyof Events, Channel<unknown>>();

  /**
   * The channel of `name`, the same object for every call: listeners subscribed later (before
   * or after) are on it too.
   */
  channel<Name extends keyof Events>(name: Name): Channel<Events[Name]> {
    let channel = this.channels.get(name) as Channel<Events[Name]> | undefined;
    if (channel === undefined) {
      channel = new Channel<Events[Name]>();
      // The map holds every name's channel under one type; `channel` and `emit` cast it back.
      this.channels.set(name, channel as Channel<unknown>);
    }
    return channel;
  }

  /** Subscribes `listener` to events called `name`. */
  on<Name extends keyof Events>(name: Name, listener: Listener<Events[Name]>): void {
    this.channel(name).subscribe(listener);
  }

  /**
   * True when `name` has listeners. Hot paths check it before building a payload: an event
   * emitted for every order line or parcel with nobody listening would still allocate one.
   */
  listens<Name extends keyof Events>(name: Name): boolean {
    return this.channels.get(name)?.listening === true;
  }

  /** Delivers `payload` to every listener of `name`. */
  emit<Name extends keyof Events>(name: Name, payload: Events[Name]): void {
    (this.channels.get(name) as Channel<Events[Name]> | undefined)?.emit(payload);
  }
}
