import { createSampler, distributionMean, type Distribution, type Sampler } from '../../kernel/random/distributions/index.js';
import type { RandomStreams } from '../../kernel/random/RandomStream.js';
import type { Order } from '../../domain/Order.js';
import type { CarrierLane, CarrierSlice } from '../../scenario/resolved/shippingSlice.js';
import { percentile } from '../../stats/summary.js';
import type { ServicePricing } from '../parcelCharge.js';

// A carrier's lanes as the shipping stage plans them: transit times per zone, drawn from each
// lane's own streams, with what the selection policies read from them.

/** Transit times to one zone: a distribution and what the selection policies read from it. */
export interface ZoneTransit {
  readonly transit: Sampler;
  readonly transitMean: number;
  /** Transit time at the scenario's on-time quantile (estimated from 4,001 draws of its own stream). */
  readonly transitQuantile: number;
  /** Those 4,001 draws, sorted: the transit-time distribution the lp policy prices lateness with. */
  readonly transitSample: Float64Array;
  /** Engine time added to every draw (the per-zone transit of a lane without a zone table). */
  readonly offset: number;
  /** The pick-up event's handler for a parcel on this lane, made once (parcels wait up to days for it). */
  readonly pickUp: (order: Order) => void;
}

/** Ships an order on a lane at its pick-up. */
export type PickUp = (order: Order, lane: ZoneTransit) => void;

/** A carrier's service: its pricing and its transit per zone. */
export interface ServiceLane {
  readonly pricing: ServicePricing;
  /** Transit per destination zone, zones 2 to 8. */
  readonly zones: readonly ZoneTransit[];
}

/** A service's pricing and its transit per zone. */
export function planLane(
  carrier: CarrierSlice,
  lane: CarrierLane,
  streams: RandomStreams,
  onTimeQuantile: number,
  pickUp: PickUp,
): ServiceLane {
  const name = `shipping:${carrier.name}:${lane.service}`;
  const card = lane.rateCard;
  if (typeof card === 'string')
    throw new Error(
      `shipping: ${carrier.name}'s rate card "${card}" for ${lane.service} was not loaded (read scenarios with readScenario)`,
    );
  const byZone = lane.transitByZone;
  return {
    pricing: { rateMultiplier: lane.rateMultiplier, rateCard: card, perKgOverRateCard: lane.perKgOverRateCard },
    zones:
      byZone === undefined
        ? zoneTransits(lane.transitTime, lane.transitPerZone, name, streams, onTimeQuantile, pickUp)
        : byZone.map((distribution, index) =>
            withPickUp(zoneTransit(distribution, 0, `${name}:zone${index + 2}`, streams, onTimeQuantile), pickUp),
          ),
  };
}

/** One distribution for zone 2, shifted by `perZone` for each zone above 2 (zones 2 to 8 share its streams). */
export function zoneTransits(
  distribution: Distribution,
  perZone: number,
  name: string,
  streams: RandomStreams,
  onTimeQuantile: number,
  pickUp: PickUp,
): ZoneTransit[] {
  const zone2 = zoneTransit(distribution, 0, name, streams, onTimeQuantile);
  return [2, 3, 4, 5, 6, 7, 8].map((zone) => withPickUp({ ...zone2, offset: perZone * (zone - 2) }, pickUp));
}

/** A lane with its own pick-up handler. */
function withPickUp(transit: Omit<ZoneTransit, 'pickUp'>, pickUp: PickUp): ZoneTransit {
  const lane: ZoneTransit = { ...transit, pickUp: (order) => pickUp(order, lane) };
  return lane;
}

function zoneTransit(
  distribution: Distribution,
  offset: number,
  name: string,
  streams: RandomStreams,
  onTimeQuantile: number,
): Omit<ZoneTransit, 'pickUp'> {
  const transitSample = sortedSample(createSampler(distribution, streams.get(`${name}:quantile`)));
  return {
    transit: createSampler(distribution, streams.get(`${name}:transit`)),
    transitMean: distributionMean(distribution),
    transitQuantile: percentile(Array.from(transitSample), onTimeQuantile),
    transitSample,
    offset,
  };
}

/** 4,001 transit times drawn from a lane's own stream, sorted. */
function sortedSample(draw: Sampler): Float64Array {
  // A plain loop: Float64Array.from over an array-like with a mapping function is V8's slow path.
  const sample = new Float64Array(4001);
  for (let i = 0; i < sample.length; i++) sample[i] = Math.max(0, draw());
  return sample.sort();
}

/** Share of a sorted sample above `limit`: the chance a transit time exceeds it. */
export function lateShare(sorted: Float64Array, limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as number) <= limit) low = middle + 1;
    else high = middle;
  }
  return (sorted.length - low) / sorted.length;
}
