import { formatKpi, KPI_DEFINITIONS, KPI_NAMES, kpiDefinition, type KpiName, type KpiUnit } from '../../../../engine/index.js';

/** A KPI unit as an axis or column names it (rates are shown as %). */
const UNIT_WORDS: Readonly<Record<KpiUnit, string>> = {
  orders: 'orders',
  hours: 'hours',
  rate: '%',
  units: 'units',
  events: 'times',
  metres: 'm',
  money: 'money',
  score: 'score 1-5',
};

/** The leaderboard's own metrics that are not KPIs. */
const BOARD_WORDS: Readonly<Record<string, { readonly label: string; readonly unit: string }>> = {
  loyalPromiseKeptRate: { label: 'Promises kept, loyal customers', unit: '%' },
  otherPromiseKeptRate: { label: 'Promises kept, other customers', unit: '%' },
};

/** True when `name` is a KPI. */
export const isKpi = (name: string): name is KpiName => (KPI_NAMES as readonly string[]).includes(name);

/** A KPI's or leaderboard metric's words for people (an unknown name is shown as it is). */
export function metricLabel(name: string): string {
  return isKpi(name) ? kpiDefinition(name).label : (BOARD_WORDS[name]?.label ?? name);
}

/** A metric's unit in words: `%`, `hours`, `money`, ... */
export function metricUnit(name: string): string {
  return isKpi(name) ? UNIT_WORDS[kpiDefinition(name).unit] : (BOARD_WORDS[name]?.unit ?? '');
}

/** The label with its unit, for an axis or a column: "Cycle time (mean), hours". */
export function metricWithUnit(name: string): string {
  const unit = metricUnit(name);
  return unit === '' ? metricLabel(name) : `${metricLabel(name)}, ${unit}`;
}

/** A KPI's one-line definition (for a tooltip). */
export function metricDefinition(name: string): string {
  return KPI_DEFINITIONS.find((definition) => definition.name === name)?.definition ?? '';
}

/** A metric's value for people: rates as %, counts whole, the rest with 2 decimals. */
export function formatMetric(name: string, value: number | null): string {
  if (isKpi(name)) return formatKpi(name, value);
  if (value === null || !Number.isFinite(value)) return '-';
  return metricUnit(name) === '%' ? `${(value * 100).toFixed(2)}%` : value.toFixed(2);
}

/** A difference in the metric's unit, signed (percentage points for rates). */
export function formatMetricDifference(name: string, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '-';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  const magnitude = Math.abs(value);
  if (metricUnit(name) === '%') return `${sign}${(magnitude * 100).toFixed(2)} points`;
  return `${sign}${magnitude >= 100 ? Math.round(magnitude).toLocaleString('en-US') : magnitude.toFixed(2)}`;
}

/** A scenario path for people: `warehouse.pickersPerShift` → "warehouse: pickers per shift". */
export function settingLabel(path: string): string {
  const words = path.split('.').map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase());
  const last = words.pop() ?? path;
  return words.length === 0 ? last : `${words.join(' ')}: ${last}`;
}

/** Which way a metric improves, from the KPI definitions (leaderboard metrics say it themselves). */
export function metricDirection(name: string): 'higher' | 'lower' | 'neither' {
  return KPI_DEFINITIONS.find((definition) => definition.name === name)?.direction ?? 'neither';
}
