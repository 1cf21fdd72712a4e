import { distance as levenshtein } from 'fastest-levenshtein';

/**
 * What a CSV header holds, in words for an error message, quoting only what cannot be a secret:
 * the known column names it has, and cells close enough to one to be its misspelling. A file
 * named by mistake (`/proc/self/environ`, a `.env`, a key file) has its first line taken as the
 * header, so the other cells are counted, never repeated.
 */
export function headerInWords(record: readonly string[], known: readonly string[]): string {
  const names = new Map(known.map((name) => [name.toLowerCase(), name]));
  const found: string[] = [];
  const misspelt: string[] = [];
  let others = 0;
  for (const cell of record) {
    const name = cell.trim();
    const exact = names.get(name.toLowerCase());
    const near = exact === undefined ? nearestName(name, known) : undefined;
    if (exact !== undefined) found.push(exact);
    else if (near !== undefined) misspelt.push(`"${name}" (did you mean ${near}?)`);
    else others++;
  }
  const parts = [
    ...(found.length > 0 ? [`known: ${found.join(', ')}`] : []),
    ...misspelt,
    ...(others > 0 ? [`${others} other${others === 1 ? '' : 's'} not repeated, in case the file is not the CSV meant`] : []),
  ];
  // A UTF-16 file read as UTF-8 has a NUL beside every ASCII letter: say what it likely is.
  const utf16 = record.some((cell) => cell.includes('\u0000')) ? '; NUL characters in it suggest a UTF-16 file: save it as UTF-8' : '';
  return `the header has ${record.length} column${record.length === 1 ? '' : 's'}: ${parts.join('; ')}${utf16}`;
}

const MAX_NAME = 40;
// Only separators go: a cell that squeezes to a known name must be that name written another way,
// not any text that happens to hold its letters ("channel: <a password>").
const squeezed = (text: string): string => text.toLowerCase().replace(/[\s_\-.()/]/g, '');

/** The known name `cell` is a misspelling of (the same letters and digits, or at most two edits away), or undefined. */
function nearestName(cell: string, known: readonly string[]): string | undefined {
  if (cell.length === 0 || cell.length > MAX_NAME) return undefined;
  const plain = squeezed(cell);
  const same = known.find((name) => squeezed(name) === plain);
  if (same !== undefined) return same;
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of known) {
    // Short names are two edits from too much: "qty" would be "sku".
    if (name.length < 5) continue;
    const distance = levenshtein(plain, squeezed(name));
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}
