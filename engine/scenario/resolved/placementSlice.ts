import type { Distribution } from '../../kernel/random/distributions/index.js';
import { DAY, HOUR } from '../../kernel/time.js';
import { clockSeconds, seconds } from '../duration.js';
import type { Scenario } from '../schema/scenario.js';
import { toCountDistribution } from './toDistribution.js';
import { resolvePackaging, type PackagingSlice } from './packagingSlice.js';

type ChannelConfig = Scenario['channels'][number];

/** One sales channel as the placement stage draws its orders. */
export interface ChannelDemand {
  readonly name: string;
  /** Average orders per day over a week (what inventory plans for). */
  readonly ordersPerDay: number;
  /**
   * Arrival rate (orders per engine time unit) in each hour of the week, Monday 00:00 first (168
   * values); undefined when the channel generates no orders (no rate, or it replays a history).
   */
  readonly arrivalRates: readonly number[] | undefined;
  /** Linear demand trend: rate multiplier gained per engine time unit. */
  readonly growthPerSecond: number;
  /** The replayed history (loaded columns; a path means it was not read), if any. */
  readonly orderHistory: ChannelConfig['orderHistory'];
  readonly linesPerOrder: Distribution;
  readonly unitsPerLine: Distribution;
  /** Service names and their relative shares, in the same order. */
  readonly services: readonly string[];
  readonly serviceWeights: readonly number[];
  /** Customer tier names and their relative shares, in the same order. */
  readonly tiers: readonly string[];
  readonly tierWeights: readonly number[];
  readonly manualProcessing: boolean;
  readonly residentialShare: number;
  /** How late the channel sees stock levels, engine time. */
  readonly syncDelay: number;
}

/** What placement needs: the channels, and the attributes an order gets when it is placed. */
export interface PlacementSlice {
  readonly channels: readonly ChannelDemand[];
  /** Relative share of destinations in zones 2 to 8. */
  readonly zoneWeights: readonly number[];
  /** Customer-facing cut-off, engine time after midnight: promises count from the first one at or after placement. */
  readonly promiseCutoff: number;
  /** Delivery promise of each service, engine time. */
  readonly promises: ReadonlyMap<string, number>;
  /** Rank of each customer tier (0 is the most valued). */
  readonly tierRank: ReadonlyMap<string, number>;
  /** Carton and pallet sizes: how many of each an order needs. */
  readonly packaging: PackagingSlice;
}

/** The 168 hourly arrival rates (orders per second) of a week, Monday 00:00 first. */
function weeklyRates(channel: ChannelConfig): number[] {
  const dayTotal = channel.weekdayProfile.reduce((sum, value) => sum + value, 0);
  const hourTotal = channel.hourlyProfile.reduce((sum, value) => sum + value, 0);
  const weeklyOrders = channel.ordersPerDay * 7;
  return channel.weekdayProfile.flatMap((day) =>
    channel.hourlyProfile.map((hour) => (weeklyOrders * (day / dayTotal) * (hour / hourTotal)) / HOUR),
  );
}

function resolveChannel(channel: ChannelConfig): ChannelDemand {
  const services = Object.keys(channel.serviceMix);
  const tiers = Object.keys(channel.tierMix);
  return {
    name: channel.name,
    ordersPerDay: channel.ordersPerDay,
    arrivalRates: channel.ordersPerDay > 0 && channel.orderHistory === undefined ? weeklyRates(channel) : undefined,
    growthPerSecond: channel.growthPerYear / (365 * DAY),
    orderHistory: channel.orderHistory,
    linesPerOrder: toCountDistribution(channel.linesPerOrder),
    unitsPerLine: toCountDistribution(channel.unitsPerLine),
    services,
    serviceWeights: services.map((service) => channel.serviceMix[service] as number),
    tiers,
    tierWeights: tiers.map((tier) => channel.tierMix[tier] as number),
    manualProcessing: channel.processing === 'manual',
    residentialShare: channel.residentialShare,
    syncDelay: seconds(channel.syncDelay),
  };
}

/** The demand side of the scenario in engine units. */
export function resolvePlacement(scenario: Scenario): PlacementSlice {
  return {
    channels: scenario.channels.map(resolveChannel),
    zoneWeights: scenario.shipping.zoneWeights,
    promiseCutoff: clockSeconds(scenario.shipping.promiseCutoff),
    promises: new Map(Object.entries(scenario.shipping.services).map(([service, { promise }]) => [service, seconds(promise)])),
    tierRank: new Map(Object.entries(scenario.customers.tiers).map(([tier, { rank }]) => [tier, rank])),
    packaging: resolvePackaging(scenario),
  };
}
