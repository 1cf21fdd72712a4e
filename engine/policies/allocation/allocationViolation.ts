/** Why an allocation is not legal, or undefined: one whole number per line, within what each line awaits and within stock. The rule the run-time guard and check-policy share. */
export function allocationViolation(
  available: number,
  requests: ReadonlyArray<{ readonly units: number; readonly orderId?: number }>,
  given: unknown,
): string | undefined {
  if (!Array.isArray(given) || given.length !== requests.length) return `expected one whole number per line (${requests.length})`;
  let total = 0;
  for (let index = 0; index < given.length; index++) {
    const units: unknown = given[index];
    const request = requests[index];
    if (typeof units !== 'number' || !Number.isInteger(units) || units < 0)
      return `line ${index} got ${String(units)}, expected a whole number >= 0`;
    if (request !== undefined && units > request.units)
      return `line ${index}${request.orderId === undefined ? '' : ` (order ${request.orderId})`} got ${units} units but awaits ${request.units}`;
    total += units;
  }
  if (total > available) return `gave ${total} units but only ${available} are available`;
  return undefined;
}
