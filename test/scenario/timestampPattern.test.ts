import { describe, expect, it } from 'vitest';
import { compileTimestampPattern, matchTimestampPattern, type TimestampPattern } from '../../engine/scenario/timestampPattern.js';

const compiled = (source: string): TimestampPattern => {
  const pattern = compileTimestampPattern(source);
  if (typeof pattern === 'string') throw new Error(pattern);
  return pattern;
};

describe('timestampPattern', () => {
  it('reads day-first, month-first and two-digit-year layouts, seconds optional in the pattern', () => {
    expect(matchTimestampPattern(compiled('dd/MM/yyyy HH:mm'), '13/05/2011 09:05')).toEqual({
      year: 2011,
      month: 5,
      day: 13,
      hour: 9,
      minute: 5,
      second: 0,
    });
    expect(matchTimestampPattern(compiled('M/d/yy H:mm:ss'), '5/3/11 9:05:07')).toEqual({
      year: 2011,
      month: 5,
      day: 3,
      hour: 9,
      minute: 5,
      second: 7,
    });
    expect(matchTimestampPattern(compiled('yyyy.MM.dd-HH.mm'), '2024.03.31-01.30')).toMatchObject({
      year: 2024,
      month: 3,
      day: 31,
      hour: 1,
    });
  });

  it('matches the whole text only, with literal characters as written', () => {
    const pattern = compiled('dd/MM/yyyy HH:mm');
    for (const text of [
      '13/05/2011 09:05:00',
      '13-05-2011 09:05',
      '13/05/2011T09:05',
      '3/05/2011 09:05',
      ' 13/05/2011 09:05',
      '13/05/2011 09:05x',
    ])
      expect(matchTimestampPattern(pattern, text), text).toBeUndefined();
    // A dot is literal, not "any character".
    expect(matchTimestampPattern(compiled('dd.MM.yyyy HH:mm'), '13x05x2011 09:05')).toBeUndefined();
  });

  it('names what is wrong with a pattern', () => {
    expect(compileTimestampPattern('dd/MM/yyyy')).toBe('expected a day, month, year, hour and minute in the pattern; missing hour, minute');
    expect(compileTimestampPattern('dd/MM/yyyy HH:mm tt')).toMatch(
      /^unknown pattern letter "t" at position 18: expected the tokens dd or d/,
    );
    expect(compileTimestampPattern('dd/MM/yyyy HH:mm dd')).toBe('the day appears twice ("dd")');
    expect(compileTimestampPattern('yy/MM/yyyy dd HH:mm')).toBe('the year appears twice ("yyyy")');
    expect(compileTimestampPattern(`dd/MM/yyyy HH:mm${' '.repeat(60)}`)).toBe('expected a pattern of at most 64 characters');
  });

  it('refuses two one-or-two-digit tokens in one run of digits, which could be split two ways', () => {
    expect(compileTimestampPattern('dMyyyy HH:mm')).toBe(
      '"d" and "M" both take one or two digits with no separator between them, so their digits could be split two ways (111 as 1 and 11, or as 11 and 1): write dd or MM, or put a separator between them',
    );
    expect(compileTimestampPattern('yyyyMMdd H:mm')).not.toBeTypeOf('string');
    expect(compileTimestampPattern('dMMyyyy Hmm')).not.toBeTypeOf('string');
    expect(compileTimestampPattern('d/M/yyyy H:mm')).not.toBeTypeOf('string');
    expect(compileTimestampPattern('yyyyMdH:mm')).toMatch(/^"M" and "d" both take one or two digits/);
  });

  it("reads one one-or-two-digit token in a run of digits by the run's length", () => {
    const pattern = compiled('dMMyyyy Hmm');
    expect(matchTimestampPattern(pattern, '1112024 930')).toEqual({ year: 2024, month: 11, day: 1, hour: 9, minute: 30, second: 0 });
    expect(matchTimestampPattern(pattern, '11122024 1930')).toEqual({ year: 2024, month: 12, day: 11, hour: 19, minute: 30, second: 0 });
  });
});
