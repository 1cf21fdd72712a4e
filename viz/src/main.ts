import './style.css';
import { loadResults } from './loadResults.js';
import type { ScenarioResult } from '../../engine/experiment/runScenario.js';
import { renderCarrierTable } from './views/carrierTable.js';
import { renderComparison } from './views/comparisonTable.js';
import { renderDistributionChart, type TimeMeasure } from './views/distributionChart.js';
import { renderJourneyChart } from './views/journeyChart.js';
import { renderOverview } from './views/overview.js';
import { renderSeriesChart, SERIES } from './views/seriesChart.js';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`dashboard: missing #${id}`);
  return found as T;
}

async function start(): Promise<void> {
  const results = await loadResults();
  const subtitle = element('subtitle');
  if (results.length === 0) {
    subtitle.textContent = 'No results yet: run `fulfill run <scenario> --out DIR`, then `fulfill dashboard DIR`.';
    return;
  }
  const [baseline] = results;
  subtitle.textContent = `${results.length} scenario(s), ${baseline?.replications} replication(s) each, ${baseline?.horizonDays} days with ${baseline?.warmupDays} days warm-up, seed ${baseline?.seed}`;
  const scenarioSelect = element<HTMLSelectElement>('scenario-select');
  scenarioSelect.replaceChildren(...results.map((result, index) => new Option(result.scenario, String(index))));
  const distributionSelect = element<HTMLSelectElement>('distribution-select');
  const selected = (): ScenarioResult | undefined => results[Number(scenarioSelect.value)] ?? baseline;
  const showDistribution = (): void => {
    const result = selected();
    if (result !== undefined) renderDistributionChart(element('distribution-chart'), result, distributionSelect.value as TimeMeasure);
  };
  const showScenario = (): void => {
    const result = selected();
    if (result === undefined) return;
    renderOverview(element('kpi-cards'), result, baseline);
    renderJourneyChart(element('journey-chart'), result);
    renderCarrierTable(element('carrier-table'), result);
    showDistribution();
  };
  scenarioSelect.addEventListener('change', showScenario);
  distributionSelect.addEventListener('change', showDistribution);
  showScenario();
  const seriesSelect = element<HTMLSelectElement>('series-select');
  seriesSelect.replaceChildren(...SERIES.map((series) => new Option(series.label, series.key)));
  const showSeries = (): void => {
    const series = SERIES.find((candidate) => candidate.key === seriesSelect.value) ?? SERIES[0];
    if (series !== undefined) renderSeriesChart(element('series-chart'), results, series.key);
  };
  seriesSelect.addEventListener('change', showSeries);
  showSeries();
  renderComparison(element('comparison-table'), results);
  document.body.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  element('subtitle').textContent = `Could not show results: ${error instanceof Error ? error.message : String(error)}`;
});
