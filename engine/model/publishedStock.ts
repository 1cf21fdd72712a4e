import type { ModelContext } from './ModelContext.js';

/**
 * The stock a channel shows customers: on hand per SKU as it was `delay` seconds ago (the lag
 * of the integration that publishes stock to the channel). With no delay it is the live count.
 */
export class PublishedStock {
  private readonly shown: Float64Array;

  constructor(context: ModelContext, live: Float64Array, delay: number) {
    if (delay <= 0) {
      this.shown = live;
      return;
    }
    const shown = Float64Array.from(live);
    this.shown = shown;
    context.events.on('stockChanged', ({ sku, onHand }) => {
      context.simulation.schedule(delay, () => {
        shown[sku] = onHand;
      });
    });
  }

  /** Units of `sku` the channel shows as available. */
  available(sku: number): number {
    return this.shown[sku] as number;
  }
}
