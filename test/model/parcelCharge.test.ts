import { describe, expect, it } from 'vitest';
import { freightCharge } from '../../engine/model/freightCharge.js';
import { containersFor, packagesOf } from '../../engine/model/packagesOf.js';
import { billableWeight, cubeEdgeCm, parcelCharge, rateCardPrice, type ParcelRates } from '../../engine/model/parcelCharge.js';
import type { RateCardTable } from '../../engine/scenario/rateCardTable.js';

// Zones 2..8 per row; zone 5 is the fourth price.
const CARD: RateCardTable = {
  format: 'fulfill-rate-card',
  source: 'ground.csv',
  weightKg: [1, 2, 5, 10, 20, 30],
  prices: [
    [7.1, 7.4, 7.8, 8.1, 8.5, 8.9, 9.3],
    [7.9, 8.3, 8.8, 9.2, 9.7, 10.2, 10.7],
    [9.5, 10.1, 10.8, 11.4, 12.1, 12.8, 13.5],
    [12.4, 13.3, 14.3, 15.2, 16.2, 17.2, 18.2],
    [17.8, 19.2, 20.7, 22.1, 23.6, 25.1, 26.6],
    [23.1, 25.0, 27.0, 28.9, 30.9, 32.9, 34.9],
  ],
};

const RATES: ParcelRates = {
  base: 6,
  perKg: 0.8,
  perZone: 0.6,
  residentialSurcharge: 3.1,
  fuelPercent: 12,
  dimDivisor: 5000,
  oversize: { longestSideCm: 50, billableKg: 30, fee: 25 },
};

describe('parcel charges', () => {
  it('prices a parcel from a rate card with dimensional weight, fuel, residential and oversize surcharges', () => {
    // 3.2 kg actual, 40 L: dimensional weight 40,000 cm³ / 5000 = 8 kg, billable ceil(max(3.2, 8)) = 8 kg;
    // the first break >= 8 kg is 10 kg, zone 5: 15.20; fuel 12%: 15.20 × 1.12 = 17.024;
    // residential +3.10 = 20.124; longest side 60 cm > 50 cm: oversize +25 = 45.124.
    const parcel = { weightKg: 3.2, volumeLitres: 40, longestSideCm: 60, zone: 5, residential: true };
    const pricing = { rateMultiplier: 3, rateCard: CARD, perKgOverRateCard: 0.9 };
    expect(billableWeight(3.2, 40, 5000)).toBe(8);
    expect(parcelCharge(RATES, pricing, parcel)).toBeCloseTo(45.124, 10);
    // A business address, a 40 cm side: 17.024 only (the rate card ignores the rate multiplier).
    expect(parcelCharge(RATES, pricing, { ...parcel, residential: false, longestSideCm: 40 })).toBeCloseTo(17.024, 10);
  });

  it('charges beyond the last break at the per-kg rate, and a billable weight over the limit as oversize', () => {
    // 33.4 kg rounds up to 34 kg: 28.90 + 0.9 × (34 - 30) = 32.50 in zone 5.
    expect(rateCardPrice(CARD, 0.9, 5, 34)).toBeCloseTo(32.5, 10);
    // Exactly on a break pays that row: 5 kg in zone 2 is 9.50; just above pays the next row.
    expect(rateCardPrice(CARD, 0.9, 2, 5)).toBe(9.5);
    expect(rateCardPrice(CARD, 0.9, 2, 5.01)).toBe(12.4);
    // 34 kg billable > 30 kg: 32.50 × 1.12 + 25 = 61.40 (business address, small side).
    const parcel = { weightKg: 33.4, volumeLitres: 10, longestSideCm: 20, zone: 5, residential: false };
    expect(parcelCharge(RATES, { rateMultiplier: 1, rateCard: CARD, perKgOverRateCard: 0.9 }, parcel)).toBeCloseTo(61.4, 10);
  });

  it('keeps the linear rates exactly as before when no surcharge is set', () => {
    const plain = { base: 6, perKg: 0.8, perZone: 0.6, residentialSurcharge: 3.1, fuelPercent: 0 };
    const parcel = { weightKg: 2.37, volumeLitres: 9, longestSideCm: 21, zone: 6, residential: true };
    // The pre-rate-card formula, term for term.
    const before = (6 + 0.8 * 2.37 + 0.6 * (6 - 2)) * 1.9 + 3.1;
    expect(parcelCharge(plain, { rateMultiplier: 1.9, rateCard: undefined, perKgOverRateCard: undefined }, parcel)).toBe(before);
    expect(billableWeight(2.37, 9, undefined)).toBe(2.37);
  });

  it('the edge of a cube: 1 litre is 10 cm', () => {
    expect(cubeEdgeCm(1)).toBeCloseTo(10, 12);
  });
});

describe('freight charges', () => {
  it('prices pallets per pallet and per 100 kg, at least the minimum, plus fuel', () => {
    const rates = { ratePerPallet: 65, ratePer100Kg: 4, minimumCharge: 90, fuelPercent: 10 };
    // 3 pallets, 1,250 kg: 3 × 65 + 4 × 12.5 = 245; fuel 10%: 269.50.
    expect(freightCharge(rates, 3, 1250)).toBeCloseTo(269.5, 10);
    // 1 pallet, 100 kg: 65 + 4 = 69 < 90, so 90 × 1.1 = 99.
    expect(freightCharge(rates, 1, 100)).toBeCloseTo(99, 10);
  });
});

describe('cartons and pallets', () => {
  const packaging = {
    carton: { litres: 25, maxKg: 15 },
    freight: { overWeightKg: Infinity, overUnits: 1000, palletLitres: 1500, palletMaxKg: 800 },
  };

  it('counts cartons by volume or weight, at least one', () => {
    // 40 L, 10 kg in 25 L / 15 kg cartons: max(ceil(1.6), ceil(0.67), 1) = 2.
    expect(packagesOf(20, 10, 40, packaging)).toEqual({ cartons: 2, pallets: 0 });
    // 10 L but 40 kg: weight decides, ceil(40 / 15) = 3.
    expect(containersFor(10, 40, 25, 15)).toBe(3);
    // Nothing at all still needs a carton.
    expect(containersFor(0, 0, 25, 15)).toBe(1);
    // Without cartonization an order is one parcel.
    expect(packagesOf(20, 10, 40, { carton: undefined, freight: undefined })).toEqual({ cartons: 1, pallets: 0 });
  });

  it('ships an order over the unit threshold on pallets', () => {
    // 12,000 units, 24,000 L, 6,000 kg: max(ceil(24000 / 1500), ceil(6000 / 800), 1) = max(16, 8, 1) = 16 pallets.
    expect(packagesOf(12_000, 6000, 24_000, packaging).pallets).toBe(16);
    expect(packagesOf(1000, 6000, 24_000, packaging).pallets).toBe(0);
  });
});
