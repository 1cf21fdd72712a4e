import type { PackagingSlice } from '../scenario/resolved/packagingSlice.js';

/** An order's cartons and pallets. */
export interface Packages {
  readonly cartons: number;
  /** 0 when the order ships as parcels. */
  readonly pallets: number;
}

/** Containers of `capacity` litres and `maxKg` needed for a load: at least one, enough for its volume and its weight. */
export function containersFor(volumeLitres: number, weightKg: number, capacity: number, maxKg: number): number {
  return Math.max(Math.ceil(volumeLitres / capacity), Math.ceil(weightKg / maxKg), 1);
}

/**
 * Cartons and pallets of an order of `units` weighing `weightKg` and filling `volumeLitres`:
 * one carton without cartonization; pallets only when freight is set up and the order passes
 * one of its thresholds (its cartons still say how it would pack as parcels).
 */
export function packagesOf(units: number, weightKg: number, volumeLitres: number, packaging: PackagingSlice): Packages {
  const { carton, freight } = packaging;
  const cartons = carton === undefined ? 1 : containersFor(volumeLitres, weightKg, carton.litres, carton.maxKg);
  const isFreight = freight !== undefined && (weightKg > freight.overWeightKg || units > freight.overUnits);
  return { cartons, pallets: isFreight ? containersFor(volumeLitres, weightKg, freight.palletLitres, freight.palletMaxKg) : 0 };
}
