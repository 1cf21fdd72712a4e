/** The date and time fields a timestamp pattern captures, in the order they appear in it. */
export type TimestampField = 'day' | 'month' | 'year2' | 'year4' | 'hour' | 'minute' | 'second';

/** A compiled `timestampFormat`: a regular expression and the field each capture group holds. */
export interface TimestampPattern {
  readonly source: string;
  readonly regex: RegExp;
  readonly fields: readonly TimestampField[];
}

/** Pattern tokens, longest first so that "yyyy" is not read as "yy" twice. */
const TOKENS: ReadonlyArray<readonly [string, TimestampField, string]> = [
  ['yyyy', 'year4', '(\\d{4})'],
  ['yy', 'year2', '(\\d{2})'],
  ['dd', 'day', '(\\d{2})'],
  ['d', 'day', '(\\d{1,2})'],
  ['MM', 'month', '(\\d{2})'],
  ['M', 'month', '(\\d{1,2})'],
  ['HH', 'hour', '(\\d{2})'],
  ['H', 'hour', '(\\d{1,2})'],
  ['mm', 'minute', '(\\d{2})'],
  ['ss', 'second', '(\\d{2})'],
];

/** The longest pattern accepted (a timestamp layout is short; this bounds the regular expression). */
const MAX_PATTERN_LENGTH = 64;

/** Compiles `source` (e.g. "dd/MM/yyyy HH:mm"), or returns what is wrong with it. */
export function compileTimestampPattern(source: string): TimestampPattern | string {
  if (source.length > MAX_PATTERN_LENGTH) return `expected a pattern of at most ${MAX_PATTERN_LENGTH} characters`;
  const fields: TimestampField[] = [];
  let regex = '^';
  // The one-or-two-digit token met since the last literal: a second in the same run of digits could not be told apart from it.
  let variable: string | undefined;
  for (let at = 0; at < source.length;) {
    const token = TOKENS.find(([text]) => source.startsWith(text, at));
    const character = source[at] as string;
    if (token !== undefined) {
      const [text, field, group] = token;
      const kind = field.startsWith('year') ? 'year' : field;
      if (fields.some((seen) => (seen.startsWith('year') ? 'year' : seen) === kind)) return `the ${kind} appears twice ("${text}")`;
      if (group.includes('{1,2}')) {
        if (variable !== undefined)
          return `"${variable}" and "${text}" both take one or two digits with no separator between them, so their digits could be split two ways (111 as 1 and 11, or as 11 and 1): write ${variable}${variable} or ${text}${text}, or put a separator between them`;
        variable = text;
      }
      fields.push(field);
      regex += group;
      at += text.length;
    } else if (/[A-Za-z]/.test(character)) {
      return `unknown pattern letter "${character}" at position ${at + 1}: expected the tokens dd or d (day), MM or M (month), yyyy or yy (year), HH or H (hour), mm (minute), ss (second); other characters are literal but not letters`;
    } else {
      regex += character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      variable = undefined;
      at++;
    }
  }
  const missing = (['day', 'month', 'year', 'hour', 'minute'] as const).filter(
    (kind) => !fields.some((field) => (field.startsWith('year') ? 'year' : field) === kind),
  );
  if (missing.length > 0) return `expected a day, month, year, hour and minute in the pattern; missing ${missing.join(', ')}`;
  return { source, regex: new RegExp(`${regex}$`), fields };
}

/** The date-time parts of a timestamp read by a pattern (seconds 0 when the pattern has none). */
export interface TimestampParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The parts of `text` read with `pattern`, or undefined when it does not match (two-digit years are 2000 to 2099). */
export function matchTimestampPattern(pattern: TimestampPattern, text: string): TimestampParts | undefined {
  const match = pattern.regex.exec(text);
  if (match === null) return undefined;
  const parts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  pattern.fields.forEach((field, index) => {
    const value = Number(match[index + 1]);
    if (field === 'year2') parts.year = 2000 + value;
    else if (field === 'year4') parts.year = value;
    else parts[field] = value;
  });
  return parts;
}
