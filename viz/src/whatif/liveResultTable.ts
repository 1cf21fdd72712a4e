import { formatKpi, type KpiName, type ScenarioResult } from '../../../engine/index.js';

/**
 * The headline KPIs a what-if is judged by, in words. A local lookup until the KPI definitions
 * carry their own `label` and `unit` (engine/kpi/definitions.ts): then read those instead.
 */
const HEADLINES: ReadonlyArray<{ readonly kpi: KpiName; readonly label: string }> = [
  { kpi: 'ordersShipped', label: 'Orders shipped' },
  { kpi: 'cycleTimeHours', label: 'Cycle time, mean (hours)' },
  { kpi: 'onTimeRate', label: 'On-time delivery rate' },
  { kpi: 'fillRate', label: 'Fill rate' },
  { kpi: 'pickerUtilization', label: 'Picker utilization' },
  { kpi: 'packerUtilization', label: 'Packer utilization' },
  { kpi: 'costPerOrder', label: 'Cost per order' },
];

function cell(tag: 'th' | 'td', text: string): HTMLTableCellElement {
  const made = document.createElement(tag);
  made.textContent = text;
  return made;
}

/** The latest live result's headline KPIs beside the run before it, so the effect of a lever shows on this page. */
export function renderLiveResult(container: HTMLElement, latest: ScenarioResult, previous: ScenarioResult | undefined): void {
  const table = document.createElement('table');
  table.className = 'whatif-result';
  const caption = document.createElement('caption');
  caption.textContent = `This run: ${latest.replications} replication(s) of ${latest.horizonDays} days (${latest.warmupDays} days warm-up)`;
  const head = document.createElement('tr');
  head.append(cell('th', 'Measure'), cell('th', 'This run'));
  if (previous !== undefined) head.append(cell('th', 'Previous run'));
  const rows = HEADLINES.map(({ kpi, label }) => {
    const row = document.createElement('tr');
    row.dataset.kpi = kpi;
    const name = cell('th', label);
    name.scope = 'row';
    row.append(name, cell('td', formatKpi(kpi, latest.kpis[kpi].mean)));
    if (previous !== undefined) row.append(cell('td', formatKpi(kpi, previous.kpis[kpi].mean)));
    return row;
  });
  table.append(caption, head, ...rows);
  container.replaceChildren(table);
}
