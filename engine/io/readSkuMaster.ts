import { naturalCompare } from '../scenario/naturalOrder.js';
import { ScenarioError } from '../scenario/ScenarioError.js';
import type { SkuMasterColumns } from '../scenario/skuMasterColumns.js';
import { streamCsvRecords } from './streamCsvRecords.js';
import { headerInWords } from './headerInWords.js';
import { invisibleCharacterProblem } from './invisibleCharacter.js';

/** The columns a SKU master may have, as the README names them (case is ignored). */
const COLUMNS = [
  'sku',
  'description',
  'unitPrice',
  'unitWeightKg',
  'lengthCm',
  'widthCm',
  'heightCm',
  'fragile',
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
] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED: readonly Column[] = ['sku', 'unitPrice', 'unitWeightKg'];
const DIMENSIONS: readonly Column[] = ['lengthCm', 'widthCm', 'heightCm'];

/** The most SKUs a master may list (as `catalog.skus`). */
export const MAX_SKUS = 1_000_000;

/** Bounds of each numeric column: [least, greatest, whole numbers only]. */
const BOUNDS: Partial<Record<Column, readonly [number, number, boolean]>> = {
  unitPrice: [0, 1e9, false],
  unitWeightKg: [0, 100_000, false],
  lengthCm: [0, 10_000, false],
  widthCm: [0, 10_000, false],
  heightCm: [0, 10_000, false],
  positionM: [0, 10_000, false],
  bay: [1, 100_000, true],
  level: [1, 100, true],
  onHand: [0, 1e9, true],
  reorderPoint: [-1, 1e9, true],
  orderQuantity: [1, 1e9, true],
  orderUpTo: [0, 1e9, true],
  demandWeight: [0, 1e12, false],
};

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const FLAGS: Readonly<Record<string, number>> = { true: 1, yes: 1, '1': 1, false: 0, no: 0, '0': 0, '': 0 };
const list = (names: readonly string[]): string => names.join(', ');

/**
 * Reads a SKU master CSV, streaming: a header naming the columns (in whatever order and case; other
 * columns ignored), then one row per SKU. Every row is checked (a unique code, numbers in
 * range, all three dimensions or none, a location when the file has an aisle column, a
 * consistent set of replenishment parameters); the first bad one stops the read with a
 * ScenarioError naming the file, the line and the column. Aisle labels are ordered left to
 * right by naturalCompare.
 */
export async function readSkuMaster(file: string, display: string): Promise<SkuMasterColumns> {
  let column: Partial<Record<Column, number>> | undefined;
  let fields = 0;
  const seen = new Map<string, number>();
  const labels: string[] = [];
  const master = {
    line: [] as number[],
    codes: [] as string[],
    descriptions: [] as string[],
    unitPrice: [] as number[],
    unitWeightKg: [] as number[],
    unitVolumeLitres: [] as Array<number | null>,
    fragile: [] as number[],
    positionM: [] as Array<number | null>,
    bay: [] as Array<number | null>,
    level: [] as Array<number | null>,
    zone: [] as string[],
    onHand: [] as Array<number | null>,
    reorderPoint: [] as Array<number | null>,
    orderQuantity: [] as Array<number | null>,
    orderUpTo: [] as Array<number | null>,
    demandWeight: [] as number[],
  };

  const fail = (line: number, name: string | undefined, message: string): never => {
    throw new ScenarioError(`${display}:${line}`, [{ path: name === undefined ? [] : [name], message }]);
  };
  const readHeader = (record: string[], line: number): Partial<Record<Column, number>> => {
    const names = record.map((name) => name.trim().toLowerCase());
    const at: Partial<Record<Column, number>> = {};
    for (const name of COLUMNS) {
      const index = names.indexOf(name.toLowerCase());
      if (index !== names.lastIndexOf(name.toLowerCase())) fail(line, undefined, `the column "${name}" appears twice in the header`);
      if (index >= 0) at[name] = index;
    }
    const missing = REQUIRED.filter((name) => at[name] === undefined);
    if (missing.length > 0)
      fail(
        line,
        undefined,
        `expected the columns ${list(REQUIRED)} in the header; missing ${list(missing)} (${headerInWords(record, COLUMNS)})`,
      );
    const dimensions = DIMENSIONS.filter((name) => at[name] !== undefined);
    if (dimensions.length > 0 && dimensions.length < DIMENSIONS.length)
      fail(line, undefined, `expected all three of ${list(DIMENSIONS)} or none; got only ${list(dimensions)}`);
    if (at.aisle !== undefined && at.positionM === undefined && at.bay === undefined)
      fail(line, undefined, 'expected a positionM or bay column beside aisle (where along the aisle each SKU is stored)');
    if (at.aisle === undefined && (at.positionM !== undefined || at.bay !== undefined || at.level !== undefined))
      fail(line, undefined, 'expected an aisle column with positionM, bay or level');
    fields = record.length;
    return at;
  };
  const readRow = (record: string[], line: number, at: Partial<Record<Column, number>>): void => {
    if (record.length !== fields) fail(line, undefined, `expected ${fields} fields as in the header, got ${record.length}`);
    const text = (name: Column): string => {
      const index = at[name];
      return index === undefined ? '' : (record[index] as string).trim();
    };
    const number = (name: Column, required: boolean): number | null => {
      const value = text(name);
      if (value === '') return required ? fail(line, name, `expected ${name}, got an empty field`) : null;
      const bounds = BOUNDS[name] as readonly [number, number, boolean];
      const parsed = NUMBER.test(value) ? Number(value) : NaN;
      if (!(parsed >= bounds[0] && parsed <= bounds[1]) || (bounds[2] && !Number.isInteger(parsed)))
        fail(
          line,
          name,
          `expected ${bounds[2] ? 'a whole number' : 'a number'} from ${bounds[0]} to ${bounds[1].toLocaleString('en-US')}, got "${value}"`,
        );
      return parsed;
    };
    const code = text('sku');
    if (code === '') fail(line, 'sku', 'expected a SKU code');
    const invisibleCode = invisibleCharacterProblem('a SKU code', code);
    if (invisibleCode !== undefined) fail(line, 'sku', invisibleCode);
    const first = seen.get(code);
    if (first !== undefined) fail(line, 'sku', `the SKU code "${code}" repeats (first on line ${first})`);
    if (seen.size >= MAX_SKUS) fail(line, undefined, `expected at most ${MAX_SKUS.toLocaleString('en-US')} SKUs`);
    seen.set(code, line);
    master.line.push(line);
    master.codes.push(code);
    master.descriptions.push(text('description'));
    master.unitPrice.push(number('unitPrice', true) as number);
    master.unitWeightKg.push(number('unitWeightKg', true) as number);
    const sides = DIMENSIONS.map((name) => number(name, false));
    const given = sides.filter((side) => side !== null);
    if (given.length > 0 && given.length < DIMENSIONS.length)
      fail(line, DIMENSIONS[sides.indexOf(null)], `expected all three of ${list(DIMENSIONS)} or none`);
    master.unitVolumeLitres.push(given.length === 0 ? null : given.reduce((volume, side) => volume * side, 1) / 1000);
    const flag = FLAGS[text('fragile').toLowerCase()];
    if (flag === undefined) fail(line, 'fragile', `expected true, false, yes, no, 1, 0 or empty, got "${text('fragile')}"`);
    master.fragile.push(flag as number);
    if (at.aisle !== undefined) {
      const aisle = text('aisle');
      if (aisle === '') fail(line, 'aisle', 'expected an aisle label');
      const invisibleAisle = invisibleCharacterProblem('an aisle label', aisle);
      if (invisibleAisle !== undefined) fail(line, 'aisle', invisibleAisle);
      labels.push(aisle);
      const position = number('positionM', false);
      const bay = number('bay', false);
      if ((position === null) === (bay === null))
        fail(line, at.positionM === undefined ? 'bay' : 'positionM', 'expected either positionM (metres) or bay, not both or neither');
      master.positionM.push(position);
      master.bay.push(bay);
      master.level.push(number('level', false));
    }
    master.zone.push(text('zone'));
    master.onHand.push(number('onHand', false));
    const reorderPoint = number('reorderPoint', false);
    const orderQuantity = number('orderQuantity', false);
    const orderUpTo = number('orderUpTo', false);
    if (orderQuantity !== null && orderUpTo !== null) fail(line, 'orderUpTo', 'expected orderQuantity or orderUpTo, not both');
    if (reorderPoint !== null && orderQuantity === null && orderUpTo === null)
      fail(line, 'reorderPoint', 'expected orderQuantity (an r,Q policy) or orderUpTo (an s,S policy) with reorderPoint');
    if (orderQuantity !== null && reorderPoint === null) fail(line, 'orderQuantity', 'expected reorderPoint with orderQuantity');
    if (reorderPoint !== null && orderUpTo !== null && orderUpTo <= reorderPoint)
      fail(line, 'orderUpTo', `expected orderUpTo above reorderPoint (${reorderPoint})`);
    master.reorderPoint.push(reorderPoint);
    master.orderQuantity.push(orderQuantity);
    master.orderUpTo.push(orderUpTo);
    if (at.demandWeight !== undefined) master.demandWeight.push(number('demandWeight', true) as number);
  };

  const lines = await streamCsvRecords(file, display, 'SKU master', (record, line) => {
    if (column === undefined) column = readHeader(record, line);
    else readRow(record, line, column);
  });
  const at = column;
  if (at === undefined)
    return fail(1, undefined, `the file is empty: expected a header with at least the columns ${list(REQUIRED)}, then one row per SKU`);
  const size = master.codes.length;
  if (size === 0) fail(lines, undefined, 'expected at least one SKU after the header');
  if (at.demandWeight !== undefined && master.demandWeight.every((weight) => weight === 0))
    fail(master.line[0] as number, 'demandWeight', 'expected at least one SKU with a demand weight above 0');
  const aisleLabels = [...new Set(labels)].sort(naturalCompare);
  const aisleIndex = new Map(aisleLabels.map((label, index) => [label, index]));
  const present = (name: Column): boolean => at[name] !== undefined;
  const optional = <T>(name: Column, values: T[]): T[] => (present(name) ? values : []);
  return {
    format: 'fulfill-sku-master',
    source: display,
    ...master,
    aisleLabels,
    aisle: labels.map((label) => aisleIndex.get(label) as number),
    level: master.level.some((level) => level !== null) ? master.level : [],
    zone: optional('zone', master.zone),
    onHand: optional('onHand', master.onHand),
    reorderPoint: optional('reorderPoint', master.reorderPoint),
    orderQuantity: optional('orderQuantity', master.orderQuantity),
    orderUpTo: optional('orderUpTo', master.orderUpTo),
  };
}
