import { kpiDefinition, KPI_DEFINITIONS, type KpiName, type KpiUnit } from '../../../engine/index.js';

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

/** Replaces every text in `root` that is a KPI's identifier by its label (charts drawn with identifiers). */
export function relabelKpis(root: Element): void {
  for (const node of root.querySelectorAll('text, title')) {
    let text = node.textContent ?? '';
    for (const { name, label } of KPI_DEFINITIONS) {
      if (text === name) text = label;
      else if (text.startsWith(`${name}: `)) text = `${label}: ${text.slice(name.length + 2)}`;
    }
    if (text !== node.textContent) node.textContent = text;
  }
}
