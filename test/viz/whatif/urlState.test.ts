import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWhatIf, encodeWhatIf, withoutWhatIf } from '../../../viz/src/whatif/urlState.js';

const changes = { warehouse: { packers: 2, routing: 'largest-gap' }, channels: [{ name: 'web', ordersPerDay: 1080 }], description: 'é ✓' };

describe('urlState', () => {
  it('encodeWhatIf/decodeWhatIf: any JSON changes and replications come back from the hash', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom('', '#/what-if', '#/inventory'),
        (value, replications, route) => {
          const hash = encodeWhatIf({ changes: value, replications }, route);
          // JSON turns -0 into 0; compare as JSON text, as the URL carries it.
          expect(JSON.stringify(decodeWhatIf(hash)?.changes)).toBe(JSON.stringify(value ?? {}));
          expect(decodeWhatIf(hash)?.replications).toBe(replications);
        },
      ),
    );
  });

  it("encodeWhatIf: keeps the page's route, so the link opens the what-if page", () => {
    expect(encodeWhatIf({ changes, replications: 3 }, '#/what-if')).toMatch(/^#\/what-if\?whatif=[\w-]+&reps=3$/);
    expect(encodeWhatIf({ changes, replications: 3 }, '#/what-if?whatif=old&reps=1')).toMatch(/^#\/what-if\?whatif=[\w-]+&reps=3$/);
    expect(encodeWhatIf({ changes, replications: 1 })).toMatch(/^#whatif=[\w-]+&reps=1$/);
  });

  it('decodeWhatIf: reads links made before pages had routes', () => {
    const old = encodeWhatIf({ changes, replications: 2 });
    expect(decodeWhatIf(old)).toEqual({ changes, replications: 2 });
    expect(decodeWhatIf(`#/what-if?${old.slice(1)}`)).toEqual({ changes, replications: 2 });
  });

  it('decodeWhatIf: no what-if, garbage or a bad replication count', () => {
    expect(decodeWhatIf('')).toBeUndefined();
    expect(decodeWhatIf('#/inventory')).toBeUndefined();
    expect(decodeWhatIf('#whatif=%%%')).toBeUndefined();
    expect(decodeWhatIf('#whatif=bm90IGpzb24')).toBeUndefined();
    expect(decodeWhatIf(`${encodeWhatIf({ changes, replications: 1 }).replace('reps=1', 'reps=-4')}`)?.replications).toBe(1);
  });

  it('withoutWhatIf: leaves the route alone', () => {
    expect(withoutWhatIf('#/what-if?whatif=abc&reps=1')).toBe('#/what-if');
    expect(withoutWhatIf('#whatif=abc&reps=1')).toBe('');
    expect(withoutWhatIf('#/inventory')).toBe('#/inventory');
    expect(withoutWhatIf('')).toBe('');
    expect(withoutWhatIf('#not-a-route')).toBe('');
  });

  it('withoutWhatIf: keeps the chosen scenario (the panel starts after the user may have chosen one)', () => {
    expect(withoutWhatIf('#/summary?scenario=what-if-automation')).toBe('#/summary?scenario=what-if-automation');
    expect(withoutWhatIf('#/summary?scenario=a%20b&whatif=abc&reps=2')).toBe('#/summary?scenario=a+b');
  });
});
