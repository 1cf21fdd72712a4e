import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonSyntaxProblem, utf8Problem } from '../../engine/scenario/jsonSyntax.js';

describe('jsonSyntaxProblem', () => {
  it('names the first error by line and column in words, never quoting the text', () => {
    expect(jsonSyntaxProblem('{"a": 1\r\n "b": 2}')).toBe('invalid JSON at line 2, column 2: expected a comma');
    expect(jsonSyntaxProblem('TOKEN=s3cret')).toBe('invalid JSON at line 1, column 1: unexpected character');
    expect(jsonSyntaxProblem('{"a": [1, 2}')).toBe('invalid JSON at line 1, column 12: expected a comma');
    expect(jsonSyntaxProblem('{"a": 1')).toBe('invalid JSON at line 1, column 8: expected a closing }');
  });

  it('answers at once for text nested too deep or full of errors (no stack overflow, no list of millions)', () => {
    expect(jsonSyntaxProblem('['.repeat(200_000))).toBe('invalid JSON: nested more than 64 levels deep');
    const started = performance.now();
    expect(jsonSyntaxProblem(`[${','.repeat(4_000_000)}]`)).toMatch(/^invalid JSON at line 1, column 2: /);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('never throws, whatever the text (property)', () => {
    fc.assert(fc.property(fc.string(), (text) => typeof jsonSyntaxProblem(text) === 'string'));
  });
});

describe('utf8Problem', () => {
  it('agrees with a strict decoder on any bytes, and names the line of the first bad sequence (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(utf8Problem(bytes) === undefined).toBe(valid);
      }),
      { numRuns: 3000 },
    );
    // A correctly encoded U+FFFD on line 1 is text; the stray byte is on line 2.
    expect(utf8Problem(Buffer.concat([Buffer.from('"\uFFFD"\n"'), Buffer.from([0xff]), Buffer.from('"')]))).toBe(
      'not UTF-8 text: bytes that do not decode at line 2 (save the file as UTF-8)',
    );
  });
});
