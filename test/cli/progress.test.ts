import { describe, expect, it } from 'vitest';
import { progressBar, shortDuration } from '../../engine/cli/progress.js';

describe('progressBar', () => {
  it('draws on a terminal with the time left estimated from the pace so far', () => {
    let written = '';
    let clock = 0;
    const bar = progressBar({ stdout: () => undefined, stderr: (text) => void (written += text), interactive: true }, 'sweep', () => clock);
    clock = 10_000;
    bar(1, 4);
    expect(written).toMatch(/sweep \[#{8}\.{22}\] 1\/4, about 30s left/);
    clock = 40_000;
    bar(4, 4);
    expect(written.endsWith('4/4\x1b[K\n')).toBe(true);
  });

  it('stays silent when stderr is not a terminal, and formats durations', () => {
    let written = '';
    progressBar({ stdout: () => undefined, stderr: (text) => void (written += text), interactive: false }, 'x')(1, 2);
    expect(written).toBe('');
    expect([shortDuration(4_400), shortDuration(65_000), shortDuration(3_600_000)]).toEqual(['4s', '1m 05s', '60m 00s']);
  });
});
