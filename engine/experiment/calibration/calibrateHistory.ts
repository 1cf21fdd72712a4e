import { countHistogram, type CountHistogram } from '../../stats/countHistogram.js';
import type { CountDistributionJson } from '../../scenario/schema/distribution.js';
import type { HistoryColumns } from '../../scenario/historyColumns.js';
import { ScenarioError } from '../../scenario/ScenarioError.js';
import { arrivalWindow, fitArrivals, type ArrivalFit, type ArrivalWindow } from './arrivalFit.js';
import { fitCountDistribution, type CountDistributionFit } from './countDistributionFit.js';
import { drawsMeanForLines, drawsTableForLines, expectedDistinctLines, expectedDistinctOfDraws } from './linesMergeCorrection.js';
import { fitPopularity, type PopularityFit } from './skuPopularity.js';

/** One channel's fitted demand. */
export interface ChannelCalibration {
  readonly name: string;
  readonly arrivals: ArrivalFit;
  /** Lines per order and units per line as the history has them, and the distribution chosen for each. */
  readonly linesHistogram: CountHistogram;
  readonly lines: CountDistributionFit;
  readonly unitsHistogram: CountHistogram;
  readonly units: CountDistributionFit;
  /** What the scenario gets: linesPerOrder counts SKU draws, corrected for repeated draws merging. */
  readonly linesPerOrder: CountDistributionJson;
  readonly unitsPerLine: CountDistributionJson;
  /** Expected lines per order the simulator will produce with linesPerOrder and the catalog's popularity. */
  readonly simulatedLinesPerOrder: number;
  /** Orders per service the history names (undefined when it names none). */
  readonly services: ReadonlyMap<string, number> | undefined;
  /** Orders with no service named. */
  readonly ordersWithoutService: number;
}

/** A whole calibration: the window, every channel of the history, and the catalog's popularity. */
export interface Calibration {
  readonly window: ArrivalWindow;
  /** The history's time 0 (ISO, a Monday 00:00 UTC): the window's days count from it. */
  readonly start: string;
  readonly channels: readonly ChannelCalibration[];
  readonly popularity: PopularityFit;
  /** Days from the first order's day to the last order's, both included: per-SKU demand counts over them. */
  readonly spanDays: number;
}

/** What a calibration is fitted from. */
export interface CalibrationInput {
  /** The history file as shown in messages. */
  readonly source: string;
  /** Each channel's orders, as readOrderHistory returns them. */
  readonly histories: ReadonlyMap<string, HistoryColumns>;
  /** SKU codes of the catalog (file order) and the file as shown, when the user gave one. */
  readonly catalog?: { readonly display: string; readonly codes: readonly string[] } | undefined;
}

const round = (value: number): number => Number(value.toFixed(4));

/** The distribution JSON for a fit; with SKU shares, lines become SKU draws whose expected distinct SKUs match the fit (drawsMeanForLines, drawsTableForLines). */
function distributionJson(fit: CountDistributionFit, shares?: Float64Array): CountDistributionJson {
  switch (fit.family) {
    case 'constant':
      return { dist: 'constant', value: fit.value };
    case 'poisson': {
      const { shift, mean } = fit.poisson;
      const draws = shares === undefined ? mean : (drawsMeanForLines(shift, shift + mean, shares) ?? mean);
      return { dist: 'poisson', mean: round(draws), shift };
    }
    case 'empirical':
      return shares === undefined
        ? { dist: 'empirical', values: [...fit.values], weights: [...fit.weights] }
        : { dist: 'empirical', ...drawsTableForLines(fit.values, fit.weights, shares) };
  }
}

/** Expected distinct lines per order the simulator produces from `lines` draws. */
function simulatedLines(lines: CountDistributionJson, shares: Float64Array): number {
  switch (lines.dist) {
    case 'constant':
      return expectedDistinctOfDraws(Math.max(1, lines.value), shares);
    case 'poisson':
      return expectedDistinctLines(lines.shift, lines.mean, shares);
    case 'empirical': {
      const weights = lines.weights ?? lines.values.map(() => 1);
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      return (
        lines.values.reduce(
          (sum, draws, index) => sum + (weights[index] as number) * expectedDistinctOfDraws(Math.max(1, draws), shares),
          0,
        ) / total
      );
    }
  }
}

function calibrateChannel(name: string, history: HistoryColumns, window: ArrivalWindow, shares: Float64Array): ChannelCalibration {
  const orders = history.hours.length;
  const linesHistogram = countHistogram(
    Array.from({ length: orders }, (_, order) => (history.lineStart[order + 1] as number) - (history.lineStart[order] as number)),
  );
  const unitsHistogram = countHistogram(history.lineUnits);
  const lines = fitCountDistribution(linesHistogram);
  const units = fitCountDistribution(unitsHistogram);
  const linesPerOrder = distributionJson(lines, shares);
  const counts = new Map<string, number>();
  let ordersWithoutService = 0;
  for (const service of history.orderService) {
    if (service === 0) ordersWithoutService++;
    else {
      const named = history.services[service - 1] as string;
      counts.set(named, (counts.get(named) ?? 0) + 1);
    }
  }
  return {
    name,
    arrivals: fitArrivals(history, window),
    linesHistogram,
    lines,
    unitsHistogram,
    units,
    linesPerOrder,
    unitsPerLine: distributionJson(units),
    simulatedLinesPerOrder: simulatedLines(linesPerOrder, shares),
    services: counts.size === 0 ? undefined : counts,
    ordersWithoutService,
  };
}

/**
 * Fits every channel of a history: arrival profiles, rate and trend over the whole weeks of its
 * span, lines per order and units per line, the service mix, and SKU popularity over all
 * channels (the scenario has one catalog). Throws a ScenarioError when the history spans less
 * than a week or names a SKU the catalog does not list.
 */
export function calibrateHistory({ source, histories, catalog }: CalibrationInput): Calibration {
  const window = arrivalWindow(histories.values());
  if (window === undefined)
    throw new ScenarioError(source, [
      {
        path: [],
        message:
          'the history spans less than a week: calibrate needs at least 7 days of orders (weekday profile and rate over whole weeks)',
      },
    ]);
  const popularity = fitPopularity([...histories.values()], catalog?.codes);
  if (popularity.unknown !== undefined)
    throw new ScenarioError(catalog?.display ?? source, [
      { path: [], message: `the history ${source} names SKU "${popularity.unknown}", which the catalog does not list` },
    ]);
  const { fit } = popularity;
  const channels = [...histories].map(([name, history]) => calibrateChannel(name, history, window, fit.shares));
  const start = histories.values().next().value?.start ?? '';
  let first = Infinity;
  let last = -Infinity;
  for (const { hours } of histories.values()) {
    if (hours.length === 0) continue;
    first = Math.min(first, Math.floor((hours[0] as number) / 24));
    last = Math.max(last, Math.floor((hours[hours.length - 1] as number) / 24));
  }
  return { window, start, channels, popularity: fit, spanDays: last - first + 1 };
}
