import type { DayLog, DayLogTour, StepSeries } from '../../../../engine/index.js';

/** A picker on a tour at one moment: who (zone and walker), where (metres) and the tour's picks. */
export interface PickerPosition {
  readonly zone: number;
  readonly picker: number;
  readonly x: number;
  readonly y: number;
  /** The tour's picks `[x, y, ...]` (warehouse metres). */
  readonly picks: readonly number[];
}

/** The first index in sorted `values` whose value is greater than `value`. */
export function upperBound(values: readonly number[], value: number, from = 0, to = values.length): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The level of a step series at time `t`. */
export function levelAt(series: StepSeries, t: number): number {
  const index = upperBound(series.time, t) - 1;
  return index < 0 ? 0 : (series.value[index] as number);
}

/** Where a tour's picker is at time `t` (start <= t < end): between two waypoints, by straight interpolation. */
function positionOnTour(tour: DayLogTour, t: number): { x: number; y: number } {
  const points = tour.waypoints;
  const count = points.length / 3;
  // Binary search over the waypoints' times (every third number).
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((points[middle * 3] as number) <= t) low = middle + 1;
    else high = middle;
  }
  const after = Math.min(count - 1, low);
  const before = Math.max(0, low - 1);
  const t0 = points[before * 3] as number;
  const t1 = points[after * 3] as number;
  const share = t1 > t0 ? Math.min(1, Math.max(0, (t - t0) / (t1 - t0))) : 1;
  const x0 = points[before * 3 + 1] as number;
  const y0 = points[before * 3 + 2] as number;
  return { x: x0 + ((points[after * 3 + 1] as number) - x0) * share, y: y0 + ((points[after * 3 + 2] as number) - y0) * share };
}

/**
 * A day log indexed for drawing any moment without replaying: arrivals per channel and tours
 * sorted by time, with the longest tour known, so that a frame looks up what is active with
 * binary searches and touches only the active things.
 */
export class PlaybackIndex {
  /** Arrival times of each channel, sorted. */
  readonly arrivalsByChannel: number[][];
  /** Every arrival time, sorted, and its channel. */
  readonly arrivalTimes: number[];
  readonly arrivalChannels: number[];
  private readonly tours: DayLogTour[];
  private readonly tourStarts: number[];
  private readonly longestTour: number;
  /** Pick-up times sorted, and cumulative parcels per carrier after each pick-up. */
  readonly carriers: string[];

  constructor(readonly log: DayLog) {
    const order = log.arrivals.time
      .map((_, index) => index)
      .sort((a, b) => (log.arrivals.time[a] as number) - (log.arrivals.time[b] as number));
    this.arrivalTimes = order.map((index) => log.arrivals.time[index] as number);
    this.arrivalChannels = order.map((index) => log.arrivals.channel[index] as number);
    this.arrivalsByChannel = log.channels.map(() => []);
    this.arrivalTimes.forEach((time, index) => this.arrivalsByChannel[this.arrivalChannels[index] as number]?.push(time));
    this.tours = [...log.tours].sort((a, b) => a.start - b.start);
    this.tourStarts = this.tours.map((tour) => tour.start);
    this.longestTour = this.tours.reduce((longest, tour) => Math.max(longest, tour.end - tour.start), 0);
    this.carriers = [...new Set(log.pickups.map((pickup) => pickup.carrier))].sort();
  }

  /** Orders placed by `t`, per channel. */
  placedBy(t: number): number[] {
    return this.arrivalsByChannel.map((times) => upperBound(times, t));
  }

  /** Indexes `[from, to)` of the arrivals in `(t - window, t]`. */
  arrivalsWithin(t: number, window: number): [number, number] {
    return [upperBound(this.arrivalTimes, t - window), upperBound(this.arrivalTimes, t)];
  }

  /** Every picker on a tour at `t`, with its position. */
  pickersAt(t: number): PickerPosition[] {
    const positions: PickerPosition[] = [];
    const last = upperBound(this.tourStarts, t);
    const first = upperBound(this.tourStarts, t - this.longestTour - 1, 0, last);
    for (let index = first; index < last; index++) {
      const tour = this.tours[index] as DayLogTour;
      if (tour.end <= t) continue;
      positions.push({ zone: tour.zone, picker: tour.picker, picks: tour.picks, ...positionOnTour(tour, t) });
    }
    return positions;
  }

  /** Parcels each carrier has taken by `t`, and the pick-ups within `(t - window, t]` (just leaving). */
  pickupsBy(t: number, window: number): { taken: Map<string, number>; leaving: Array<{ carrier: string; parcels: number; age: number }> } {
    const taken = new Map(this.carriers.map((carrier) => [carrier, 0]));
    const leaving: Array<{ carrier: string; parcels: number; age: number }> = [];
    for (const pickup of this.log.pickups) {
      if (pickup.time > t) continue;
      taken.set(pickup.carrier, (taken.get(pickup.carrier) ?? 0) + pickup.parcels);
      if (t - pickup.time < window) leaving.push({ carrier: pickup.carrier, parcels: pickup.parcels, age: (t - pickup.time) / window });
    }
    return { taken, leaving };
  }
}
