/** A freight carrier's rates (the scenario's `shipping.freight`). */
export interface FreightRates {
  readonly ratePerPallet: number;
  readonly ratePer100Kg: number;
  readonly minimumCharge: number;
  readonly fuelPercent: number;
}

/** A freight shipment's charge: per pallet plus per 100 kg, at least the minimum, plus the fuel percentage. */
export function freightCharge(rates: FreightRates, pallets: number, weightKg: number): number {
  const transport = Math.max(rates.minimumCharge, rates.ratePerPallet * pallets + (rates.ratePer100Kg * weightKg) / 100);
  return transport * (1 + rates.fuelPercent / 100);
}
