import type { Scenario } from '../schema/scenario.js';

/** How an order's units go into cartons (cartonization). */
export interface CartonSize {
  readonly litres: number;
  readonly maxKg: number;
}

/** Which orders ship as freight, and how many pallets they need. */
export interface FreightRule {
  /** Orders heavier than this (kg) ship as freight; Infinity when only units count. */
  readonly overWeightKg: number;
  /** Orders of more units than this ship as freight; Infinity when only weight counts. */
  readonly overUnits: number;
  readonly palletLitres: number;
  readonly palletMaxKg: number;
}

/** What placement needs to count an order's cartons and pallets. */
export interface PackagingSlice {
  /** Undefined without cartonization: an order is one parcel. */
  readonly carton: CartonSize | undefined;
  /** Undefined without freight: every order ships as parcels. */
  readonly freight: FreightRule | undefined;
}

/** Carton and pallet sizes from `warehouse.cartonization` and `shipping.freight`. */
export function resolvePackaging(scenario: Scenario): PackagingSlice {
  const cartonization = scenario.warehouse.cartonization;
  const freight = scenario.shipping.freight;
  return {
    carton: cartonization === undefined ? undefined : { litres: cartonization.cartonLitres, maxKg: cartonization.cartonMaxKg },
    freight:
      freight === undefined
        ? undefined
        : {
            overWeightKg: freight.overWeightKg ?? Infinity,
            overUnits: freight.overUnits ?? Infinity,
            palletLitres: freight.palletLitres,
            palletMaxKg: freight.palletMaxKg,
          },
  };
}
