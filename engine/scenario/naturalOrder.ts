/**
 * Compares labels the way a person orders aisle signs: runs of digits by their number, other
 * text by code point, so A2 < A9 < A10 and 3 < 12 (not "12" < "3" as text). Labels equal as
 * numbers ("A09", "A9") fall back to plain text order, so the order is total and repeatable.
 */
export function naturalCompare(p: string, q: string): number {
  const runs = /(\d+|\D+)/g;
  const left = p.match(runs) ?? [];
  const right = q.match(runs) ?? [];
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const a = left[index] as string;
    const b = right[index] as string;
    if (a === b) continue;
    const digits = /^\d/.test(a) && /^\d/.test(b);
    if (digits) {
      // Compared as digit strings without leading zeros (no precision limit on long numbers).
      const x = a.replace(/^0+(?=\d)/, '');
      const y = b.replace(/^0+(?=\d)/, '');
      if (x.length !== y.length) return x.length - y.length;
      if (x !== y) return x < y ? -1 : 1;
      continue;
    }
    return a < b ? -1 : 1;
  }
  if (left.length !== right.length) return left.length - right.length;
  return p < q ? -1 : p > q ? 1 : 0;
}
