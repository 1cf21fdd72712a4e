import type { CarrierOption } from '../../domain/CarrierOption.js';
import type { Order } from '../../domain/Order.js';

/**
 * Carrier selection parcel by parcel, as each is labelled: picks one option (returns its index).
 * The model lends `options` for the call: the same objects are filled again for the next parcel,
 * so a built-in reads them and keeps nothing (a plugin is handed copies of its own).
 */
export interface ParcelCarrierPolicy {
  readonly name: string;
  select(options: readonly CarrierOption[], order: Order): number;
}

/** A parcel waiting at a carrier cut-off, with what each carrier would cost and risk. */
export interface CarrierParcel {
  readonly order: Order;
  /** One entry per carrier of the problem; undefined where the carrier cannot take it. */
  readonly options: readonly (CarrierOption | undefined)[];
}

/** The parcels waiting at a cut-off and each carrier's remaining room on its next pick-up. */
export interface CarrierAssignmentProblem {
  readonly parcels: readonly CarrierParcel[];
  readonly capacity: readonly number[];
  /** Money charged per parcel delivered after its promise. */
  readonly latePenalty: number;
  /** Probability that the parcel is delivered after its promise with carrier j (0 when unavailable). */
  lateProbability(parcel: number, carrier: number): number;
}

/**
 * Carrier assignment at cut-offs: parcels wait until the next carrier cut-off and are then
 * assigned together. Answer: a carrier index per parcel, or -1 to keep it for the next cut-off.
 */
export interface CarrierAssignmentPolicy {
  readonly name: string;
  assign(problem: CarrierAssignmentProblem): number[];
}

/** Carrier selection: parcel by parcel (`select`) or all waiting parcels together at cut-offs (`assign`). */
export type CarrierSelectionPolicy = ParcelCarrierPolicy | CarrierAssignmentPolicy;
