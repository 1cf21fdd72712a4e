import fc from 'fast-check';

/** One hostile change to a CSV: a cell replaced, a line dropped or repeated, or a line cut short. */
export type CsvMutation =
  { kind: 'cell'; column: number; value: string } | { kind: 'drop-line' } | { kind: 'duplicate-line' } | { kind: 'truncate'; at: number };

/** Mutations of a CSV of up to `columns` columns: cells from `hostileCells` or short random strings, lines cut at up to `cutAt`. */
export function csvMutation(options: {
  columns: number;
  hostileCells: readonly string[];
  cutAt: number;
  maxLength: number;
}): fc.Arbitrary<CsvMutation> {
  return fc.oneof(
    fc.record({
      kind: fc.constant('cell' as const),
      column: fc.nat(options.columns),
      value: fc.oneof(fc.constantFrom(...options.hostileCells), fc.string({ maxLength: options.maxLength })),
    }),
    fc.constant<CsvMutation>({ kind: 'drop-line' }),
    fc.constant<CsvMutation>({ kind: 'duplicate-line' }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(options.cutAt) }),
  );
}

/** `lines` with one mutation at line `index` (0 is the header), as file text ending in a newline. */
export function mutateCsv(lines: readonly string[], index: number, change: CsvMutation): string {
  const copy = [...lines];
  const line = copy[index] ?? '';
  if (change.kind === 'drop-line') copy.splice(index, 1);
  else if (change.kind === 'duplicate-line') copy.splice(index, 0, line);
  else if (change.kind === 'truncate') copy[index] = line.slice(0, change.at % (line.length + 1));
  else {
    const cells = line.split(',');
    cells[change.column % (cells.length + 1)] = change.value;
    copy[index] = cells.join(',');
  }
  return `${copy.join('\n')}\n`;
}
