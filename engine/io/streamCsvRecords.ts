import { createReadStream } from 'node:fs';
import { CsvError, parse } from 'csv-parse';
import { ScenarioError } from '../scenario/ScenarioError.js';
import { inspectFile } from './inspectFile.js';
import { csvProblem } from './csvProblem.js';

/** Why text holding U+FFFD is refused (what bytes that are not UTF-8 decode to). */
export const NOT_UTF8_TEXT = 'the file is not UTF-8 text there, or carries a character an earlier conversion lost (save the file as UTF-8)';
const NOT_UTF8 = `holds U+FFFD, the replacement character: ${NOT_UTF8_TEXT}`;

/** The longest CSV record read by default (characters): past it, an unclosed quote is the likely cause. */
export const MAX_RECORD_CHARACTERS = 65_536;

/**
 * Streams a CSV file's non-blank records to `onRecord` with the exact line each starts on (a
 * quoted field may span lines; blank lines are counted, not passed on). A throw from
 * `onRecord` stops the read and rejects with it; a file that cannot be read, or a record
 * csv-parse refuses (an unclosed quote, a record over `maxRecordCharacters`, default
 * MAX_RECORD_CHARACTERS), rejects with a ScenarioError naming `display` (and the line). `what`
 * names the file's role in messages ("SKU master"). Resolves with the number of lines read.
 * Every CSV the engine reads (order histories, SKU masters, rate cards) goes through here, but
 * calibrate's `--catalog` list of SKU codes (readSkuCodes), which checks its codes the same way.
 */
export async function streamCsvRecords(
  file: string,
  display: string,
  what: string,
  onRecord: (record: string[], line: number) => void,
  maxRecordCharacters = MAX_RECORD_CHARACTERS,
): Promise<number> {
  // Only regular files are opened (a missing one is reported by the stream's error below).
  const { kind } = inspectFile(file);
  if (kind === 'directory') throw new ScenarioError(display, [{ path: [], message: `${what}: is a directory, not a file` }]);
  if (kind === 'special')
    throw new ScenarioError(display, [{ path: [], message: `${what}: expected a regular file (not a device, pipe or socket)` }]);
  const input = createReadStream(file, { highWaterMark: 1 << 20 });
  // Empty lines come through as records (not skipped) so that line numbers stay exact.
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: false, max_record_size: maxRecordCharacters }));
  let line = 1;
  await new Promise<void>((resolve, reject) => {
    const stop = (error: unknown): void => {
      input.destroy();
      parser.destroy();
      reject(error instanceof Error ? error : new Error(`${what}: ${JSON.stringify(error)}`));
    };
    input.on('error', (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'ENOENT'
          ? 'file not found'
          : error.code === 'EISDIR'
            ? 'is a directory, not a file'
            : `cannot read the file (${error.code ?? error.message})`;
      stop(new ScenarioError(display, [{ path: [], message: `${what}: ${reason}` }]));
    });
    const drain = (): void => {
      for (let record = parser.read() as string[] | null; record !== null; record = parser.read() as string[] | null) {
        // Bytes that are not UTF-8 decode to U+FFFD: two order ids that differ only there would become one.
        if (record.some((field) => field.includes('\uFFFD')))
          throw new ScenarioError(`${display}:${line}`, [{ path: [], message: `${what}: ${NOT_UTF8}` }]);
        if (!record.every((field) => field.trim() === '')) onRecord(record, line);
        // A quoted field may hold line breaks: the next record starts after them.
        for (const field of record) for (let at = field.indexOf('\n'); at >= 0; at = field.indexOf('\n', at + 1)) line++;
        line++;
      }
    };
    parser.on('readable', () => {
      try {
        drain();
      } catch (error) {
        stop(error);
      }
    });
    parser.on('error', (error) => {
      try {
        // Records parsed before the broken one are still buffered: checked first, they also bring `line` to the broken record's start.
        drain();
      } catch (rowError) {
        stop(rowError);
        return;
      }
      stop(
        error instanceof CsvError
          ? new ScenarioError(`${display}:${line}`, [{ path: [], message: csvProblem(error, maxRecordCharacters) }])
          : error,
      );
    });
    parser.on('end', resolve);
  });
  return line - 1;
}
