const CLOCK = /^(\d\d):(\d\d)$/;

/** Minutes after midnight of a scenario clock time "HH:MM" ("24:00" is 1440), or undefined. */
export function clockToMinutes(text: unknown): number | undefined {
  const match = typeof text === 'string' ? CLOCK.exec(text) : null;
  if (match === null) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The scenario clock time "HH:MM" of `minutes` after midnight (0 to 1440). */
export function minutesToClock(minutes: number): string {
  const whole = Math.max(0, Math.min(1440, Math.round(minutes)));
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${pad(Math.floor(whole / 60))}:${pad(whole % 60)}`;
}
