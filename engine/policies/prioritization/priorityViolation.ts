/** Why a priority key is not legal, or undefined: a finite number. The rule the run-time guard and check-policy share. */
export function priorityViolation(key: unknown): string | undefined {
  if (typeof key !== 'number' || !Number.isFinite(key)) return 'expected a finite number';
  return undefined;
}
