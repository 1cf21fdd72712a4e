/**
 * A value for a message: a string quoted, a number as written (NaN, Infinity, which JSON would
 * print as null), a bigint with its n (12n is not the number 12), undefined and null by name,
 * anything else by its type (a function's or an object's JSON says little, or nothing, of what
 * was wrong).
 */
const shown = (value: unknown): string =>
  typeof value === 'string'
    ? JSON.stringify(value)
    : typeof value === 'number' || value === undefined || value === null
      ? String(value)
      : typeof value === 'bigint'
        ? `${value}n`
        : `(${/^[aeiou]/.test(typeof value) ? 'an' : 'a'} ${typeof value})`;

const isWholeUnits = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * Why a SKU's replenishment rule is not legal, or undefined: a whole starting level >= 0, a
 * review period of more than 0 days (or none: continuous review), a position for
 * `ordersOnlyAtOrBelow` (or none), and the two methods the model calls. The rule the run-time guard and check-policy share.
 */
export function ruleViolation(rule: unknown): string | undefined {
  if (typeof rule !== 'object' || rule === null)
    return 'expected a rule {targetLevel, steadyStateLevel(uniform), quantityToOrder(position, now)}';
  const { targetLevel, reviewPeriodDays, steadyStateLevel, quantityToOrder, ordersOnlyAtOrBelow } = rule as Readonly<
    Record<string, unknown>
  >;
  if (!isWholeUnits(targetLevel)) return `targetLevel ${shown(targetLevel)}: expected a whole number of units >= 0`;
  if (
    reviewPeriodDays !== undefined &&
    !(typeof reviewPeriodDays === 'number' && Number.isFinite(reviewPeriodDays) && reviewPeriodDays > 0)
  ) {
    return `reviewPeriodDays ${shown(reviewPeriodDays)}: expected a number of days > 0, or none (continuous review)`;
  }
  // Finite: -Infinity would silence the rule for good, and neither infinity says anything useful.
  if (ordersOnlyAtOrBelow !== undefined && !(typeof ordersOnlyAtOrBelow === 'number' && Number.isFinite(ordersOnlyAtOrBelow)))
    return `ordersOnlyAtOrBelow ${shown(ordersOnlyAtOrBelow)}: expected a finite inventory position (a number), or none`;
  if (typeof steadyStateLevel !== 'function' || typeof quantityToOrder !== 'function')
    return 'expected steadyStateLevel(uniform) and quantityToOrder(position, now) methods';
  return undefined;
}

/** Why a stock level or an order quantity is not legal, or undefined: a whole number of units >= 0. */
export function unitsViolation(units: unknown): string | undefined {
  return isWholeUnits(units) ? undefined : 'expected a whole number of units >= 0';
}

/** Why what `closePeriod` reports is not legal, or undefined: nothing, or the forecast and actual demand as finite numbers. */
export function closedPeriodViolation(closed: unknown): string | undefined {
  if (closed === undefined) return undefined;
  const { forecastUnits, actualUnits } = (closed ?? {}) as Readonly<Record<string, unknown>>;
  if (
    typeof forecastUnits === 'number' &&
    Number.isFinite(forecastUnits) &&
    typeof actualUnits === 'number' &&
    Number.isFinite(actualUnits)
  )
    return undefined;
  return 'expected undefined or {forecastUnits, actualUnits} as finite numbers';
}
