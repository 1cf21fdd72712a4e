import type { CsvError } from 'csv-parse';

/** A csv-parse error as the user's mistake, in words (records longer than `maxRecord` characters are refused). */
export function csvProblem(error: CsvError, maxRecord: number): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field that starts in this record is never closed (a field holding a quote must be quoted whole, its quotes doubled)';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a closing quote is followed by other characters before the comma (quote the whole field and double the quotes inside)';
    case 'INVALID_OPENING_QUOTE':
      return 'a quote inside an unquoted field (quote the whole field and double the quotes inside)';
    case 'CSV_MAX_RECORD_SIZE':
      return `a record longer than ${maxRecord.toLocaleString('en-US')} characters (an unclosed quote?)`;
    default:
      return error.message;
  }
}
