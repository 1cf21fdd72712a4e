import { MAX_RATE_CARD_ROWS, RATE_CARD_ZONES, type RateCardTable } from '../scenario/rateCardTable.js';
import { ScenarioError } from '../scenario/ScenarioError.js';
import { MAX_AMOUNT } from '../scenario/schema/common.js';
import { headerInWords } from './headerInWords.js';
import { inspectFile } from './inspectFile.js';
import { streamCsvRecords } from './streamCsvRecords.js';

/** The longest rate-card record read (characters): past it, an unclosed quote is the likely cause. */
export const MAX_RATE_CARD_RECORD = 4096;

/** The largest rate-card file read (bytes): 10,000 rows of eight prices fit many times over. */
export const MAX_RATE_CARD_BYTES = 4 * 2 ** 20;

const COLUMNS = ['weightkg', ...RATE_CARD_ZONES.map(String)];
const SHOWN_NAMES = ['weightKg', ...RATE_CARD_ZONES.map(String)];
const SHOWN_COLUMNS = SHOWN_NAMES.join(', ');
const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * Reads a rate card: a header naming the columns weightKg, 2, 3, 4, 5, 6, 7, 8 (in whatever order; no
 * others), then one row per weight break, breaks strictly ascending, each with a price per zone
 * (plain decimals >= 0). The first bad row stops the read with the file, line and column.
 */
export async function readRateCard(file: string, display: string): Promise<RateCardTable> {
  const fail = (at: number | undefined, column: string | undefined, message: string): never => {
    throw new ScenarioError(at === undefined ? display : `${display}:${at}`, [{ path: column === undefined ? [] : [column], message }]);
  };
  // A missing file, a folder or a device is reported by streamCsvRecords; the size is bounded here.
  const found = inspectFile(file);
  if (found.kind === 'file' && found.size > MAX_RATE_CARD_BYTES)
    fail(undefined, undefined, `rate card: file too large (at most ${MAX_RATE_CARD_BYTES / 2 ** 20} MB)`);

  let order: number[] | undefined;
  const weightKg: number[] = [];
  const prices: number[][] = [];
  let line = 1;
  const readHeader = (record: string[]): void => {
    const names = record.map((name) => name.trim().toLowerCase());
    if (names.some((name) => !COLUMNS.includes(name)))
      fail(line, undefined, `expected the columns ${SHOWN_COLUMNS} and no others (${headerInWords(record, SHOWN_NAMES)})`);
    const repeated = names.find((name, index) => names.indexOf(name) !== index);
    if (repeated !== undefined) fail(line, undefined, `the column "${repeated}" appears twice in the header`);
    const missing = COLUMNS.filter((name) => !names.includes(name));
    if (missing.length > 0) fail(line, undefined, `expected the columns ${SHOWN_COLUMNS}; missing ${missing.join(', ')}`);
    order = COLUMNS.map((name) => names.indexOf(name));
  };
  const readRow = (record: string[], at: number[]): void => {
    if (record.length !== COLUMNS.length) fail(line, undefined, `expected ${COLUMNS.length} fields as in the header, got ${record.length}`);
    if (weightKg.length === MAX_RATE_CARD_ROWS)
      fail(line, undefined, `expected at most ${MAX_RATE_CARD_ROWS.toLocaleString('en-US')} weight breaks`);
    const values = at.map((index, column) => {
      const name = column === 0 ? 'weightKg' : (COLUMNS[column] as string);
      const value = (record[index] as string).trim();
      const number = Number(value);
      if (!DECIMAL.test(value) || !Number.isFinite(number))
        fail(line, name, `expected a number >= 0 such as 12.5, got "${value.slice(0, 40)}"`);
      // The scenario's bound on money (and on a weight break, which no parcel reaches past it), named at its line.
      if (number > MAX_AMOUNT) fail(line, name, `expected at most ${MAX_AMOUNT.toLocaleString('en-US')}, got "${value.slice(0, 40)}"`);
      return number;
    });
    const weight = values[0] as number;
    if (weight <= 0) fail(line, 'weightKg', `expected a weight break > 0 kg, got ${weight}`);
    const previous = weightKg[weightKg.length - 1];
    if (previous !== undefined && weight <= previous)
      fail(line, 'weightKg', `expected weight breaks in ascending order, ${weight} follows ${previous}`);
    weightKg.push(weight);
    prices.push(values.slice(1));
  };

  const lines = await streamCsvRecords(
    file,
    display,
    'rate card',
    (record, at) => {
      line = at;
      if (order === undefined) readHeader(record);
      else readRow(record, order);
    },
    MAX_RATE_CARD_RECORD,
  );
  if (order === undefined)
    fail(1, undefined, `the file is empty: expected a header with the columns ${SHOWN_COLUMNS}, then one row per weight break`);
  if (weightKg.length === 0) fail(lines, undefined, 'expected at least one weight break after the header');
  return { format: 'fulfill-rate-card', source: display, weightKg, prices };
}
