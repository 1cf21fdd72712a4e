import { KPI_WORDING, type KpiName } from '../../../engine/index.js';

/** A KPI's label with its unit, for a table's first column: "cycle time (h)". */
export function kpiHeading(kpi: KpiName): string {
  const { label, unit } = KPI_WORDING[kpi];
  return unit === '' || unit === '%' ? label : `${label} (${unit})`;
}

/** Replaces every text in `root` that is a KPI's identifier by its label (charts drawn with identifiers). */
export function relabelKpis(root: Element): void {
  for (const node of root.querySelectorAll('text, title')) {
    let text = node.textContent ?? '';
    for (const [kpi, wording] of Object.entries(KPI_WORDING)) {
      if (text === kpi) text = wording.label;
      else if (text.startsWith(`${kpi}: `)) text = `${wording.label}: ${text.slice(kpi.length + 2)}`;
    }
    if (text !== node.textContent) node.textContent = text;
  }
}
