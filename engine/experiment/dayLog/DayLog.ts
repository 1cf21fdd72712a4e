/** The floor plan a day log is drawn on, in metres: aisles run along y from the front cross aisle (y = 0). */
export interface DayLogFloor {
  /** Centre x of every aisle, left to right (`aisleX`, or i × aisleSpacing). */
  readonly aisleX: readonly number[];
  readonly aisleLength: number;
  readonly aisleSpacing: number;
  /** Blocks along the aisles: `blocks - 1` middle cross aisles, evenly spaced. */
  readonly blocks: number;
  /** The warehouse depot's x on the front cross aisle. */
  readonly depotX: number;
  /** Pick zones, left to right: their first aisle, aisle count and depot x (warehouse coordinates). */
  readonly zones: ReadonlyArray<{ readonly firstAisle: number; readonly aisles: number; readonly depotX: number }>;
}

/** A level that changes in steps: `value[i]` holds from `time[i]` until the next time (seconds from the day's start). */
export interface StepSeries {
  readonly time: readonly number[];
  readonly value: readonly number[];
}

/**
 * One picker tour: the picker (zone and its index among the zone's pickers, as a walker on the
 * floor), the orders carried, and the walk as waypoints `[t, x, y, t, x, y, ...]` (seconds from
 * the day's start, metres): the depot at the start, the depot again after set-up, every turn and
 * pick of the routing policy's route (a pick appears twice: arrival and departure), and the
 * depot at the end. A tour of a scenario that draws whole pick times stays at the depot.
 */
export interface DayLogTour {
  readonly zone: number;
  readonly picker: number;
  readonly orders: number;
  readonly start: number;
  readonly end: number;
  readonly waypoints: readonly number[];
  /** Pick locations in visiting order, `[x, y, x, y, ...]` (warehouse metres). */
  readonly picks: readonly number[];
}

/** The parcels one carrier takes at one pick-up. */
export interface DayLogPickup {
  /** Seconds from the day's start. */
  readonly time: number;
  readonly carrier: string;
  readonly parcels: number;
}

/**
 * What happened on one simulated day of replication 0, for the dashboard's playback: written
 * by `run --record-day N` and `start` as `<scenario>.day-<N>.json`. Times are seconds from the
 * day's midnight (tours under way at midnight start before 0; tours may end after 86,400).
 */
export interface DayLog {
  readonly format: 'fulfill-day-log';
  readonly version: 1;
  readonly scenario: string;
  readonly replication: 0;
  readonly seed: number;
  /** The day recorded, 0-based like the daily series (day 0 is the first simulated day, a Monday). */
  readonly day: number;
  /** Weekday of the day, 0 = Monday. */
  readonly weekday: number;
  readonly floor: DayLogFloor;
  /** Channel names; `arrivals.channel` indexes them. */
  readonly channels: readonly string[];
  /** Every order placed during the day: its time and channel index. */
  readonly arrivals: { readonly time: readonly number[]; readonly channel: readonly number[] };
  /** Orders released and waiting for a picker (`pick`) and picked, waiting for a packer (`pack`). */
  readonly queues: { readonly pick: StepSeries; readonly pack: StepSeries };
  /** Busy people and people on shift, for pickers and packers. */
  readonly staff: {
    readonly pickers: { readonly busy: StepSeries; readonly onShift: StepSeries };
    readonly packers: { readonly busy: StepSeries; readonly onShift: StepSeries };
  };
  /** Tours under way at some time of the day, by start time. */
  readonly tours: readonly DayLogTour[];
  /** Parcels leaving the dock, by pick-up time and carrier. */
  readonly pickups: readonly DayLogPickup[];
}
