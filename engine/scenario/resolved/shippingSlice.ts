import type { Distribution } from '../../kernel/random/distributions/index.js';
import { clockSeconds, seconds } from '../duration.js';
import type { Scenario } from '../schema/scenario.js';
import { weekdayMask } from './weekdayMask.js';
import { toDurationDistribution } from './toDistribution.js';

type CarrierConfig = Scenario['shipping']['carriers'][number];

/** One service a carrier offers: its rate multiplier and transit times. */
export interface CarrierLane {
  readonly service: string;
  readonly rateMultiplier: number;
  /** Transit time from pick-up to the first delivery attempt, zone 2. */
  readonly transitTime: Distribution;
  /** Transit time added per zone above 2, engine time. */
  readonly transitPerZone: number;
}

/** A carrier in engine units. */
export interface CarrierSlice {
  readonly name: string;
  /** Cut-off and pick-up, engine time after midnight. */
  readonly cutoff: number;
  readonly pickup: number;
  /** Whether the carrier picks up on each weekday, Monday first. */
  readonly days: readonly boolean[];
  readonly dailyCapacity: number;
  readonly rates: CarrierConfig['rates'];
  /** Its services, in the scenario's order. */
  readonly lanes: readonly CarrierLane[];
}

/** Carriers, the on-time quantile and the late penalty the carrier-selection policies weigh. */
export interface ShippingSlice {
  readonly carriers: readonly CarrierSlice[];
  readonly onTimeQuantile: number;
  /** Penalty per late delivered order (money). */
  readonly latePenalty: number;
}

function resolveCarrier(carrier: CarrierConfig): CarrierSlice {
  return {
    name: carrier.name,
    cutoff: clockSeconds(carrier.cutoff),
    pickup: clockSeconds(carrier.pickup),
    days: weekdayMask(carrier.days),
    dailyCapacity: carrier.dailyCapacity,
    rates: carrier.rates,
    lanes: Object.entries(carrier.services).map(([service, lane]) => ({
      service,
      rateMultiplier: lane.rateMultiplier,
      transitTime: toDurationDistribution(lane.transitTime),
      transitPerZone: seconds(lane.transitPerZone),
    })),
  };
}

/** The carrier side of the shipping section (and the late penalty) in engine units. */
export function resolveShipping(shipping: Scenario['shipping'], costs: Scenario['costs']): ShippingSlice {
  return { carriers: shipping.carriers.map(resolveCarrier), onTimeQuantile: shipping.onTimeQuantile, latePenalty: costs.latePenalty };
}
