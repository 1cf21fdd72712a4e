import type { Calibration, ChannelCalibration } from './calibrateHistory.js';

/** What the calibrated scenario must know of its base: each channel's name and the services of its serviceMix. */
export interface BaseChannel {
  readonly name: string;
  readonly services: readonly string[];
}

/** How the calibrated scenario is written. */
export interface CalibratedScenarioOptions {
  /** The base scenario, as the written file's `extends` names it (relative to the written file's folder). */
  readonly extends: string;
  readonly description: string;
  /** The base's channels (merged by name: those the history lacks get no demand). */
  readonly baseChannels: readonly BaseChannel[];
  /** The SKU master the catalog is (`--catalog`), relative to the written file's folder; undefined: a synthetic catalog. */
  readonly catalogFile?: string | undefined;
}

const share = (count: number, total: number): number => Number((count / total).toFixed(6));

/** The channel's service mix: the history's shares, and 0 for the base's other services (the merge keeps base keys otherwise). */
function serviceMix(channel: ChannelCalibration, base: BaseChannel | undefined): Record<string, number> | undefined {
  if (channel.services === undefined) return undefined;
  const total = [...channel.services.values()].reduce((sum, count) => sum + count, 0);
  const mix: Record<string, number> = {};
  for (const service of base?.services ?? []) mix[service] = 0;
  for (const [service, count] of channel.services) mix[service] = share(count, total);
  return mix;
}

function channelJson(channel: ChannelCalibration, base: BaseChannel | undefined): Record<string, unknown> {
  const { arrivals } = channel;
  const mix = serviceMix(channel, base);
  return {
    name: channel.name,
    ordersPerDay: arrivals.ordersPerDay,
    hourlyProfile: arrivals.hourlyProfile,
    weekdayProfile: arrivals.weekdayProfile,
    growthPerYear: arrivals.growthPerYear,
    linesPerOrder: channel.linesPerOrder,
    unitsPerLine: channel.unitsPerLine,
    ...(mix === undefined ? {} : { serviceMix: mix }),
  };
}

/**
 * The scenario a calibration writes: it extends the base, sets the catalog's size and
 * popularity (and names the SKU master when one was given), and gives every channel of the history its fitted demand. The base's channels
 * that the history does not have get ordersPerDay 0 (channels merge by name, so leaving them
 * out would keep their synthetic demand). No orderHistory: the demand is generated.
 */
export function calibratedScenario(calibration: Calibration, options: CalibratedScenarioOptions): Record<string, unknown> {
  const { popularity } = calibration;
  const named = new Set(calibration.channels.map(({ name }) => name));
  const bases = new Map(options.baseChannels.map((base) => [base.name, base]));
  return {
    description: options.description,
    extends: options.extends,
    catalog: {
      ...(options.catalogFile === undefined ? {} : { file: options.catalogFile }),
      skus: popularity.skus.length,
      popularity:
        popularity.written === 'zipf'
          ? { dist: 'zipf', exponent: Number(popularity.zipf.exponent.toFixed(4)) }
          : { dist: 'empirical', weights: popularity.skus.map(({ lines }) => lines) },
    },
    channels: [
      ...calibration.channels.map((channel) => channelJson(channel, bases.get(channel.name))),
      ...options.baseChannels.filter(({ name }) => !named.has(name)).map(({ name }) => ({ name, ordersPerDay: 0 })),
    ],
  };
}
