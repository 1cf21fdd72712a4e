/**
 * A SKU master (the user's catalog, `catalog.file`) read into columns: one entry per SKU in file
 * order (index = SKU id). Plain JSON data only (arrays of numbers, strings and nulls), so it
 * crosses to worker threads and queue jobs as it is and the scenario's hash covers it. An
 * optional column the file does not have is an empty array; a cell left empty is null.
 */
export interface SkuMasterColumns {
  /** Tells loaded columns apart from a file path. */
  readonly format: 'fulfill-sku-master';
  /** The CSV file as shown to the user. */
  readonly source: string;
  /** The file line of each SKU (for messages). */
  readonly line: readonly number[];
  /** SKU codes, unique. */
  readonly codes: readonly string[];
  /** Descriptions ("" when none). */
  readonly descriptions: readonly string[];
  readonly unitPrice: readonly number[];
  readonly unitWeightKg: readonly number[];
  /** Litres per unit from the dimensions (L × W × H cm / 1000); null when not given. */
  readonly unitVolumeLitres: ReadonlyArray<number | null>;
  /** 1 when fragile. */
  readonly fragile: readonly number[];
  /** The aisle labels, left to right (natural order); empty without locations. */
  readonly aisleLabels: readonly string[];
  /** Each SKU's aisle as an index into aisleLabels; empty without locations. */
  readonly aisle: readonly number[];
  /** Metres from the front cross aisle (null: the SKU gives a bay). */
  readonly positionM: ReadonlyArray<number | null>;
  /** Bay number, 1-based (null: the SKU gives positionM). */
  readonly bay: ReadonlyArray<number | null>;
  /** Shelf level, 1-based. */
  readonly level: ReadonlyArray<number | null>;
  /** Zone labels ("" when none). */
  readonly zone: readonly string[];
  /** Units on hand at time 0. */
  readonly onHand: ReadonlyArray<number | null>;
  readonly reorderPoint: ReadonlyArray<number | null>;
  readonly orderQuantity: ReadonlyArray<number | null>;
  readonly orderUpTo: ReadonlyArray<number | null>;
  /** Relative demand of each SKU. */
  readonly demandWeight: readonly number[];
}

/** The columns that are one entry per SKU or empty (an optional column the file lacks). */
const OPTIONAL_COLUMNS = [
  'aisle',
  'positionM',
  'bay',
  'level',
  'zone',
  'onHand',
  'reorderPoint',
  'orderQuantity',
  'orderUpTo',
  'demandWeight',
] as const satisfies ReadonlyArray<keyof SkuMasterColumns>;
const REQUIRED_COLUMNS = [
  'line',
  'codes',
  'descriptions',
  'unitPrice',
  'unitWeightKg',
  'unitVolumeLitres',
  'fragile',
] as const satisfies ReadonlyArray<keyof SkuMasterColumns>;

/** True when `value` is a loaded SKU master (rather than a file path). */
export function isSkuMasterColumns(value: unknown): value is SkuMasterColumns {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === 'fulfill-sku-master';
}

/** True when the SKU master gives every SKU a storage location. */
export function hasLocations(master: SkuMasterColumns): boolean {
  return master.aisle.length > 0;
}

const isNumberOrNull = (value: unknown): boolean => value === null || (typeof value === 'number' && Number.isFinite(value));

/**
 * Checks the structure of loaded SKU-master columns (they may come from a queue job or a
 * worker): arrays of the right length and type, unique codes, locations in range. Returns the
 * first problem, or undefined.
 */
export function skuMasterProblem(master: SkuMasterColumns): string | undefined {
  if (typeof master.source !== 'string') return 'expected a source name';
  const columns = master as unknown as Record<string, unknown>;
  for (const name of [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS, 'aisleLabels']) {
    if (!Array.isArray(columns[name])) return `expected the column ${name} as a list`;
  }
  const size = master.codes.length;
  if (size === 0) return 'expected at least one SKU';
  for (const name of REQUIRED_COLUMNS) if ((columns[name] as unknown[]).length !== size) return `expected one ${name} entry per SKU`;
  for (const name of OPTIONAL_COLUMNS) {
    const length = (columns[name] as unknown[]).length;
    if (length !== 0 && length !== size) return `expected one ${name} entry per SKU, or none`;
  }
  if (!master.codes.every((code) => typeof code === 'string' && code !== '')) return 'expected a SKU code for every SKU';
  if (new Set(master.codes).size !== size) return 'expected unique SKU codes';
  if (!master.descriptions.every((text) => typeof text === 'string') || !master.zone.every((text) => typeof text === 'string'))
    return 'expected text descriptions and zones';
  const finite = (values: readonly unknown[], min: number): boolean =>
    values.every((value) => typeof value === 'number' && Number.isFinite(value) && value >= min);
  if (!finite(master.line, 1) || !finite(master.unitPrice, 0) || !finite(master.unitWeightKg, 0) || !finite(master.demandWeight, 0))
    return 'expected numbers >= 0 for line, price, weight and demand weight';
  if (!master.fragile.every((flag) => flag === 0 || flag === 1)) return 'expected fragile as 0 or 1';
  for (const column of [master.unitVolumeLitres, master.positionM, master.bay, master.level, master.onHand, master.orderUpTo])
    if (!column.every((value) => isNumberOrNull(value) && (value === null || value >= 0))) return 'expected numbers >= 0 or null';
  if (!master.reorderPoint.every((value) => isNumberOrNull(value) && (value === null || value >= -1)))
    return 'expected reorder points >= -1 or null';
  if (!master.orderQuantity.every((value) => isNumberOrNull(value) && (value === null || value >= 1)))
    return 'expected order quantities >= 1 or null';
  if (!master.aisleLabels.every((label) => typeof label === 'string')) return 'expected text aisle labels';
  if (!master.aisle.every((aisle) => Number.isInteger(aisle) && aisle >= 0 && aisle < master.aisleLabels.length))
    return 'expected each aisle to index aisleLabels';
  if (hasLocations(master)) {
    if (master.positionM.length !== size || master.bay.length !== size) return 'expected positionM and bay entries for every located SKU';
    for (let sku = 0; sku < size; sku++)
      if ((master.positionM[sku] === null) === (master.bay[sku] === null)) return `expected either positionM or bay for SKU ${sku}`;
  }
  return undefined;
}
