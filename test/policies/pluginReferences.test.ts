import { describe, expect, it } from 'vitest';
import { pluginReferencesIn } from '../../engine/policies/pluginReferences.js';

describe('pluginReferencesIn', () => {
  it('pluginReferencesIn: finds module references at every family path, and leaves an empty module to the schema', () => {
    const json = {
      warehouse: { routing: { module: './route.ts' }, batching: { policy: { module: '' } } },
      inventory: { allocation: 'fcfs', policy: { module: './reorder.ts' }, skuPolicies: { '7': { module: './sku7.ts' } } },
    };
    expect(
      pluginReferencesIn(json)
        .map((reference) => reference.module)
        .sort(),
    ).toEqual(['./reorder.ts', './route.ts', './sku7.ts']);
  });
});
