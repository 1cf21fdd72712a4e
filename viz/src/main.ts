import './style.css';
import type { ScenarioResult } from '../../engine/experiment/runScenario.js';
import { loadResults } from './loadResults.js';
import { renderCarrierTable } from './views/carrierTable.js';
import { renderComparison } from './views/comparisonTable.js';
import { renderDistributionChart, type TimeMeasure } from './views/distributionChart.js';
import { renderJourneyChart } from './views/journeyChart.js';
import { renderOverview } from './views/overview.js';
import { renderSeriesChart, SERIES } from './views/seriesChart.js';
import { LIVE_NAME, startWhatIfPanel } from './whatif/whatIfPanel.js';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`dashboard: missing #${id}`);
  return found as T;
}

const results: ScenarioResult[] = [];
const scenarioSelect = element<HTMLSelectElement>('scenario-select');
const seriesSelect = element<HTMLSelectElement>('series-select');
const distributionSelect = element<HTMLSelectElement>('distribution-select');

const selected = (): ScenarioResult | undefined => results[Number(scenarioSelect.value)] ?? results[0];

function showScenario(): void {
  const result = selected();
  if (result === undefined) return;
  renderOverview(element('kpi-cards'), result, results[0]);
  renderJourneyChart(element('journey-chart'), result);
  renderCarrierTable(element('carrier-table'), result);
  renderDistributionChart(element('distribution-chart'), result, distributionSelect.value as TimeMeasure);
}

function showSeries(): void {
  const series = SERIES.find((candidate) => candidate.key === seriesSelect.value) ?? SERIES[0];
  if (series !== undefined) renderSeriesChart(element('series-chart'), results, series.key);
}

/** Re-draws every view for the current results, keeping `select` as the chosen scenario. */
function renderAll(select = Number(scenarioSelect.value) || 0): void {
  const [baseline] = results;
  if (baseline === undefined) return;
  element('subtitle').textContent = `${results.length} scenario(s); ${baseline.scenario}: ${baseline.replications} replication(s), ${baseline.horizonDays} days with ${baseline.warmupDays} days warm-up, seed ${baseline.seed}`;
  scenarioSelect.replaceChildren(...results.map((result, index) => new Option(result.scenario, String(index))));
  scenarioSelect.value = String(Math.min(select, results.length - 1));
  showScenario();
  showSeries();
  renderComparison(element('comparison-table'), results);
}

function addLiveResult(result: ScenarioResult): void {
  const existing = results.findIndex((candidate) => candidate.scenario === LIVE_NAME);
  if (existing >= 0) results.splice(existing, 1);
  results.push(result);
  renderAll(results.length - 1);
  document.body.dataset.live = String(Number(document.body.dataset.live ?? '0') + 1);
}

async function start(): Promise<void> {
  results.push(...(await loadResults()));
  seriesSelect.replaceChildren(...SERIES.map((series) => new Option(series.label, series.key)));
  scenarioSelect.addEventListener('change', showScenario);
  distributionSelect.addEventListener('change', showScenario);
  seriesSelect.addEventListener('change', showSeries);
  if (results.length === 0) element('subtitle').textContent = 'No results yet: run `fulfill run <scenario> --out DIR`, then `fulfill dashboard DIR`, or run a live what-if below.';
  renderAll(0);
  document.body.dataset.ready = 'true';
  await startWhatIfPanel(element('whatif'), addLiveResult);
}

start().catch((error: unknown) => {
  element('subtitle').textContent = `Could not show results: ${error instanceof Error ? error.message : String(error)}`;
});
