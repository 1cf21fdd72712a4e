import type { Distribution } from '../../kernel/random/distributions/index.js';
import { clockSeconds, seconds } from '../duration.js';
import type { Scenario } from '../schema/scenario.js';
import type { RateCardTable } from '../rateCardTable.js';
import { weekdayMask } from './weekdayMask.js';
import { toDurationDistribution } from './toDistribution.js';

type CarrierConfig = Scenario['shipping']['carriers'][number];
type FreightConfig = NonNullable<Scenario['shipping']['freight']>;

/** One service a carrier offers: its pricing and transit times. */
export interface CarrierLane {
  readonly service: string;
  readonly rateMultiplier: number;
  /** Transit time from pick-up to the first delivery attempt, zone 2. */
  readonly transitTime: Distribution;
  /** Transit time added per zone above 2, engine time. */
  readonly transitPerZone: number;
  /** Transit time per zone, zones 2 to 8, when the scenario gives a table (replacing the two above). */
  readonly transitByZone: readonly Distribution[] | undefined;
  /** The loaded rate card, or undefined (a path means it was not read). */
  readonly rateCard: RateCardTable | string | undefined;
  readonly perKgOverRateCard: number | undefined;
}

/** When a carrier picks up: cut-off and pick-up (engine time after midnight), days and capacity. */
export interface PickupSchedule {
  readonly cutoff: number;
  readonly pickup: number;
  /** Whether the carrier picks up on each weekday, Monday first. */
  readonly days: readonly boolean[];
  readonly dailyCapacity: number;
}

/** A carrier in engine units. */
export interface CarrierSlice extends PickupSchedule {
  readonly name: string;
  readonly rates: CarrierConfig['rates'];
  /** Its services, in the scenario's order. */
  readonly lanes: readonly CarrierLane[];
}

/** The freight (LTL) carrier in engine units. */
export interface FreightSlice extends PickupSchedule {
  readonly name: string;
  readonly ratePerPallet: number;
  readonly ratePer100Kg: number;
  readonly minimumCharge: number;
  readonly fuelPercent: number;
  readonly transitTime: Distribution;
  /** Engine time per zone above 2. */
  readonly transitPerZone: number;
}

/** Carriers, the on-time quantile and the late penalty the carrier-selection policies weigh. */
export interface ShippingSlice {
  readonly carriers: readonly CarrierSlice[];
  readonly onTimeQuantile: number;
  /** Penalty per late delivered order (money). */
  readonly latePenalty: number;
  /** Undefined without freight. */
  readonly freight: FreightSlice | undefined;
  /** A carton's longest side (cm) for the oversize surcharge; undefined: the edge of a cube of the parcel's volume. */
  readonly cartonLongestSideCm: number | undefined;
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
      transitByZone: lane.transitByZone?.map((zone) => toDurationDistribution(zone)),
      rateCard: lane.rateCard,
      perKgOverRateCard: lane.perKgOverRateCard,
    })),
  };
}

function resolveFreight(freight: FreightConfig): FreightSlice {
  return {
    name: freight.carrier,
    cutoff: clockSeconds(freight.cutoff),
    pickup: clockSeconds(freight.pickup),
    days: weekdayMask(freight.days),
    dailyCapacity: freight.dailyCapacity,
    ratePerPallet: freight.ratePerPallet,
    ratePer100Kg: freight.ratePer100Kg,
    minimumCharge: freight.minimumCharge,
    fuelPercent: freight.fuelPercent,
    transitTime: toDurationDistribution(freight.transitTime),
    transitPerZone: seconds(freight.transitPerZone),
  };
}

/** The carrier side of the shipping section (and the late penalty) in engine units. */
export function resolveShipping(
  shipping: Scenario['shipping'],
  costs: Scenario['costs'],
  cartonization: Scenario['warehouse']['cartonization'],
): ShippingSlice {
  return {
    carriers: shipping.carriers.map(resolveCarrier),
    onTimeQuantile: shipping.onTimeQuantile,
    latePenalty: costs.latePenalty,
    freight: shipping.freight === undefined ? undefined : resolveFreight(shipping.freight),
    cartonLongestSideCm: cartonization?.longestSideCm,
  };
}
