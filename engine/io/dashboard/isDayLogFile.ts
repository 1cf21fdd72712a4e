import { fileInFolder } from './fileInFolder.js';
import { fileStartMatches } from './fileStartMatches.js';

/** A day log's file name, `<scenario>.day-<N>.json`: the scenario's name and the day. */
export const DAY_LOG_FILE = /^([^./\\\0][^/\\\0]{0,199})\.day-(\d{1,6})\.json$/;

// How every day log begins (recordDay puts the format first); whitespace allowed for hand-edited copies.
const DAY_LOG_START = /^\s*\{\s*"format"\s*:\s*"fulfill-day-log"/;
const SNIFFED_BYTES = 256;

/**
 * Whether `file` of `folder` is a day log: named like one and beginning like one. The name alone
 * does not say: a scenario may be called `promo.day-2`, and its result is `promo.day-2.json`.
 * Only the first bytes are read, so listing a folder of large day logs stays cheap.
 */
export function isDayLogFile(folder: string, file: string): boolean {
  if (!DAY_LOG_FILE.test(file)) return false;
  const found = fileInFolder(folder, file);
  if (found === undefined || !found.stats.isFile()) return false;
  return fileStartMatches(found.path, DAY_LOG_START, SNIFFED_BYTES);
}
