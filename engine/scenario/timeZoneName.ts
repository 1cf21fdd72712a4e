/**
 * True when `name` is an IANA time zone this JavaScript runtime knows ("Europe/London",
 * "America/New_York", "UTC"), as Intl.DateTimeFormat accepts it.
 */
export function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
