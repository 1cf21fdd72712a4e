import { describe, expect, it } from 'vitest';
import { busiestDay } from '../../../engine/experiment/dayLog/busiestDay.js';
import { DAY } from '../../../engine/kernel/time.js';

describe('busiestDay', () => {
  it('busiestDay picks the day with most orders after the warm-up, the earliest on a tie', () => {
    expect(busiestDay([900, 5, 7, 12, 12, 3], 2 * DAY)).toBe(3);
    expect(busiestDay([900, 5, 7], 0)).toBe(0);
  });

  it('busiestDay is undefined when no day after the warm-up had an order', () => {
    expect(busiestDay([4, 0, 0], DAY)).toBeUndefined();
    expect(busiestDay([], 0)).toBeUndefined();
  });
});
