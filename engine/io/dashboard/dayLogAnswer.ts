import { readdirSync, readFileSync } from 'node:fs';
import { fileInFolder } from './fileInFolder.js';
import { errorAnswer, jsonAnswer, JSON_TYPE, type Answer } from './answers.js';
import { dayLogSchema } from './dayLogSchema.js';
import { DAY_LOG_FILE, isDayLogFile } from './isDayLogFile.js';

/** Largest day log the playback reads, bytes (the bundled baseline's busiest day is under 1 MB). */
export const MAX_DAY_LOG_BYTES = 64 * 1024 * 1024;

/** At most this many recorded days are listed. */
const MAX_LISTED = 1000;

/** A recorded day as `/api/days` lists it. */
export interface RecordedDayEntry {
  readonly scenario: string;
  readonly day: number;
}

/** `/api/days`: every day log in the results folder (named and beginning like one), by scenario (the baseline first) then day. */
export function recordedDaysAnswer(directory: string): Answer {
  let files: string[];
  try {
    files = readdirSync(directory);
  } catch {
    return jsonAnswer(200, { days: [] });
  }
  const days: RecordedDayEntry[] = [];
  for (const file of files) {
    const match = DAY_LOG_FILE.exec(file);
    // A result named like a day log (a scenario called `promo.day-2`) is not a day.
    if (match !== null && isDayLogFile(directory, file)) days.push({ scenario: match[1] as string, day: Number(match[2]) });
  }
  const rank = (entry: RecordedDayEntry): number => (entry.scenario === 'baseline' ? 0 : 1);
  days.sort((a, b) => rank(a) - rank(b) || a.scenario.localeCompare(b.scenario) || a.day - b.day);
  return jsonAnswer(200, { days: days.slice(0, MAX_LISTED) });
}

/**
 * `/api/day?scenario=NAME&day=N`: one day log as written by `run --record-day` or `start`. A
 * bad parameter is 400, a missing file 404, a file too large or not a day log 422.
 */
export function dayLogAnswer(directory: string, query: URLSearchParams): Answer {
  const scenario = query.get('scenario') ?? '';
  const dayText = query.get('day') ?? '';
  if (!/^\d{1,6}$/.test(dayText)) return errorAnswer(400, 'day must be a day number (0 to 999999)');
  const file = `${scenario}.day-${Number(dayText)}.json`;
  if (!DAY_LOG_FILE.test(file))
    return errorAnswer(400, 'scenario must be the name of a result (no slash, backslash or leading dot; at most 200 characters)');
  const found = fileInFolder(directory, file);
  // A FIFO or a folder of that name would hang or fail the read; a link out of the folder is none of ours.
  if (found === undefined || !found.stats.isFile()) return errorAnswer(404, `no recorded day ${dayText} for "${scenario}"`);
  if (found.stats.size > MAX_DAY_LOG_BYTES) return errorAnswer(422, `${file} is larger than ${MAX_DAY_LOG_BYTES / 1024 / 1024} MB`);
  const { path } = found;
  let text: string;
  let document: unknown;
  try {
    text = readFileSync(path, 'utf8');
    document = JSON.parse(text) as unknown;
  } catch {
    return errorAnswer(422, `${file} is not valid JSON (half-written?)`);
  }
  const parsed = dayLogSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : ` at ${issue.path.join('.') || 'the top'}: ${issue.message}`;
    return errorAnswer(422, `${file} is not a day log written by run --record-day${where.slice(0, 300)}`);
  }
  // A log copied or renamed to another day's name would play back under the wrong date.
  const { day } = parsed.data;
  if (day !== Number(dayText))
    return errorAnswer(422, `${file} holds day ${day}, not day ${Number(dayText)} (renamed or copied?): record the day again`);
  return { status: 200, contentType: JSON_TYPE, body: text, headers: { 'cache-control': 'no-store' } };
}
