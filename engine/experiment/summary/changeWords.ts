import { formatKpi } from '../../kpi/formatKpi.js';
import type { KpiChange } from './kpiChange.js';
import { KPI_WORDING } from './kpiWording.js';

/** How money is written: the currency's code or symbol, put before amounts ("EUR 0.42"). */
export interface MoneyWords {
  readonly currency?: string;
}

/** A positive number with about two significant digits: 21, 4.6, 0.9, 0.04. */
export function roughNumber(value: number, decimals = decimalsFor(value)): string {
  return Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** The decimals that give a number about two significant digits (at most 6). */
export function decimalsFor(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude >= 10 || magnitude === 0 || !Number.isFinite(magnitude)) return 0;
  if (magnitude >= 0.1) return 1;
  return Math.min(6, -Math.floor(Math.log10(magnitude)));
}

/**
 * The interval's ends as magnitudes, smaller first (a significant interval lies on one side of 0),
 * each with at least `decimals` and enough of its own not to read as 0 ("5.3-131").
 */
function range(low: number, high: number, scale: number, decimals: number): string {
  const ends = [Math.abs(low) * scale, Math.abs(high) * scale].sort((a, b) => a - b);
  return ends.map((end) => roughNumber(end, Math.max(decimals, decimalsFor(end)))).join('-');
}

/**
 * Decimals for a change and its interval: about two significant digits of the change, and enough
 * for the interval's half-width to show (18.3 points, 95% CI 17.9-18.6, not 18 and "18-18").
 */
function decimalsWithInterval(value: number, low: number, high: number, scale: number): number {
  const halfWidth = (Math.abs(high - low) * scale) / 2;
  // One significant digit of the half-width is enough to keep the interval's ends apart.
  const forInterval = halfWidth > 0 && Number.isFinite(halfWidth) ? Math.ceil(-Math.log10(halfWidth)) : 0;
  return Math.min(6, Math.max(decimalsFor(value), forInterval));
}

const busy = (difference: number): string => (difference > 0 ? 'busier' : 'less busy');

/**
 * The change as a verb phrase with its interval, to follow the variant's name ("cuts cycle time
 * by 4.6% (95% CI 4.2-5.1%)"); `following` phrases a utilization as its own clause
 * ("packers are 21 points less busy ...") after an "and".
 */
export function changePhrase(change: KpiChange, money: MoneyWords, following: boolean): string {
  const { phrase: label, kind, who } = KPI_WORDING[change.kpi];
  const [low, high] = change.ci95;
  const up = change.difference > 0;
  if (kind === 'rate' || kind === 'utilization') {
    const points = Math.abs(change.difference) * 100;
    const decimals = decimalsWithInterval(points, low, high, 100);
    const interval = `(95% CI ${range(low, high, 100, decimals)} points)`;
    if (kind === 'utilization') {
      const busyness = `${roughNumber(points, decimals)} points ${busy(change.difference)} ${interval}`;
      return following ? `${who ?? label} are ${busyness}` : `makes ${who ?? label} ${busyness}`;
    }
    return `${up ? 'raises' : 'lowers'} ${label} by ${roughNumber(points, decimals)} points ${interval}`;
  }
  const verb = up ? 'raises' : 'cuts';
  if (change.base === 0) {
    return `${verb} ${label} from ${formatKpi(change.kpi, 0)} to ${formatKpi(change.kpi, change.variant)} (95% CI of the change ${range(low, high, 1, decimalsFor(change.difference))})`;
  }
  const scale = 100 / Math.abs(change.base);
  const percent = Math.abs(change.difference) * scale;
  const decimals = decimalsWithInterval(percent, low, high, scale);
  const amount =
    kind === 'money' && money.currency !== undefined ? `${money.currency} ${formatKpi(change.kpi, Math.abs(change.difference))}; ` : '';
  return `${verb} ${label} by ${roughNumber(percent, decimals)}% (${amount}95% CI ${range(low, high, scale, decimals)}%)`;
}

/** The change in a few words, for a list: "on-time rate +0.9 points", "cycle time -4.6%", "pickers 3 points busier". */
export function changeBrief(change: KpiChange, money: MoneyWords): string {
  const { phrase: label, kind, who } = KPI_WORDING[change.kpi];
  const sign = change.difference > 0 ? '+' : '-';
  if (kind === 'utilization') return `${who ?? label} ${roughNumber(change.difference * 100)} points ${busy(change.difference)}`;
  if (kind === 'rate') return `${label} ${sign}${roughNumber(change.difference * 100)} points`;
  if (change.base === 0) return `${label} from ${formatKpi(change.kpi, 0)} to ${formatKpi(change.kpi, change.variant)}`;
  const percent = `${label} ${sign}${roughNumber((change.difference / Math.abs(change.base)) * 100)}%`;
  if (kind === 'money' && money.currency !== undefined)
    return `${percent} (${sign}${money.currency} ${formatKpi(change.kpi, Math.abs(change.difference))})`;
  return percent;
}
