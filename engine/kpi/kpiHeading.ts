import { kpiDefinition, type KpiName, type KpiUnit } from './definitions.js';

/** A unit as a table heading shows it after the label; none for rates (shown in %), money (the currency) and scores. */
const UNIT_SUFFIX: Readonly<Record<KpiUnit, string>> = {
  orders: 'orders',
  hours: 'h',
  rate: '',
  units: 'units',
  events: 'times',
  metres: 'm',
  money: '',
  score: '1 to 5',
};

/** A KPI's label with its unit, for a table's first column: "Cycle time, mean (h)". */
export function kpiHeading(kpi: KpiName): string {
  const { label, unit } = kpiDefinition(kpi);
  const suffix = UNIT_SUFFIX[unit];
  return suffix === '' ? label : `${label} (${suffix})`;
}
