import { describe, expect, it } from 'vitest';
import { TimeWeighted } from '../../engine/kpi/TimeWeighted.js';

describe('TimeWeighted', () => {
  it('averages a level over the window only', () => {
    const level = new TimeWeighted(10, 20);
    level.set(0, 5); // before the window: sets the level only
    level.set(15, 1);
    level.add(18, 2);
    level.set(25, 100); // after the window: ignored
    expect(level.integral()).toBe(5 * 5 + 3 * 1 + 2 * 3);
    expect(level.average()).toBeCloseTo(3.4, 12);
  });
});
