import { fixedPolicy } from '../BuiltInPolicy.js';

/**
 * Fair share: every waiting line gets units in proportion to what it awaits, rounded down,
 * and the units left by rounding go one each to the largest remainders (Hamilton's method;
 * ties to the earlier backorder). When the units cover every line, every line is filled.
 */
export const fairShare = fixedPolicy('allocation', 'splits the units in proportion to what each line awaits (largest remainders)', {
  name: 'fair-share',
  allocate(available, requests) {
    const wanted = requests.reduce((sum, request) => sum + request.units, 0);
    if (wanted <= available) return requests.map((request) => request.units);
    const exact = requests.map((request) => (request.units * available) / wanted);
    const given = exact.map(Math.floor);
    let left = available - given.reduce((sum, units) => sum + units, 0);
    const byRemainder = exact
      .map((_, index) => index)
      .sort((p, q) => (exact[q] as number) - (given[q] as number) - ((exact[p] as number) - (given[p] as number)) || p - q);
    for (const index of byRemainder) {
      if (left <= 0) break;
      given[index] = (given[index] as number) + 1;
      left--;
    }
    return given;
  },
});
