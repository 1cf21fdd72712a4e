import { describe, expect, it } from 'vitest';
import { builtInPolicies } from '../helpers/builtInPolicies.js';

describe('routing policies', () => {
  it('route 300,000 picks in one aisle without spreading them into a call (the stack overflowed)', () => {
    const floor = { aisles: 4, aisleLength: 60, aisleSpacing: 3, depotX: 0, blocks: 2 };
    const picks = Array.from({ length: 300_000 }, (_, index) => ({ aisle: index % 2, y: 1 + (index % 50) }));
    for (const [name, policy] of builtInPolicies('routing')) {
      const route = policy.route(floor, picks);
      expect(route.sequence, name).toHaveLength(picks.length);
    }
  }, 120_000);
});
