import { kpiDefinition, type KpiName, type KpiUnit } from './definitions.js';

/**
 * Hours as people read them: minutes under an hour, hours with one decimal under a day, and
 * days and whole hours from a day on ("1 d 2 h"), where a decimal of hours says little.
 */
export function formatHours(hours: number): string {
  const sign = hours < 0 ? '-' : '';
  const magnitude = Math.abs(hours);
  if (magnitude < 1) return `${sign}${Math.round(magnitude * 60)} min`;
  if (magnitude < 24) return `${sign}${magnitude.toFixed(1)} h`;
  const wholeHours = Math.round(magnitude);
  const days = Math.floor(wholeHours / 24);
  const rest = wholeHours - days * 24;
  return `${sign}${days} d${rest > 0 ? ` ${rest} h` : ''}`;
}

/** A count: one decimal while small (a time-average of units may be 0.4), whole numbers with separators from 100 on. */
function formatCount(value: number): string {
  if (Math.abs(value) < 100 && !Number.isInteger(value)) return value.toFixed(1);
  return Math.round(value).toLocaleString('en-US');
}

/**
 * Money in the scenario's currency (an ISO 4217 code, e.g. "EUR"), or, when the scenario names
 * none, a plain amount with two decimals: the engine never guesses a currency symbol.
 */
export function formatMoney(value: number, currency: string | undefined): string {
  if (currency === undefined) return value.toFixed(2);
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(value);
}

const COUNT_WORDS: Partial<Record<KpiUnit, string>> = { orders: 'orders', units: 'units', events: 'times' };

/** A value in a unit, formatted for people: "1 d 2 h", "96.3%", "1,234 orders", "€4.10", "12.5 m", "4.2 of 5". */
export function formatInUnit(unit: KpiUnit, value: number | null, currency?: string): string {
  if (value === null || !Number.isFinite(value)) return 'no data';
  switch (unit) {
    case 'hours':
      return formatHours(value);
    case 'rate':
      return `${(value * 100).toFixed(1)}%`;
    case 'money':
      return formatMoney(value, currency);
    case 'metres':
      return `${value.toFixed(1)} m`;
    case 'score':
      return `${value.toFixed(2)} of 5`;
    default:
      return `${formatCount(value)} ${COUNT_WORDS[unit] ?? ''}`.trimEnd();
  }
}

/** A KPI's value formatted for people (see formatInUnit); `currency` is the scenario's, when it names one. */
export function formatKpiForPeople(name: KpiName, value: number | null, currency?: string): string {
  return formatInUnit(kpiDefinition(name).unit, value, currency);
}

/** An interval half-width or a difference in a KPI's unit: percentage points for rates, the KPI's unit otherwise. */
export function formatSpreadForPeople(name: KpiName, value: number | null, currency?: string): string {
  if (value === null || !Number.isFinite(value)) return '';
  const unit = kpiDefinition(name).unit;
  if (unit === 'rate') return `${(value * 100).toFixed(1)} pp`;
  return formatInUnit(unit, value, currency);
}
