import { printParseErrorCode, visit } from 'jsonc-parser';
import { nestingDepth } from './duplicateKeys.js';
import { MAX_JSON_DEPTH } from './reservedNames.js';

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
  // jsonc-parser's visitor recurses once a level: deeper text would overflow the stack.
  if (nestingDepth(text) > MAX_JSON_DEPTH) return `invalid JSON: nested more than ${MAX_JSON_DEPTH} levels deep`;
  let first: { error: number; offset: number } | undefined;
  try {
    visit(
      text,
      {
        onError: (error, offset) => {
          first = { error, offset };
          // Only the first error is reported: stopped here, a file of 32 MB of commas does not list millions.
          throw STOP;
        },
      },
      { disallowComments: true, allowTrailingComma: false },
    );
  } catch (error) {
    if (error !== STOP) throw error;
  }
  if (first === undefined) return 'invalid JSON';
  const { line, column } = lineAndColumn(text, first.offset);
  const code = printParseErrorCode(first.error);
  return `invalid JSON at line ${line}, column ${column}: ${IN_WORDS[code] ?? code}`;
}

/** Thrown from the visitor to stop it at the first error. */
const STOP = new Error('first JSON error found');

/**
 * Where the first byte sequence of `bytes` that is not UTF-8 starts, or -1 when all of it is
 * (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const continued = (at: number, low = 0x80, high = 0xbf): boolean =>
    at < bytes.length && (bytes[at] as number) >= low && (bytes[at] as number) <= high;
  for (let at = 0; at < bytes.length;) {
    const lead = bytes[at] as number;
    if (lead < 0x80) at++;
    else if (lead >= 0xc2 && lead <= 0xdf && continued(at + 1)) at += 2;
    else if (
      lead >= 0xe0 &&
      lead <= 0xef &&
      continued(at + 1, lead === 0xe0 ? 0xa0 : 0x80, lead === 0xed ? 0x9f : 0xbf) &&
      continued(at + 2)
    )
      at += 3;
    else if (
      lead >= 0xf0 &&
      lead <= 0xf4 &&
      continued(at + 1, lead === 0xf0 ? 0x90 : 0x80, lead === 0xf4 ? 0x8f : 0xbf) &&
      continued(at + 2) &&
      continued(at + 3)
    )
      at += 4;
    else return at;
  }
  return -1;
}

/** Why `bytes` are not UTF-8 text, naming the line of the first sequence that does not decode, or undefined when they are. */
export function utf8Problem(bytes: Uint8Array): string | undefined {
  const at = firstInvalidUtf8(bytes);
  if (at < 0) return undefined;
  let line = 1;
  for (let index = 0; index < at; index++) if (bytes[index] === 0x0a) line++;
  return `not UTF-8 text: bytes that do not decode at line ${line} (save the file as UTF-8)`;
}
