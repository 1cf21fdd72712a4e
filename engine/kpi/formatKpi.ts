import { kpiDefinition, type KpiName } from './definitions.js';
import { formatMoney } from './formatForPeople.js';

const PERCENT: ReadonlySet<KpiName> = new Set([
  'onTimeRate',
  'orderAccuracy',
  'fillRate',
  'orderFillRate',
  'oversellRate',
  'pickerUtilization',
  'packerUtilization',
  'returnRate',
]);
const COUNT: ReadonlySet<KpiName> = new Set(['ordersPlaced', 'ordersShipped', 'stockoutEvents', 'meanOnHandUnits', 'lostSalesUnits']);

/** Formats a KPI value for a table: rates as %, counts as integers, the rest with 2 decimals. */
export function formatKpi(name: KpiName, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '-';
  if (PERCENT.has(name)) return `${(value * 100).toFixed(2)}%`;
  if (COUNT.has(name)) return Math.round(value).toLocaleString('en-US');
  return value.toFixed(2);
}

/** Formats an interval half-width in the KPI's unit (percentage points for rates). */
export function formatHalfWidth(name: KpiName, halfWidth: number | null): string {
  if (halfWidth === null || !Number.isFinite(halfWidth)) return '';
  if (PERCENT.has(name)) return `±${(halfWidth * 100).toFixed(2)}`;
  if (COUNT.has(name)) return `±${Math.round(halfWidth).toLocaleString('en-US')}`;
  return `±${halfWidth.toFixed(2)}`;
}

/** Formats a difference of two KPI values with its sign (percentage points for rates). */
export function formatDifference(name: KpiName, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '-';
  const sign = value > 0 ? '+' : value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  if (PERCENT.has(name)) return `${sign}${(magnitude * 100).toFixed(2)} pp`;
  if (COUNT.has(name)) return `${sign}${Math.round(magnitude).toLocaleString('en-US')}`;
  return `${sign}${magnitude.toFixed(2)}`;
}

/** As formatKpi, with money in `currency` when the scenario names one ("€25.53"). */
export function formatKpiIn(name: KpiName, value: number | null, currency: string | undefined): string {
  if (currency === undefined || value === null || !Number.isFinite(value) || kpiDefinition(name).unit !== 'money')
    return formatKpi(name, value);
  return formatMoney(value, currency);
}

/** As formatDifference, with money in `currency` when the scenarios name one ("-€0.02"). */
export function formatDifferenceIn(name: KpiName, value: number | null, currency: string | undefined): string {
  if (currency === undefined || value === null || !Number.isFinite(value) || kpiDefinition(name).unit !== 'money')
    return formatDifference(name, value);
  const sign = value > 0 ? '+' : value < 0 ? '-' : '';
  return `${sign}${formatMoney(Math.abs(value), currency)}`;
}

/** False only for a money KPI of two scenarios that name different currencies: their amounts cannot be compared. */
export function comparableIn(name: KpiName, currency: string | undefined, otherCurrency: string | undefined): boolean {
  return currency === undefined || otherCurrency === undefined || currency === otherCurrency || kpiDefinition(name).unit !== 'money';
}
