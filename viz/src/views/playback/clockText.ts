const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The warehouse's local time `t` seconds after the midnight opening a day that is weekday `weekday` (0 = Monday): "Tue 14:05:09". */
export function clockText(weekday: number, t: number): string {
  const whole = Math.max(0, Math.floor(t));
  const day = WEEKDAYS[(weekday + Math.floor(whole / 86_400)) % 7] ?? '';
  const seconds = whole % 86_400;
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${day} ${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}
