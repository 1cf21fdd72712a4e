import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { ScenarioError } from '../scenario/ScenarioError.js';
import { inspectFile } from './inspectFile.js';
import { NOT_UTF8_TEXT } from './streamCsvRecords.js';
import { invisibleCharacterProblem } from './invisibleCharacter.js';
import { headerInWords } from './headerInWords.js';

/** The most SKUs a catalog may list (as `catalog.skus` allows). */
export const MAX_CATALOG_SKUS = 1_000_000;
/** The largest catalog file read (bytes). */
export const MAX_CATALOG_BYTES = 256 * 2 ** 20;

/**
 * The SKU codes of a SKU master CSV, in file order: the column named `sku` (upper or lower case; other
 * columns are ignored), one non-empty, unique code per row. `display` names the file in errors,
 * which give the CSV line.
 */
export function readSkuCodes(file: string, display: string): string[] {
  const fail = (at: string, message: string): never => {
    throw new ScenarioError(at, [{ path: [], message: `catalog: ${message}` }]);
  };
  const found = inspectFile(file);
  if (found.kind === 'missing') fail(display, found.code === 'ENOENT' ? 'file not found' : `cannot read the file (${found.code})`);
  if (found.kind === 'directory') fail(display, 'is a directory, not a file');
  if (found.kind === 'special') fail(display, 'expected a regular file (not a device, pipe or socket)');
  if (found.kind === 'file' && found.size > MAX_CATALOG_BYTES) fail(display, `file too large (at most ${MAX_CATALOG_BYTES / 2 ** 20} MB)`);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(readFileSync(file, 'utf8'), {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as Array<{
      record: string[];
      info: { lines: number };
    }>;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return fail(line === undefined ? display : `${display}:${line}`, `not a readable CSV (${(error as Error).message})`);
  }
  let column = -1;
  const codes: string[] = [];
  const seen = new Map<string, number>();
  // `info.lines` is the line the record ends on (a quoted field may span lines).
  records.forEach(({ record, info: { lines: line } }) => {
    if (record.every((field) => field.trim() === '')) return;
    if (column < 0) {
      column = record.findIndex((name) => name.trim().toLowerCase() === 'sku');
      if (column < 0) fail(`${display}:${line}`, `expected a header with a column named sku (${headerInWords(record, ['sku'])})`);
      return;
    }
    const code = (record[column] ?? '').trim();
    if (code === '') fail(`${display}:${line}`, 'expected a SKU code in the sku column');
    // As streamCsvRecords: bytes that are not UTF-8 decode to U+FFFD, and two codes would become one.
    if (code.includes('\uFFFD')) fail(`${display}:${line}`, `SKU code ${JSON.stringify(code)} holds U+FFFD: ${NOT_UTF8_TEXT}`);
    const invisible = invisibleCharacterProblem('a SKU code', code);
    if (invisible !== undefined) fail(`${display}:${line}`, invisible);
    const earlier = seen.get(code);
    if (earlier !== undefined) fail(`${display}:${line}`, `SKU "${code}" is listed twice (first on line ${earlier})`);
    if (codes.length >= MAX_CATALOG_SKUS) fail(`${display}:${line}`, `expected at most ${MAX_CATALOG_SKUS.toLocaleString('en-US')} SKUs`);
    seen.set(code, line);
    codes.push(code);
  });
  if (column < 0) fail(display, 'the file is empty: expected a header with a column named sku, then one SKU per row');
  if (codes.length === 0) fail(display, 'expected at least one SKU after the header');
  return codes;
}
