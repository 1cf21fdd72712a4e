import { formatKpiForPeople, kpiDefinition, type KpiName, type ScenarioResult } from '../../../engine/index.js';

/** The headline KPIs a what-if is judged by, shown with their labels (KPI_DEFINITIONS) and units. */
const HEADLINES: readonly KpiName[] = [
  'ordersShipped',
  'cycleTimeHours',
  'onTimeRate',
  'fillRate',
  'pickerUtilization',
  'packerUtilization',
  'costPerOrder',
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
  const rows = HEADLINES.map((kpi) => {
    const { label } = kpiDefinition(kpi);
    const row = document.createElement('tr');
    row.dataset.kpi = kpi;
    const name = cell('th', label);
    name.scope = 'row';
    row.append(name, cell('td', formatKpiForPeople(kpi, latest.kpis[kpi].mean, latest.currency)));
    if (previous !== undefined) row.append(cell('td', formatKpiForPeople(kpi, previous.kpis[kpi].mean, previous.currency)));
    return row;
  });
  table.append(caption, head, ...rows);
  container.replaceChildren(table);
}
