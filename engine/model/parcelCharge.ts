import type { RateCardTable } from '../scenario/rateCardTable.js';

/** A carrier's parcel rates and surcharges (the scenario's `rates`). */
export interface ParcelRates {
  readonly base: number;
  readonly perKg: number;
  readonly perZone: number;
  readonly residentialSurcharge: number;
  readonly fuelPercent: number;
  /** cm³ per kg; undefined: no dimensional weight. */
  readonly dimDivisor?: number | undefined;
  readonly oversize?:
    { readonly longestSideCm?: number | undefined; readonly billableKg?: number | undefined; readonly fee: number } | undefined;
}

/** How one service prices a parcel: the carrier's linear rates times a multiplier, or a rate card. */
export interface ServicePricing {
  readonly rateMultiplier: number;
  readonly rateCard: RateCardTable | undefined;
  /** Charge per kg above the rate card's last break. */
  readonly perKgOverRateCard: number | undefined;
}

/** One parcel (an order, or one of its cartons). */
export interface Parcel {
  readonly weightKg: number;
  readonly volumeLitres: number;
  readonly longestSideCm: number;
  readonly zone: number;
  readonly residential: boolean;
}

/** max(actual, volume / divisor) rounded up to a whole kg; the actual weight as is without a divisor. */
export function billableWeight(weightKg: number, volumeLitres: number, dimDivisor: number | undefined): number {
  if (dimDivisor === undefined) return weightKg;
  return Math.ceil(Math.max(weightKg, (volumeLitres * 1000) / dimDivisor));
}

/**
 * A rate card's price for `zone` and `billableKg`: the row of the first weight break at or above
 * the weight; above the last break, that row plus `perKgOver` per kg beyond it.
 */
export function rateCardPrice(card: RateCardTable, perKgOver: number, zone: number, billableKg: number): number {
  const column = zone - 2;
  const { weightKg, prices } = card;
  for (let row = 0; row < weightKg.length; row++) {
    if ((weightKg[row] as number) >= billableKg) return (prices[row] as readonly number[])[column] as number;
  }
  const last = weightKg.length - 1;
  return ((prices[last] as readonly number[])[column] as number) + perKgOver * (billableKg - (weightKg[last] as number));
}

/**
 * The charge for one parcel: the transport charge (the service's rate card, or the carrier's
 * linear rates times the service multiplier) plus the fuel percentage of it, then the
 * residential and oversize surcharges.
 */
export function parcelCharge(rates: ParcelRates, pricing: ServicePricing, parcel: Parcel): number {
  const billable = billableWeight(parcel.weightKg, parcel.volumeLitres, rates.dimDivisor);
  const card = pricing.rateCard;
  const transport =
    card === undefined
      ? (rates.base + rates.perKg * billable + rates.perZone * (parcel.zone - 2)) * pricing.rateMultiplier
      : rateCardPrice(card, pricing.perKgOverRateCard ?? 0, parcel.zone, billable);
  const oversize = rates.oversize;
  const oversizeFee =
    oversize !== undefined &&
    ((oversize.longestSideCm !== undefined && parcel.longestSideCm > oversize.longestSideCm) ||
      (oversize.billableKg !== undefined && billable > oversize.billableKg))
      ? oversize.fee
      : 0;
  return transport * (1 + rates.fuelPercent / 100) + (parcel.residential ? rates.residentialSurcharge : 0) + oversizeFee;
}

/** The edge of a cube holding `volumeLitres` (cm): a parcel's longest side when its shape is unknown. */
export function cubeEdgeCm(volumeLitres: number): number {
  return Math.cbrt(volumeLitres * 1000);
}
