import seedrandom from 'seedrandom';

/** How one channel of a synthetic history places orders. */
export interface SyntheticChannel {
  readonly name: string;
  /** Orders per day on day 0, before the profiles shape it. */
  readonly ordersPerDay: number;
  /** Relative rate per hour 0-23 and per weekday Monday-Sunday (any scale). */
  readonly hourlyProfile: readonly number[];
  readonly weekdayProfile: readonly number[];
  /** Linear trend: the rate on day d is multiplied by 1 + growthPerYear · d / 365. */
  readonly growthPerYear: number;
  /** Lines per order: 1 + Poisson(linesMean), each line a different SKU. */
  readonly linesMean: number;
  /** Units per line: 1 + Poisson(mean), or 1 + Geometric (failures before the first success, success probability p). */
  readonly units: { readonly dist: 'poisson'; readonly mean: number } | { readonly dist: 'geometric'; readonly p: number };
  /** Relative share of each service, or undefined to leave the service column empty. */
  readonly serviceMix?: Readonly<Record<string, number>>;
}

/** A synthetic order history: known demand, written in the CSV format `fulfill` reads. */
export interface SyntheticHistoryOptions {
  readonly seed: number;
  readonly weeks: number;
  /** SKUs SKU-00001 (most popular) to SKU-n, drawn with Zipf popularity. */
  readonly skus: number;
  readonly zipfExponent: number;
  readonly channels: readonly SyntheticChannel[];
}

/** The first day: Monday 2024-03-04, 00:00 UTC (the history's time 0). */
export const SYNTHETIC_START = Date.UTC(2024, 2, 4);

function poisson(random: () => number, mean: number): number {
  // Knuth's product method for small means; a sum of halves keeps exp(-mean) representable.
  if (mean > 30) return poisson(random, mean / 2) + poisson(random, mean / 2);
  const limit = Math.exp(-mean);
  let count = 0;
  for (let product = random(); product > limit; product *= random()) count++;
  return count;
}

function pick(random: () => number, cumulative: Float64Array): number {
  const u = random() * (cumulative[cumulative.length - 1] as number);
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cumulative[middle] as number) <= u) low = middle + 1;
    else high = middle;
  }
  return low;
}

const cumulativeOf = (weights: readonly number[]): Float64Array => {
  let total = 0;
  return Float64Array.from(weights, (weight) => (total += weight));
};

const code = (rank: number): string => `SKU-${String(rank + 1).padStart(5, '0')}`;

/**
 * A seeded order history: each channel's orders arrive hour by hour as Poisson counts with
 * rate ordersPerDay × (1 + growth·day/365) × weekday share × hourly share (each share
 * normalised), at uniform times within the hour; each order has 1 + Poisson(linesMean)
 * lines of different SKUs drawn by Zipf popularity (a repeat is drawn again, as a real
 * order's lines name different SKUs), each with its units, and one service.
 * Returns the CSV text (rows in time order) and the SKU codes by popularity rank.
 */
export function syntheticHistory(options: SyntheticHistoryOptions): { csv: string; skuCodes: string[] } {
  const random = seedrandom(String(options.seed));
  const skuCumulative = cumulativeOf(Array.from({ length: options.skus }, (_, rank) => (rank + 1) ** -options.zipfExponent));
  const rows: Array<{ time: number; text: string }> = [];
  let orderNumber = 0;
  for (const channel of options.channels) {
    const hourTotal = channel.hourlyProfile.reduce((sum, value) => sum + value, 0);
    const dayTotal = channel.weekdayProfile.reduce((sum, value) => sum + value, 0);
    const services = channel.serviceMix === undefined ? [] : Object.keys(channel.serviceMix);
    const serviceCumulative = cumulativeOf(services.map((service) => channel.serviceMix?.[service] ?? 0));
    for (let day = 0; day < options.weeks * 7; day++) {
      const dayRate =
        (channel.ordersPerDay * (1 + (channel.growthPerYear * day) / 365) * ((channel.weekdayProfile[day % 7] as number) * 7)) / dayTotal;
      for (let hour = 0; hour < 24; hour++) {
        const count = poisson(random, (dayRate * (channel.hourlyProfile[hour] as number)) / hourTotal);
        for (let order = 0; order < count; order++) {
          const time = SYNTHETIC_START + (day * 24 + hour + random()) * 3600_000;
          const id = `${channel.name.toUpperCase()}-${100000 + orderNumber++}`;
          const service = services.length === 0 ? '' : (services[pick(random, serviceCumulative)] as string);
          // Lines name different SKUs, as in a real history: a SKU drawn again is redrawn.
          const lines = Math.min(options.skus, 1 + poisson(random, channel.linesMean));
          const chosen = new Set<number>();
          while (chosen.size < lines) chosen.add(pick(random, skuCumulative));
          const timestamp = new Date(Math.floor(time / 1000) * 1000).toISOString().slice(0, 19);
          for (const sku of chosen) {
            const units =
              channel.units.dist === 'poisson'
                ? 1 + poisson(random, channel.units.mean)
                : 1 + Math.floor(Math.log(1 - random()) / Math.log(1 - channel.units.p));
            rows.push({ time, text: `${timestamp},${id},${channel.name},${code(sku)},${units},${service}` });
          }
        }
      }
    }
  }
  rows.sort((p, q) => p.time - q.time);
  return {
    csv: `timestamp,order,channel,sku,quantity,service\n${rows.map(({ text }) => text).join('\n')}\n`,
    skuCodes: Array.from({ length: options.skus }, (_, rank) => code(rank)),
  };
}
