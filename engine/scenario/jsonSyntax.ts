import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** jsonc-parser's error codes in words. */
const IN_WORDS: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'expected a key in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected a closing }',
  CloseBracketExpected: 'expected a closing ]',
  EndOfFileExpected: 'expected the end of the text after the JSON value',
  InvalidCommentToken: 'a comment, which JSON does not allow',
  UnexpectedEndOfComment: 'a comment left open',
  UnexpectedEndOfString: 'a string left open',
  UnexpectedEndOfNumber: 'a number cut short',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'an escape JSON does not allow',
  InvalidCharacter: 'a control character inside a string',
};

/** The line and column (from 1) of `offset` in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Why `text` (which JSON.parse refused) is not JSON, by line and column, in words. Never quotes
 * the text: `JSON.parse`'s own message shows a piece of it, and the file may not be the one the
 * user meant (an `extends` pointing at /proc/self/environ would put the environment's secrets in
 * the message).
 */
export function jsonSyntaxProblem(text: string): string {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first === undefined) return 'invalid JSON';
  const { line, column } = lineAndColumn(text, first.offset);
  const code = printParseErrorCode(first.error);
  return `invalid JSON at line ${line}, column ${column}: ${IN_WORDS[code] ?? code}`;
}

/**
 * Why `bytes` are not UTF-8 text, by the line of the first sequence that does not decode, or
 * undefined when they are. `decoded` is the bytes decoded with replacement characters (as
 * `readFileSync(file, 'utf8')` gives): a replacement character that the file itself holds,
 * correctly encoded, is text like any other.
 */
export function utf8Problem(bytes: Uint8Array, decoded: string): string | undefined {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    const at = decoded.indexOf('\uFFFD');
    const where = at < 0 ? '' : ` at line ${lineAndColumn(decoded, at).line}`;
    return `not UTF-8 text: bytes that do not decode${where} (save the file as UTF-8)`;
  }
}
