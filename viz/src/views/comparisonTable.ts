import { formatKpiForPeople, KPI_DEFINITIONS, type ScenarioResult } from '../../../engine/index.js';

/** Table of every scenario's KPI means (rows: KPIs by label, in their units), with the change against the first (baseline). */
export function renderComparison(container: HTMLElement, results: readonly ScenarioResult[]): void {
  const [baseline] = results;
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const title of ['KPI', ...results.map((result) => result.scenario)]) {
    const cell = document.createElement('th');
    cell.textContent = title;
    head.append(cell);
  }
  const body = table.createTBody();
  for (const kpi of KPI_DEFINITIONS) {
    const row = body.insertRow();
    const label = document.createElement('th');
    label.scope = 'row';
    label.textContent = kpi.label;
    label.title = kpi.definition;
    row.append(label);
    for (const result of results) {
      const mean = result.kpis[kpi.name].mean;
      const base = baseline?.kpis[kpi.name].mean ?? null;
      const change =
        result !== baseline && mean !== null && base !== null && base !== 0
          ? ` (${mean >= base ? '+' : ''}${(((mean - base) / Math.abs(base)) * 100).toFixed(1)}%)`
          : '';
      row.insertCell().textContent = `${formatKpiForPeople(kpi.name, mean, result.currency)}${change}`;
    }
  }
  container.replaceChildren(table);
}
