/** A carrier a parcel could go with, as seen at selection time. */
export interface CarrierOption {
  readonly carrier: string;
  readonly cost: number;
  readonly pickupAt: number;
  /** Pick-up time plus the transit time's on-time quantile: delivery by then is likely. */
  readonly likelyDeliveryBy: number;
  /** Pick-up time plus the mean transit time. */
  readonly expectedDeliveryAt: number;
}
