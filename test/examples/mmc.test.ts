import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulateMmc } from '../../examples/mmc.js';
import { expectInsideInterval } from '../helpers/confidence.js';
import { erlangC } from '../helpers/theory.js';

describe('examples/mmc.ts (the kernel tutorial) against Erlang C', () => {
  it('simulateMmc: mean wait of M/M/5 at 80% load matches Erlang C within a 95% interval over 10 seeds', () => {
    const { meanWait } = erlangC(4, 1, 5);
    expect(meanWait).toBeCloseTo(0.554, 3); // the figure the tutorial quotes
    const waits = Array.from({ length: 10 }, (_, seed) => simulateMmc(4, 1, 5, 20_000, seed + 1));
    expectInsideInterval(waits, meanWait, 'mean wait');
  });

  it('simulateMmc: the same seed gives the same run', () => {
    expect(simulateMmc(4, 1, 5, 2_000, 7)).toBe(simulateMmc(4, 1, 5, 2_000, 7));
  });

  it('docs/kernel-tutorial.md shows examples/mmc.ts as it is (the package name in place of the relative import)', () => {
    const tutorial = readFileSync('docs/kernel-tutorial.md', 'utf8');
    const example = readFileSync('examples/mmc.ts', 'utf8')
      .replace(/^\/\/.*\n/, '')
      .replace("'../engine/index.js'", "'fulfill'");
    expect(tutorial).toContain('```ts\n' + example + '```');
  });
});
