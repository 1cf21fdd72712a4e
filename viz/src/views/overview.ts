import { formatHalfWidth, formatKpi, KPI_DEFINITIONS, type ScenarioResult } from '../../../engine/index.js';

/** KPI cards for one scenario: mean, 95% interval and the change against the baseline. */
export function renderOverview(container: HTMLElement, result: ScenarioResult, baseline: ScenarioResult | undefined): void {
  container.replaceChildren(
    ...KPI_DEFINITIONS.map((kpi) => {
      const summary = result.kpis[kpi.name];
      const card = document.createElement('div');
      card.className = 'card';
      card.dataset.kpi = kpi.name;
      card.title = kpi.definition;
      const half = summary.ci95 === null || summary.mean === null ? null : summary.ci95[1] - summary.mean;
      const interval = formatHalfWidth(kpi.name, half);
      card.innerHTML = `<div class="name"></div><div class="value"></div><div class="interval"></div><div class="change"></div>`;
      (card.querySelector('.name') as HTMLElement).textContent = kpi.name;
      (card.querySelector('.value') as HTMLElement).textContent = formatKpi(kpi.name, summary.mean);
      (card.querySelector('.interval') as HTMLElement).textContent = interval === '' ? 'no interval' : `95% CI ${interval}`;
      const change = card.querySelector('.change') as HTMLElement;
      const base = baseline?.kpis[kpi.name].mean ?? null;
      if (baseline !== undefined && baseline !== result && base !== null && summary.mean !== null && base !== 0) {
        const relative = ((summary.mean - base) / Math.abs(base)) * 100;
        change.textContent = `${relative >= 0 ? '+' : ''}${relative.toFixed(1)}% vs ${baseline.scenario}`;
        const improved = kpi.direction === 'higher' ? relative > 0 : kpi.direction === 'lower' ? relative < 0 : undefined;
        if (improved !== undefined && Math.abs(relative) >= 0.05) change.className = `change ${improved ? 'better' : 'worse'}`;
      }
      return card;
    }),
  );
}
