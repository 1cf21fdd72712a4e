import './style.css';
import type { ScenarioResult } from '../../engine/index.js';
import { acceptDroppedResults } from './dropResults.js';
import { loadBacktest } from './loadBacktest.js';
import { loadResults } from './loadResults.js';
import { addExportButtons } from './views/exporting.js';
import { backtestVerdict, renderBacktestChart } from './views/backtestChart.js';
import { renderCarrierTable } from './views/carrierTable.js';
import { renderComparison } from './views/comparisonTable.js';
import { renderDistributionChart, type TimeMeasure } from './views/distributionChart.js';
import { renderInventory } from './views/inventoryView.js';
import { renderJourneyChart } from './views/journeyChart.js';
import { setUpOrderInspector } from './views/orderInspector.js';
import { renderOverview } from './views/overview.js';
import { renderPairedChart } from './views/pairedChart.js';
import { renderSeriesChart, SERIES } from './views/seriesChart.js';
import { renderUtilizationByHour, renderWarehouseMap } from './views/warehouseView.js';
import { LIVE_NAME, startWhatIfPanel } from './whatif/whatIfPanel.js';
import { mountPlaybackHook } from './pages/playbackHook.js';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`dashboard: missing #${id}`);
  return found as T;
}

const results: ScenarioResult[] = [];
const scenarioSelect = element<HTMLSelectElement>('scenario-select');
const seriesSelect = element<HTMLSelectElement>('series-select');
const distributionSelect = element<HTMLSelectElement>('distribution-select');
const pairedSelect = element<HTMLSelectElement>('paired-select');

function showPaired(): void {
  const [baseline] = results;
  const variant = results[Number(pairedSelect.value)];
  if (baseline === undefined || variant === undefined || variant === baseline) {
    element('paired-chart').textContent = 'Add a what-if to compare it with the baseline.';
    return;
  }
  renderPairedChart(element('paired-chart'), baseline, variant);
}

const selected = (): ScenarioResult | undefined => results[Number(scenarioSelect.value)] ?? results[0];

function showScenario(): void {
  const result = selected();
  if (result === undefined) return;
  renderOverview(element('kpi-cards'), result, results[0]);
  renderJourneyChart(element('journey-chart'), result);
  renderCarrierTable(element('carrier-table'), result);
  renderInventory(element('abc-chart'), element('worst-skus'), result);
  renderWarehouseMap(element('warehouse-map'), result);
  renderUtilizationByHour(element('utilization-chart'), result);
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
  element('subtitle').textContent =
    `${results.length} scenario(s); ${baseline.scenario}: ${baseline.replications} replication(s), ${baseline.horizonDays} days with ${baseline.warmupDays} days warm-up, seed ${baseline.seed}`;
  scenarioSelect.replaceChildren(...results.map((result, index) => new Option(result.scenario, String(index))));
  scenarioSelect.value = String(Math.min(select, results.length - 1));
  showScenario();
  showSeries();
  const chosen = Number(pairedSelect.value) || 1;
  pairedSelect.replaceChildren(...results.slice(1).map((result, index) => new Option(result.scenario, String(index + 1))));
  pairedSelect.value = String(Math.min(select > 0 ? select : chosen, results.length - 1));
  showPaired();
  renderComparison(element('comparison-table'), results);
}

/** Adds dropped results, replacing results of the same name; the first dropped becomes the baseline if none is loaded. */
function addDroppedResults(dropped: ScenarioResult[]): void {
  for (const result of dropped) {
    const existing = results.findIndex((candidate) => candidate.scenario === result.scenario);
    if (existing >= 0) results[existing] = result;
    else results.push(result);
  }
  renderAll(0);
}

function addLiveResult(result: ScenarioResult): void {
  const existing = results.findIndex((candidate) => candidate.scenario === LIVE_NAME);
  if (existing >= 0) results.splice(existing, 1);
  results.push(result);
  renderAll(results.length - 1);
  document.body.dataset.live = String(Number(document.body.dataset.live ?? '0') + 1);
}

/** Shows the folder's back-test, when it has one: simulated against actual per week, one measure at a time. */
async function showBacktest(): Promise<void> {
  const backtest = await loadBacktest();
  if (backtest === undefined) return;
  const select = element<HTMLSelectElement>('backtest-select');
  select.replaceChildren(...backtest.measures.map((measure) => new Option(measure.label, measure.name)));
  const draw = (): void => {
    element('backtest-verdict').textContent = backtestVerdict(backtest, select.value);
    renderBacktestChart(element('backtest-chart'), backtest, select.value);
  };
  select.addEventListener('change', draw);
  element('backtest').hidden = false;
  draw();
}

async function start(): Promise<void> {
  const loaded = await loadResults();
  results.push(...loaded.results);
  if (loaded.unreadableCount > 0) {
    const more = loaded.unreadableCount > loaded.unreadable.length ? ', …' : '';
    element('unreadable').textContent =
      `${loaded.unreadableCount} result file(s) could not be read and are not shown: ${loaded.unreadable.join(', ')}${more}`;
  }
  seriesSelect.replaceChildren(...SERIES.map((series) => new Option(series.label, series.key)));
  for (const section of document.querySelectorAll<HTMLElement>('main > section')) addExportButtons(section);
  scenarioSelect.addEventListener('change', showScenario);
  distributionSelect.addEventListener('change', showScenario);
  seriesSelect.addEventListener('change', showSeries);
  pairedSelect.addEventListener('change', showPaired);
  setUpOrderInspector(element('inspector'), selected);
  acceptDroppedResults(document.body, addDroppedResults, (text) => (element('drop-status').textContent = text));
  if (results.length === 0)
    element('subtitle').textContent =
      'No results yet: run `fulfill run <scenario> --out DIR`, then `fulfill dashboard DIR`, or run a live what-if below.';
  renderAll(0);
  await showBacktest().catch((error: unknown) => {
    element('backtest').hidden = false;
    element('backtest-chart').textContent = error instanceof Error ? error.message : String(error);
  });
  document.body.dataset.ready = 'true';
  await startWhatIfPanel(element('whatif'), addLiveResult);
}

// Until the router is merged: the playback page at #/playback.
mountPlaybackHook(() => ({
  results,
  selected: Number(scenarioSelect.value) || 0,
  select: (index) => renderAll(index),
}));

start().catch((error: unknown) => {
  element('subtitle').textContent = `Could not show results: ${error instanceof Error ? error.message : String(error)}`;
});
